/**
 * The seed graph as an AskSource (services/askQuestion) read from the seed files instead of
 * Neo4j, so `npm run eval` scores Query.ask's reader with no database. It mirrors the store's
 * scopes (store/askGraph: two steps around the named entities, or a period, or a status) and the
 * shortest-path search (all paths of the least length, up to the hop bound); the integration test
 * (askEval.test.ts) asks the same questions through the API on the real Neo4j and must agree.
 */
import type { AskEntity, AskEvidence, AskFact, AskGraph } from '../../src/domain/ask/types';
import type { ResolvedBundle } from '../../src/domain/bundle/resolvedBundle';
import { validateBundle } from '../../src/domain/bundle/validateBundle';
import { entityDateFactId } from '../../src/domain/ids';
import { buildNameIndex } from '../../src/domain/names';
import type { AskSource } from '../../src/services/askQuestion';
import type { AskScope } from '../../src/store/askGraph';
import { ASK_FACT_LIMIT, ASK_FANOUT } from '../../src/store/askGraph';
import { pathCypher } from '../../src/store/cypherText';
import type { PathRecord, RelationRecord } from '../../src/store/records';
import { readSeedDirectory } from '../../src/startup/readSeedDirectory';
import { loadSeedEntities } from '../names-eval/evalSet';

const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

export function seedAskSource(bundle: ResolvedBundle = validateBundle(readSeedDirectory())): AskSource {
  const index = buildNameIndex(loadSeedEntities());
  const evidenceOf = new Map<string, AskEvidence[]>();
  for (const ev of [...bundle.evidence].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start))
    evidenceOf.set(ev.factId, [...(evidenceOf.get(ev.factId) ?? []), ev]);
  const facts: AskFact[] = bundle.facts.map((fact) => ({
    id: fact.id,
    type: fact.type,
    fromId: fact.fromId,
    toId: fact.toId,
    date: fact.date,
    datePrecision: fact.datePrecision,
    dateInferred: fact.dateInferred,
    role: fact.role,
    status: fact.status,
    evidence: evidenceOf.get(fact.id) ?? [],
  }));
  const at = new Map<string, AskFact[]>();
  for (const fact of facts) for (const end of [fact.fromId, fact.toId]) at.set(end, [...(at.get(end) ?? []), fact]);
  const otherEnd = (fact: AskFact, self: string) => (fact.fromId === self ? fact.toId : fact.fromId);

  function factsOf(scope: AskScope): AskFact[] {
    if (scope.kind === 'period')
      return facts.filter((fact) => fact.date !== null && firstDay(fact.date) <= scope.to && lastDay(fact.date) >= scope.from);
    if (scope.kind === 'status') return facts.filter((fact) => scope.statuses.includes(fact.status));
    const nodes = new Set(scope.entityIds);
    for (const id of scope.entityIds)
      for (const near of [...new Set((at.get(id) ?? []).map((fact) => otherEnd(fact, id)))].slice(0, ASK_FANOUT)) nodes.add(near);
    return [...new Set([...nodes].flatMap((id) => at.get(id) ?? []))].slice(0, ASK_FACT_LIMIT);
  }

  const entity = (id: string): AskEntity | null => {
    const found = bundle.entities.find((candidate) => candidate.id === id);
    if (!found) return null;
    return {
      id,
      type: found.type,
      name: found.name,
      date: found.date
        ? {
            value: found.date,
            endValue: found.dateEnd,
            inferred: found.dateInferred === true,
            status: found.dateStatus ?? 'REPORTED',
            factId: entityDateFactId(id),
            evidence: evidenceOf.get(entityDateFactId(id)) ?? [],
          }
        : null,
    };
  };

  function step(fact: AskFact, selfId: string): RelationRecord {
    const outgoing = fact.fromId === selfId;
    return {
      id: fact.id,
      type: fact.type,
      direction: outgoing ? 'OUTGOING' : 'INCOMING',
      selfId,
      otherId: outgoing ? fact.toId : fact.fromId,
      date: fact.date,
      datePrecision: fact.datePrecision,
      dateInferred: fact.dateInferred,
      role: fact.role,
      status: fact.status,
    };
  }

  /** Every simple path of the least length (breadth first), at most `first`. */
  function shortest(from: string, to: string, maxHops: number, first: number): PathRecord[] {
    let frontier: Array<{ at: string; steps: RelationRecord[]; seen: Set<string> }> = [{ at: from, steps: [], seen: new Set([from]) }];
    for (let hop = 1; hop <= maxHops; hop += 1) {
      const next: typeof frontier = [];
      const arrived: PathRecord[] = [];
      for (const path of frontier) {
        for (const fact of at.get(path.at) ?? []) {
          const other = otherEnd(fact, path.at);
          if (path.seen.has(other)) continue;
          const steps = [...path.steps, step(fact, path.at)];
          if (other === to) arrived.push({ startId: from, steps, cypher: pathCypher(from, steps) });
          else next.push({ at: other, steps, seen: new Set([...path.seen, other]) });
        }
      }
      if (arrived.length > 0) return arrived.slice(0, first);
      frontier = next;
    }
    return [];
  }

  return {
    nameIndex: () => Promise.resolve(index),
    workingGraph(scopes, extraEntityIds) {
      const chosen = new Map(scopes.flatMap(factsOf).map((fact) => [fact.id, fact]));
      const ids = new Set([...extraEntityIds, ...[...chosen.values()].flatMap((fact) => [fact.fromId, fact.toId])]);
      const entities = new Map(
        [...ids].map((id) => [id, entity(id)] as const).filter((pair): pair is [string, AskEntity] => pair[1] !== null),
      );
      const documentIds = new Set(
        [...chosen.values(), ...[...entities.values()].map((e) => ({ evidence: e.date?.evidence ?? [] }))].flatMap((f) =>
          f.evidence.map((ev) => ev.documentId),
        ),
      );
      const documents = new Map(
        bundle.documents
          .filter((doc) => documentIds.has(doc.id))
          .map((doc) => [doc.id, { id: doc.id, title: doc.title, publisher: doc.publisher }] as const),
      );
      const graph: AskGraph = { entities, facts: chosen, documents };
      return Promise.resolve({ value: graph, side: {} });
    },
    shortestPaths: (from, to, options) => Promise.resolve({ value: shortest(from, to, options.maxHops, options.first), side: {} }),
  };
}
