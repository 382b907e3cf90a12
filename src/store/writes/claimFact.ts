/**
 * The first statement of assertFact: both ends of the fact locked for the rest of the
 * transaction, with the fact and its evidence as they were. With the state read again after the
 * write, the assertion knows whether it changed anything (a new fact, new evidence, a stronger
 * status, a date filled in) or only said again what the graph held.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { lockForUpdate } from '../fragments';

/** A fact's properties (null before it exists) and its evidence, by evidence id. */
export interface FactState {
  fact: Record<string, unknown> | null;
  evidence: Array<Record<string, unknown>>;
}

export interface FactKey {
  id: string;
  fromId: string;
  toId: string;
}

const FACT_STATE = `
    OPTIONAL MATCH (:Entity {id: $fromId})-[r]->(:Entity {id: $toId}) WHERE r.id = $id
    RETURN properties(r) AS fact,
           COLLECT { MATCH (ev:Evidence {factId: $id}) WITH ev ORDER BY ev.id RETURN properties(ev) } AS evidence`;

// Locking the two entities (in id order, so two assertions between the same pair never wait on
// each other in a cycle) serialises identical assertions: the second reads what the first wrote.
const claimFactQuery: NamedQuery = {
  name: 'claimFact',
  cypher: `
    MATCH (e:Entity) WHERE e.id IN [$fromId, $toId]
    WITH e ORDER BY e.id
    ${lockForUpdate('e')}
    WITH count(e) AS locked
    ${FACT_STATE}`,
};

const factStateQuery: NamedQuery = { name: 'factState', cypher: FACT_STATE };

/** Locks the fact's two entities and returns the fact's state before the write. */
export async function claimFact(tx: Transaction, key: FactKey): Promise<FactState> {
  const [row] = await tx.run<FactState>(claimFactQuery, { id: key.id, fromId: key.fromId, toId: key.toId });
  return row!;
}

/** The fact's state now, inside the transaction that claimed it. */
export async function factStateOf(tx: Transaction, key: FactKey): Promise<FactState> {
  const [row] = await tx.run<FactState>(factStateQuery, { id: key.id, fromId: key.fromId, toId: key.toId });
  return row!;
}
