/**
 * Who took part: relations where one event or agreement has a list of parties (co-chairs of a
 * council, signers of a letter). A source that names two or more parties of one entity type
 * gives a list; a fact whose party is missing from another source's list, where that list shares
 * a party with the fact's own sources (so both speak of the same occasion), is contradicted. The
 * fact is flagged, never removed: a garbled source may have split or doubled a name ("President
 * Wiess, President Wilkunen"), or the list may be partial; an editor settles it. A list that names
 * someone the graph lacks (an open name candidate) contradicts no one. Measured over the seed and
 * all 20 eval articles (docs/fact-proposals.md): the two phantoms of eval/gold/contradictions.yaml
 * flagged, nothing else.
 */
import { firm, groupBy, keyOf, namesOf, sourceLabel } from './statements';
import type { Conflict, ConflictSide, Statement } from './types';

/** Relation type -> the word for one of its parties, used in reasons. */
export const PARTY_RELATIONS: Readonly<Record<string, string>> = { CO_CHAIRED: 'co-chairs', SIGNED: 'signers' };

export function partyConflicts(statements: readonly Statement[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const relevant = statements.filter((s) => s.type in PARTY_RELATIONS);
  // One list per occasion, relation and kind of party (people apart from organisations).
  for (const [group, items] of groupBy(relevant, (s) => `${s.type}|${s.to.id}|${s.from.type}`)) {
    const byDocument = groupBy(items, (s) => s.documentId);
    const partiesOf = (documentId: string) => new Set((byDocument.get(documentId) ?? []).filter(firm).map((s) => s.from.id));
    const facts = groupBy(
      items.filter((s) => s.factId !== null),
      (s) => s.factId!,
    );
    const flagged = new Map<string, Set<string>>();
    for (const [factId, evidence] of facts) {
      const sources = new Set(items.filter((s) => keyOf(s) === keyOf(evidence[0]!)).map((s) => s.documentId));
      const theirParties = new Set([...sources].flatMap((documentId) => [...partiesOf(documentId)]));
      for (const documentId of byDocument.keys()) {
        if (sources.has(documentId)) continue;
        const list = partiesOf(documentId);
        const shared = [...list].some((party) => theirParties.has(party));
        // A list with a name the graph lacks rules nobody out: that name may be the missing party
        // (a spun copy's "Masashi Adachi" is the seed's unnamed State Minister).
        const unknownNames = (byDocument.get(documentId) ?? []).some((s) => firm(s) && s.from.isName);
        if (list.size >= 2 && shared && !unknownNames && !list.has(evidence[0]!.from.id)) {
          flagged.set(factId, (flagged.get(factId) ?? new Set()).add(documentId));
        }
      }
    }
    if (flagged.size === 0) continue;
    const [type, aboutId] = group.split('|') as [string, string];
    conflicts.push(describe(type, aboutId, items, byDocument, flagged));
  }
  return conflicts;
}

function describe(
  type: string,
  aboutId: string,
  items: readonly Statement[],
  byDocument: Map<string, Statement[]>,
  flagged: Map<string, Set<string>>,
): Conflict {
  const word = PARTY_RELATIONS[type]!;
  const about = items[0]!.to.name;
  const factIds = [...flagged.keys()].sort();
  const flaggedFacts = factIds.map((id) => items.find((s) => s.factId === id)!);
  const contradicting = new Set([...flagged.values()].flatMap((documents) => [...documents]));
  const flaggedSources = new Set(items.filter((s) => s.factId !== null && flagged.has(s.factId)).map((s) => s.documentId));
  const sides: ConflictSide[] = [...byDocument.entries()]
    .filter(([documentId]) => flaggedSources.has(documentId) || contradicting.has(documentId))
    .map(([documentId, evidence]) => {
      const names = new Set(evidence.filter(firm).map((s) => s.from.name));
      return {
        documentId,
        machineTranslated: evidence[0]!.machineTranslated,
        role: contradicting.has(documentId) ? 'CONTRADICTING' : 'FLAGGED',
        says: `${names.size} ${word} of ${about}: ${namesOf(names)}`,
        evidence,
      };
    });
  const missing = flaggedFacts.map((fact) => {
    const sources = [...new Set(items.filter((s) => keyOf(s) === keyOf(fact)).map((s) => s.documentId))];
    const only =
      sources.length === 1
        ? `rests only on ${sourceLabel(items.find((s) => s.documentId === sources[0])!)}`
        : `stated by ${sources.join(', ')}`;
    return `${fact.from.name} (${only})`;
  });
  const others = [...contradicting].map((documentId) => {
    const evidence = byDocument.get(documentId)!;
    return `${sourceLabel(evidence[0]!)} names ${namesOf(new Set(evidence.filter(firm).map((s) => s.from.name)))}`;
  });
  return {
    id: `PARTIES:${type}:${aboutId}:${items[0]!.from.type}`,
    kind: 'PARTIES',
    aboutId,
    relationType: type,
    reason: `Sources disagree on the ${word} of ${about}: ${others.join('; ')}; not among them: ${missing.join('; ')}.`,
    factIds,
    sides,
  };
}
