/**
 * What conflict detection compares (domain/conflicts): the statements of the relations where
 * sources can disagree (lists of parties, one place or occasion), from proposals not rejected and
 * from the live facts they bear on, with their evidence. Bounded by the proposals: facts are read
 * only for the events and agreements an ingested document speaks of, so the cost follows the
 * documents read, not the size of the graph. Two round trips.
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
    RETURN p { .* } AS p,
           { id: coalesce(cf.judgedEntityId, p.fromId), name: p.fromName, type: p.fromType, isName: p.fromKind = 'CANDIDATE' AND cf IS NULL } AS from,
           { id: coalesce(ct.judgedEntityId, p.toId), name: p.toName, type: p.toType, isName: p.toKind = 'CANDIDATE' AND ct IS NULL } AS to,
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
    RETURN r { .id, .date, .dateInferred, type: type(r) } AS fact,
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
 * The statements of `types`: proposals first, then the live facts anchored where they are
 * (`partyTypes` by their event or agreement, the others by their start), with those facts' dates.
 */
export async function findConflictStatements(
  db: GraphRunner,
  types: { party: readonly string[]; single: readonly string[] },
): Promise<{ statements: Statement[]; facts: Map<string, DatedFact> }> {
  const proposalRows = await db.read<{ p: Record<string, unknown>; from: EndRow; to: EndRow; document: DocumentRow }>(
    proposalStatementsQuery,
    { types: [...types.party, ...types.single] },
  );
  const statements: Statement[] = proposalRows.map(({ p, from, to, document }) => ({
    ...documentPart(document),
    type: p.type as string,
    from: endPart(from),
    to: endPart(to),
    status: p.status as Statement['status'],
    date: (p.date as string | null) ?? null,
    dateInferred: (p.dateInferred as boolean | null) ?? null,
    quote: p.quote as string,
    start: p.start as number,
    end: p.end as number,
    factId: null,
    proposalId: p.id as string,
  }));
  const anchors = new Map<string, { type: string; side: 'from' | 'to'; id: string }>();
  for (const s of statements) {
    const anchor = types.party.includes(s.type)
      ? { type: s.type, side: 'to' as const, id: s.to.id }
      : { type: s.type, side: 'from' as const, id: s.from.id };
    anchors.set(`${anchor.type}|${anchor.side}|${anchor.id}`, anchor);
  }
  const facts = new Map<string, DatedFact>();
  if (anchors.size === 0) return { statements, facts };
  const factRows = await db.read<{
    fact: { id: string; type: string; date: string | null; dateInferred: boolean | null };
    from: EndRow;
    to: EndRow;
    evidence: { quote: string; start: number; end: number; status: Statement['status'] };
    document: DocumentRow;
  }>(factStatementsQuery, { anchors: [...anchors.values()] });
  for (const { fact, from, to, evidence, document } of factRows) {
    if (fact.date) facts.set(fact.id, { factId: fact.id, date: fact.date, dateInferred: fact.dateInferred ?? false });
    statements.push({
      ...documentPart(document),
      type: fact.type,
      from: endPart(from),
      to: endPart(to),
      date: fact.date ?? null,
      dateInferred: fact.dateInferred ?? null,
      ...evidence,
      factId: fact.id,
      proposalId: null,
    });
  }
  return { statements, facts };
}
