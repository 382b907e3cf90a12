/**
 * What the fault run's writes left in the graph, counted with Cypher: an acknowledged write
 * missing is lost; an entity, alias or audit record there more than once is duplicated.
 */
import type { Database } from '../../src/db/database';
import type { NamedQuery } from '../../src/db/namedQuery';

export interface PlannedWrite {
  id: string;
  name: string;
  alias: string;
  /** Acknowledged (HTTP 200 with data, after retries). */
  created: boolean;
  aliased: boolean;
}

const countQuery: NamedQuery = {
  name: 'faults:countWrites',
  cypher: `
    UNWIND $writes AS w
    OPTIONAL MATCH (e:Entity {id: w.id})
    WITH w, collect(e) AS entities
    WITH w, entities, head(entities) AS e
    RETURN w.id AS id, size(entities) AS entities, e.name = w.name AS named,
           size([a IN coalesce(e.aliases, []) WHERE a = w.alias]) AS aliases,
           COUNT { MATCH (c:Change {operation: 'upsertEntity'})-[:CHANGED]->(e) } AS upserts,
           COUNT { MATCH (c:Change {operation: 'addAlias'})-[:CHANGED]->(e) } AS aliasChanges`,
};

export async function countWrites(db: Database, writes: PlannedWrite[]) {
  const rows = await db.read<{
    id: string;
    entities: number;
    named: boolean | null;
    aliases: number;
    upserts: number;
    aliasChanges: number;
  }>(countQuery, { writes: writes.map(({ id, name, alias }) => ({ id, name, alias })) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  let acknowledged = 0;
  let lost = 0;
  let duplicated = 0;
  const problems: string[] = [];
  for (const write of writes) {
    const row = byId.get(write.id);
    const entities = Number(row?.entities ?? 0);
    const aliases = Number(row?.aliases ?? 0);
    const upserts = Number(row?.upserts ?? 0);
    const aliasChanges = Number(row?.aliasChanges ?? 0);
    acknowledged += Number(write.created) + Number(write.aliased);
    if (write.created && (entities === 0 || row?.named !== true)) {
      lost += 1;
      problems.push(`${write.id}: entity missing`);
    }
    if (write.aliased && aliases === 0) {
      lost += 1;
      problems.push(`${write.id}: alias missing`);
    }
    if (entities > 1 || upserts > 1) {
      duplicated += 1;
      problems.push(`${write.id}: ${entities} entities, ${upserts} upsert records`);
    }
    if (aliases > 1 || aliasChanges > 1) {
      duplicated += 1;
      problems.push(`${write.id}: alias ${aliases} times, ${aliasChanges} records`);
    }
  }
  return { acknowledged, lost, duplicated, problems };
}
