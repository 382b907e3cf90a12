/** What the graph already holds of the ids a write refers to (for validation before writing). */
import type { EntityType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { KnownGraph } from '../domain/bundle/rawBundle';

const findKnownQuery: NamedQuery = {
  name: 'findKnownGraph',
  cypher: `
    CALL () { UNWIND $entityIds AS id MATCH (e:Entity {id: id}) RETURN collect([e.id, e.type]) AS entities }
    CALL () { UNWIND $documentIds AS id MATCH (d:Document {id: id}) RETURN collect([d.id, d.text]) AS documents }
    RETURN entities, documents`,
};

export async function findKnownGraph(db: GraphRunner, ids: { entityIds: string[]; documentIds: string[] }): Promise<KnownGraph> {
  const [row] = await db.read<{ entities: Array<[string, EntityType]>; documents: Array<[string, string]> }>(findKnownQuery, ids);
  return { entityTypes: new Map(row?.entities ?? []), documentTexts: new Map(row?.documents ?? []) };
}
