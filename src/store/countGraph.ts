/** How much the graph holds: nodes, relationships, entities (the seed checks for an empty graph). */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';

const countGraph: NamedQuery = {
  name: 'countGraph',
  cypher: `
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    RETURN nodes, relationships, entities`,
};

export interface GraphCounts {
  nodes: number;
  relationships: number;
  entities: number;
}

export async function countGraphElements(db: GraphRunner): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts & Record<string, number>>(countGraph);
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0, entities: row?.entities ?? 0 };
}

/**
 * What the name index is built from, as counts Neo4j keeps in its count store (no scan): entities,
 * changes that touched names (:NameChange, recordChange.ts), editors' verdicts on names, and
 * relationships other than those an ingested document adds (its mentions, candidates, fact
 * proposals and audit links). Ingesting a document moves none of them, so other replicas keep their index; a new
 * entity, alias, fact, merge or verdict moves at least one.
 */
const countNameSources: NamedQuery = {
  name: 'countNameSources',
  cypher: `
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    CALL () { MATCH (c:NameChange) RETURN count(c) AS nameChanges }
    CALL () { MATCH (j:NameJudgement) RETURN count(j) AS judgements }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
    CALL () { MATCH ()-[r:FOUND_IN]->() RETURN count(r) AS foundIn }
    CALL () { MATCH ()-[r:CHANGED]->() RETURN count(r) AS changed }
    CALL () { MATCH ()-[r:PROPOSED_IN]->() RETURN count(r) AS proposedIn }
    RETURN entities + ':' + nameChanges + ':' + judgements + ':' + (relationships - mentions - foundIn - changed - proposedIn) AS version`,
};

export async function nameSourcesVersion(db: GraphRunner): Promise<string> {
  const [row] = await db.read<{ version: string }>(countNameSources);
  return row?.version ?? '';
}
