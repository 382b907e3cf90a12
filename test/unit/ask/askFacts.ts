/** A fact of an AskGraph for the ask unit tests: REPORTED, undated, its id built as the store builds it. */
import type { RelationType } from '../../../src/__generated__/graphql';
import type { AskEvidence, AskFact, NamedEntity } from '../../../src/domain/ask/types';

export function askFact(
  fromId: string,
  type: RelationType,
  toId: string,
  evidenceOf: (factId: string) => AskEvidence,
  extra: Partial<AskFact> = {},
): AskFact {
  const id = `${fromId}.${type}.${toId}`;
  return {
    id,
    type,
    fromId,
    toId,
    date: null,
    datePrecision: null,
    dateInferred: null,
    role: null,
    status: 'REPORTED',
    evidence: [evidenceOf(id)],
    ...extra,
  };
}

/** A builder of facts that each quote one sentence, as `quote` places it in a test's document. */
export function factsQuotedBy(
  quote: (factId: string, text: string) => AskEvidence,
): (fromId: string, type: RelationType, toId: string, text: string, extra?: Partial<AskFact>) => AskFact {
  return (fromId, type, toId, text, extra = {}) => askFact(fromId, type, toId, (id) => quote(id, text), extra);
}

/** Evidence quoting `fragment` where it stands in `text`, a test's one document ('doc'), REPORTED. */
export function quotedIn(text: string): (fragment: string) => (factId: string) => AskEvidence {
  return (fragment) => (factId) => {
    const start = text.indexOf(fragment);
    return { id: `ev-${factId}`, factId, documentId: 'doc', quote: fragment, start, end: start + fragment.length, status: 'REPORTED' };
  };
}

/** The question's names as the name engine would hand them over: each text at its first place in the question. */
export function named(question: string, names: Record<string, string>): NamedEntity[] {
  return Object.entries(names).map(([text, entityId]) => {
    const start = question.indexOf(text);
    return { entityId, start, end: start + text.length, text };
  });
}
