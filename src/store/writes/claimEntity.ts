/**
 * The first statement of an upsert: the entity's node, created bare if it is new, locked for the
 * rest of the transaction, with what it held before. With the state read again after the write,
 * the upsert knows whether it created, changed or left the entity as it was.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { lockIfMatched } from '../fragments';

/** What an upsert can change: the node's properties and labels, and its mentions (alias documents). */
export interface EntityState {
  properties: Record<string, unknown>;
  labels: string[];
  mentions: number;
}

const ENTITY_STATE = `properties(e) AS properties, labels(e) AS labels, COUNT { (:Document)-[:MENTIONS]->(e) } AS mentions`;

// MERGE takes the id's uniqueness lock, so of racing upserts of a new id exactly one creates the
// node; the others wait for it to commit, then lock the node and read what it wrote.
const claimEntityQuery: NamedQuery = {
  name: 'claimEntity',
  cypher: `
    MERGE (e:Entity {id: $id})
    ${lockIfMatched('e')}
    RETURN e.name IS NULL AS created, ${ENTITY_STATE}`,
};

const entityStateQuery: NamedQuery = {
  name: 'entityState',
  cypher: `
    MATCH (e:Entity {id: $id})
    RETURN ${ENTITY_STATE}`,
};

/** Locks entity `id` (creating its bare node if there is none); `created` when it was not there. */
export async function claimEntity(tx: Transaction, id: string): Promise<{ created: boolean; before: EntityState }> {
  const [row] = await tx.run<EntityState & { created: boolean }>(claimEntityQuery, { id });
  const { created, ...before } = row!;
  return { created, before };
}

/** The entity's state now, inside the transaction that claimed it. */
export async function entityStateOf(tx: Transaction, id: string): Promise<EntityState | undefined> {
  const [row] = await tx.run<EntityState>(entityStateQuery, { id });
  return row;
}
