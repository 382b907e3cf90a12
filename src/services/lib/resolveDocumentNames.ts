/**
 * The names of a new document resolved against the graph (the name engine over this process's
 * cached index): links to known entities become mentions; names the graph lacks and mentions left
 * ambiguous become candidate records for review, with offsets and their sentence.
 */
import type { GraphRunner } from '../../db/database';
import type { ResolvedMention } from '../../domain/bundle/resolvedBundle';
import { resolveMentions, type Resolution, type ScoredMatch } from '../../domain/names';
import { isEntityType } from '../../domain/ontology';
import type { CandidateRecord, NameMatchRecord } from '../../store/records';
import { confirmedLink } from './judgedNames';
import { nameResolverOf, type NameResolver, type NameVerdicts } from './nameIndexCache';

export interface DocumentNames {
  mentions: ResolvedMention[];
  candidates: CandidateRecord[];
  ambiguous: CandidateRecord[];
  /** The name engine's answer itself, for the fact reader (documentProposals.ts). */
  resolution: Resolution;
}

export const candidateIdOf = (documentId: string, start: number, end: number) => `${documentId}:${start}-${end}`;

const toMatch = ({ entityId, score, explanation }: ScoredMatch): NameMatchRecord => ({ entityId, score, explanation });

/** The sentence around a span, for a mention the engine gives no sentence for: up to a full stop or line break. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[\n.!?]/.test(text[from - 1]!)) from -= 1;
  while (from < start && /\s/.test(text[from]!)) from += 1;
  const stop = /[\n.!?]/g;
  stop.lastIndex = end;
  const found = stop.exec(text);
  const to = found ? (found[0] === '\n' ? found.index : found.index + 1) : text.length;
  return { start: from, end: to };
}

function typeOf(type: string | undefined): CandidateRecord['type'] {
  return type !== undefined && isEntityType(type) ? type : 'ORGANIZATION';
}

/**
 * The engine's reading with the editors' verdicts applied: a link they rejected is not made, and
 * a mention the text leaves ambiguous is linked to the one of its candidates an editor confirmed
 * for the same surface (confirmMention, linkCandidate), if exactly one was. The fact reader reads
 * this, so it never builds on a rejected link.
 */
function judgedResolution(resolution: Resolution, verdicts: NameVerdicts): Resolution {
  const links = resolution.links.filter((link) => !verdicts.isRejectedLink(link.text, link.entityId));
  const ambiguous: Resolution['ambiguous'] = [];
  for (const mention of resolution.ambiguous) {
    const link = confirmedLink(mention, verdicts);
    if (link) links.push(link);
    else ambiguous.push(mention);
  }
  links.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...resolution, links, ambiguous };
}

/**
 * Editors' verdicts hold for every later document: a link they rejected is not made (nor offered
 * as a match), a surface they said is no name is not proposed again, and an ambiguous surface
 * they confirmed for one of its candidates is linked to it.
 */
export function documentNamesOf(
  documentId: string,
  text: string,
  publishedAt: string | null | undefined,
  { index, verdicts }: NameResolver,
): DocumentNames {
  const resolution = judgedResolution(resolveMentions(text, index, { publishedAt: publishedAt ?? null, documentId }), verdicts);
  const allowed = (surface: string) => (match: ScoredMatch) => !verdicts.isRejectedLink(surface, match.entityId);
  const mentions = resolution.links.map(({ entityId, text: surface, start, end }) => ({ documentId, entityId, text: surface, start, end }));
  const candidates = resolution.candidates
    .filter((candidate) => !verdicts.isNotAName(candidate.surface))
    .map((candidate): CandidateRecord => ({
      id: candidateIdOf(documentId, candidate.start, candidate.end),
      documentId,
      kind: 'NEW_NAME',
      name: candidate.name,
      type: typeOf(candidate.type),
      surface: candidate.surface,
      start: candidate.start,
      end: candidate.end,
      sentence: candidate.sentence.text,
      sentenceStart: candidate.sentence.start,
      sentenceEnd: candidate.sentence.end,
      matches: candidate.matches.filter(allowed(candidate.surface)).map(toMatch),
      state: 'OPEN',
      judgement: null,
    }));
  const ambiguous = resolution.ambiguous.flatMap((mention): CandidateRecord[] => {
    const matches = mention.candidates.filter(allowed(mention.text));
    if (matches.length === 0) return [];
    const sentence = sentenceAround(text, mention.start, mention.end);
    const best = index.entities.get(matches[0]!.entityId);
    return [
      {
        id: candidateIdOf(documentId, mention.start, mention.end),
        documentId,
        kind: 'AMBIGUOUS',
        name: mention.text,
        type: typeOf(best?.type),
        surface: mention.text,
        start: mention.start,
        end: mention.end,
        sentence: text.slice(sentence.start, sentence.end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        matches: matches.map(toMatch),
        state: 'OPEN',
        judgement: null,
      },
    ];
  });
  return { mentions, candidates, ambiguous, resolution };
}

export async function resolveDocumentNames(
  db: GraphRunner,
  documentId: string,
  text: string,
  publishedAt: string | null | undefined,
): Promise<DocumentNames> {
  return documentNamesOf(documentId, text, publishedAt, await nameResolverOf(db));
}
