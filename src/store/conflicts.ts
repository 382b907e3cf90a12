/**
 * What conflict detection compares (domain/conflicts): the statements of the relations where
 * sources can disagree (lists of parties, one place or occasion, plans, offices), from proposals not rejected and
 * from the live facts they bear on, with their evidence. Bounded by the proposals: facts are read
 * only for the events and agreements an ingested document speaks of, so the cost follows the
 * documents read, not the size of the graph (every entity a proposal is anchored at, with every
 * gathered type). Two round trips.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { DatedFact, Statement } from '../domain/conflicts';
import { IS_LIVE_FACT } from './fragments';

// A candidate end an editor accepted or linked is its entity; an open one stays a name.
const proposalStatementsQuery: NamedQuery = {
  name: 'conflictProposalStatements',
  cypher: `
    MATCH (p:Proposal)-[:PROPOSED_IN]->(d:Document)
    WHERE p.state <> 'REJECTED' AND p.type IN $types
    OPTIONAL MATCH (cf:NameCandidate {id: p.fromId}) WHERE p.fromKind = 'CANDIDATE' AND cf.state IN ['ACCEPTED', 'LINKED']
    OPTIONAL MATCH (ct:NameCandidate {id: p.toId}) WHERE p.toKind = 'CANDIDATE' AND ct.state IN ['ACCEPTED', 'LINKED']
    WITH p, d, cf, ct, coalesce(cf.judgedEntityId, p.fromId) AS fromId, coalesce(ct.judgedEntityId, p.toId) AS toId
    // An end merged away since the proposal was read stands for the entity it was merged into.
    OPTIONAL MATCH (:Redirect {id: fromId})-[:MERGED_INTO*1..]->(lf:Entity)
    OPTIONAL MATCH (:Redirect {id: toId})-[:MERGED_INTO*1..]->(lt:Entity)
    RETURN p { .* } AS p,
           { id: coalesce(lf.id, fromId), name: p.fromName, type: p.fromType, isName: p.fromKind = 'CANDIDATE' AND cf IS NULL } AS from,
           { id: coalesce(lt.id, toId), name: p.toName, type: p.toType, isName: p.toKind = 'CANDIDATE' AND ct IS NULL } AS to,
           d { .id, .title, .publishedAt, machineTranslated: coalesce(d.machineTranslated, false) } AS document
    ORDER BY d.id, p.start, p.id`,
};

const factStatementsQuery: NamedQuery = {
  name: 'conflictFactStatements',
  cypher: `
    UNWIND $anchors AS anchor
    CALL (anchor) {
      MATCH (a:Entity)-[r]->(b:Entity {id: anchor.id})
      WHERE anchor.side = 'to' AND type(r) = anchor.type AND ${IS_LIVE_FACT}
      RETURN a, r, b
      UNION
      MATCH (a:Entity {id: anchor.id})-[r]->(b:Entity)
      WHERE anchor.side = 'from' AND type(r) = anchor.type AND ${IS_LIVE_FACT}
      RETURN a, r, b
    }
    MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
    RETURN r { .id, .date, .dateInferred, .role, type: type(r) } AS fact,
           a { .id, .name, .type } AS from, b { .id, .name, .type } AS to,
           ev { .quote, .start, .end, .status } AS evidence,
           d { .id, .title, .publishedAt, machineTranslated: coalesce(d.machineTranslated, false) } AS document
    ORDER BY r.id, d.id, ev.start`,
};

interface DocumentRow {
  id: string;
  title: string;
  publishedAt: string | null;
  machineTranslated: boolean;
}
type EndRow = { id: string; name: string; type: string; isName?: boolean };

const documentPart = (d: DocumentRow) => ({
  documentId: d.id,
  documentTitle: d.title,
  publishedAt: d.publishedAt ?? null,
  machineTranslated: d.machineTranslated,
});
const endPart = (end: EndRow) => ({ id: end.id, name: end.name, type: end.type, isName: end.isName ?? false });

/**
 * The statements of the relation types in `anchors`: proposals first, then the live facts anchored
 * where they are (`byTo`: by their `to`, the event or agreement of a list of parties; `byFrom`: by
 * their `from`, the event of a place or the person of an office), with those facts' dates.
 */
export async function findConflictStatements(
  db: GraphRunner,
  anchors: { byTo: readonly string[]; byFrom: readonly string[] },
): Promise<{ statements: Statement[]; facts: Map<string, DatedFact> }> {
  const proposalRows = await db.read<{ p: Record<string, unknown>; from: EndRow; to: EndRow; document: DocumentRow }>(
    proposalStatementsQuery,
    { types: [...new Set([...anchors.byTo, ...anchors.byFrom])] },
  );
  const statements: Statement[] = proposalRows.map(({ p, from, to, document }) => ({
    ...documentPart(document),
    type: p.type as string,
    from: endPart(from),
    to: endPart(to),
    status: p.status as Statement['status'],
    date: (p.date as string | null) ?? null,
    dateInferred: (p.dateInferred as boolean | null) ?? null,
    role: (p.role as string | null) ?? null,
    quote: p.quote as string,
    start: p.start as number,
    end: p.end as number,
    factId: null,
    proposalId: p.id as string,
  }));
  // Every entity a proposal is anchored at gets the facts of every gathered type anchored there: a
  // report of who co-chaired a council is compared with the council's planned place too.
  const anchorsOf = new Map<string, { type: string; side: 'from' | 'to'; id: string }>();
  const anchoredIds = new Set(statements.map((s) => (anchors.byTo.includes(s.type) ? s.to.id : s.from.id)));
  for (const id of anchoredIds) {
    for (const type of anchors.byTo) anchorsOf.set(`${type}|to|${id}`, { type, side: 'to', id });
    for (const type of anchors.byFrom) anchorsOf.set(`${type}|from|${id}`, { type, side: 'from', id });
  }
  const facts = new Map<string, DatedFact>();
  if (anchorsOf.size === 0) return { statements, facts };
  const factRows = await db.read<{
    fact: { id: string; type: string; date: string | null; dateInferred: boolean | null; role: string | null };
    from: EndRow;
    to: EndRow;
    evidence: { quote: string; start: number; end: number; status: Statement['status'] };
    document: DocumentRow;
  }>(factStatementsQuery, { anchors: [...anchorsOf.values()] });
  for (const { fact, from, to, evidence, document } of factRows) {
    if (fact.date) facts.set(fact.id, { factId: fact.id, date: fact.date, dateInferred: fact.dateInferred ?? false });
    statements.push({
      ...documentPart(document),
      type: fact.type,
      from: endPart(from),
      to: endPart(to),
      date: fact.date ?? null,
      dateInferred: fact.dateInferred ?? null,
      role: fact.role ?? null,
      ...evidence,
      factId: fact.id,
      proposalId: null,
    });
  }
  return { statements, facts };
}
