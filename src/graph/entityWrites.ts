/** Small writes on existing entities and facts: aliases, retraction. Run inside a mutation's transaction. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { NamedQuery } from '../db/database';
import { MATCH_FACT_BY_ID } from './factFields';

const addAliasQuery: NamedQuery = {
  name: 'addAlias',
  cypher: `
    MATCH (e:Entity {id: $entityId})
    WITH e, e.name <> $alias AND NOT $alias IN coalesce(e.aliases, []) AS isNew
    SET e.aliases = CASE WHEN isNew THEN coalesce(e.aliases, []) + $alias ELSE e.aliases END,
        e.nameKeys = CASE WHEN $key IN coalesce(e.nameKeys, []) THEN e.nameKeys ELSE coalesce(e.nameKeys, []) + $key END
    RETURN isNew`,
};

/** Adds an alias; undefined when the entity does not exist, false when it already had it. */
export async function addAlias(tx: ManagedTransaction, entityId: string, alias: string, key: string): Promise<boolean | undefined> {
  const result = await tx.run(addAliasQuery.cypher, { entityId, alias, key });
  const record = result.records[0];
  return record ? (record.get('isNew') as boolean) : undefined;
}

const retractFactQuery: NamedQuery = {
  name: 'retractFact',
  cypher: `${MATCH_FACT_BY_ID}
    SET r.retractedAt = coalesce(r.retractedAt, toString(datetime())),
        r.retractedBy = coalesce(r.retractedBy, $editor),
        r.retractReason = coalesce(r.retractReason, $reason)
    RETURN r { .id, .retractedAt, .retractedBy, .retractReason } AS fact, a.id AS fromId, b.id AS toId`,
};

export interface RetractedFactRecord {
  id: string;
  retractedAt: string;
  retractedBy: string;
  retractReason: string;
  fromId: string;
  toId: string;
}

/** Hides a fact (idempotent: a second retraction keeps the first reason); undefined if no such fact. */
export async function retractFact(tx: ManagedTransaction, id: string, reason: string, editor: string): Promise<RetractedFactRecord | undefined> {
  const result = await tx.run(retractFactQuery.cypher, { id, reason, editor });
  const record = result.records[0];
  if (!record) return undefined;
  const fact = record.get('fact') as Omit<RetractedFactRecord, 'fromId' | 'toId'>;
  return { ...fact, fromId: record.get('fromId') as string, toId: record.get('toId') as string };
}
