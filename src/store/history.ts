/** The audit log read back: the changes that touched an entity (or a merged-away id), newest first. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { ChangePage, ChangeRecord } from './records';
import { changeFields, entityOrRedirectWithId } from './fragments';

const findHistoryQuery: NamedQuery = {
  name: 'findHistory',
  cypher: `
    ${entityOrRedirectWithId('$entityId', 'e')}
    CALL (e) {
      MATCH (c:Change)-[:CHANGED]->(e)
      WITH c ORDER BY c.seq DESC
      WITH collect(${changeFields('c')}) AS changes
      RETURN size(changes) AS total, changes[$offset..($offset + $first)] AS page
    }
    RETURN total, page`,
};

export async function findHistory(
  db: GraphRunner,
  entityId: string,
  window: { offset: number; first: number },
): Promise<ChangePage | undefined> {
  const [row] = await db.read<{ total: number; page: ChangeRecord[] }>(findHistoryQuery, { entityId, ...window });
  return row ? { totalCount: row.total, offset: window.offset, items: row.page } : undefined;
}
