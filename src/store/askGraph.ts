/**
 * The working graph a question is answered from (domain/ask AskGraph): the facts near the
 * entities it names (two steps, bounded), or the facts of a period or of a status when it names
 * none, each with its evidence, plus their ends (with the evidence of their own dates) and the
 * documents quoted. Bounded by LIMITs: a question about a hub reads a sample, never the graph.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { entityDateFactId } from '../domain/ids';
import type { AskDocument, AskEntity, AskEvidence, AskFact, AskGraph } from '../domain/ask/types';
import { cypherFirstDay, cypherLastDay, entityFields, factFields, IS_LIVE_FACT } from './fragments';
import type { EntityRecord, Read } from './records';
import { toEntityRecord } from './toRecords';

/** At most this many neighbours of each named entity are expanded, and this many facts read. */
export const ASK_FANOUT = 200;
export const ASK_FACT_LIMIT = 3000;

const ASK_FACT = `${factFields('fromId: startNode(r).id, toId: endNode(r).id')} AS fact,
      COLLECT { MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
                RETURN ev { .id, .factId, .quote, .start, .end, .status, documentId: d.id } ORDER BY d.id, ev.start } AS evidence`;

const neighbourhoodQuery: NamedQuery = {
  name: 'findAskNeighbourhood',
  cypher: `
    MATCH (a:Entity) WHERE a.id IN $ids
    CALL (a) {
      OPTIONAL MATCH (a)-[r1]-(b:Entity) WHERE r1.id IS NOT NULL AND r1.retractedAt IS NULL
      RETURN collect(DISTINCT b)[..$fanout] AS near
    }
    WITH collect(a) + reduce(all = [], list IN collect(near) | all + list) AS nodes
    UNWIND nodes AS n
    WITH DISTINCT n
    MATCH (n)-[r]-(:Entity) WHERE ${IS_LIVE_FACT}
    WITH DISTINCT r LIMIT $limit
    RETURN ${ASK_FACT}`,
};

const periodQuery: NamedQuery = {
  name: 'findAskFactsInPeriod',
  cypher: `
    MATCH (:Entity)-[r]->(:Entity)
    WHERE ${IS_LIVE_FACT} AND r.date IS NOT NULL
      AND ${cypherFirstDay('r.date')} <= $to AND ${cypherLastDay('r.date')} >= $from
    WITH r ORDER BY r.date, r.id LIMIT $limit
    RETURN ${ASK_FACT}`,
};

const statusQuery: NamedQuery = {
  name: 'findAskFactsWithStatus',
  cypher: `
    MATCH (:Entity)-[r]->(:Entity)
    WHERE ${IS_LIVE_FACT} AND r.status IN $statuses
    WITH r ORDER BY r.id LIMIT $limit
    RETURN ${ASK_FACT}`,
};

const entitiesQuery: NamedQuery = {
  name: 'findAskEntities',
  cypher: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    RETURN ${entityFields('e')} AS entity,
      COLLECT { MATCH (ev:Evidence {factId: e.id + '.DATE'})-[:QUOTED_FROM]->(d:Document)
                RETURN ev { .id, .factId, .quote, .start, .end, .status, documentId: d.id } ORDER BY d.id, ev.start } AS dateEvidence`,
};

const documentsQuery: NamedQuery = {
  name: 'findAskDocuments',
  cypher: `
    MATCH (d:Document) WHERE d.id IN $ids
    RETURN d { .id, .title, .publisher } AS document`,
};

type FactRow = { fact: Record<string, unknown> & { fromId: string; toId: string }; evidence: AskEvidence[] };

function toAskFact({ fact, evidence }: FactRow): AskFact {
  return {
    id: fact.id as string,
    type: fact.type as AskFact['type'],
    fromId: fact.fromId,
    toId: fact.toId,
    date: (fact.date as string | null) ?? null,
    datePrecision: (fact.datePrecision as AskFact['datePrecision']) ?? null,
    dateInferred: (fact.dateInferred as boolean | null) ?? null,
    role: (fact.role as string | null) ?? null,
    status: fact.status as AskFact['status'],
    evidence,
  };
}

export type AskScope =
  { kind: 'around'; entityIds: string[] } | { kind: 'period'; from: string; to: string } | { kind: 'status'; statuses: string[] };

async function readFacts(db: GraphRunner, scope: AskScope): Promise<AskFact[]> {
  const limit = ASK_FACT_LIMIT;
  const rows =
    scope.kind === 'around'
      ? await db.read<FactRow>(neighbourhoodQuery, { ids: scope.entityIds, fanout: ASK_FANOUT, limit })
      : scope.kind === 'period'
        ? await db.read<FactRow>(periodQuery, { from: scope.from, to: scope.to, limit })
        : await db.read<FactRow>(statusQuery, { statuses: scope.statuses, limit });
  return rows.map(toAskFact);
}

/**
 * The working graph of the scopes given (their union), with every fact's ends and documents.
 * The entity records come back as side records for the request's loaders.
 */
export async function loadAskGraph(
  db: GraphRunner,
  scopes: readonly AskScope[],
  extraEntityIds: readonly string[] = [],
): Promise<Read<AskGraph>> {
  const facts = new Map<string, AskFact>();
  for (const list of await Promise.all(scopes.map((scope) => readFacts(db, scope)))) for (const fact of list) facts.set(fact.id, fact);
  const ids = [...new Set([...extraEntityIds, ...[...facts.values()].flatMap((fact) => [fact.fromId, fact.toId])])];
  const documentIds = [...new Set([...facts.values()].flatMap((fact) => fact.evidence.map((ev) => ev.documentId)))];
  const entityRows = await db.read<{ entity: Record<string, unknown>; dateEvidence: AskEvidence[] }>(entitiesQuery, { ids });
  for (const row of entityRows) documentIds.push(...row.dateEvidence.map((ev) => ev.documentId));
  const documentRows = await db.read<{ document: AskDocument }>(documentsQuery, { ids: [...new Set(documentIds)] });
  const records: EntityRecord[] = [];
  const entities = new Map<string, AskEntity>();
  for (const row of entityRows) {
    const record = toEntityRecord(row.entity);
    records.push(record);
    entities.set(record.id, {
      id: record.id,
      type: record.type,
      name: record.name,
      date: record.date
        ? {
            value: record.date.value,
            endValue: record.date.endValue,
            inferred: record.date.inferred,
            status: record.date.status,
            factId: entityDateFactId(record.id),
            evidence: row.dateEvidence,
          }
        : null,
    });
  }
  const documents = new Map(documentRows.map((row) => [row.document.id, row.document]));
  return { value: { entities, facts, documents }, side: { entities: records } };
}
