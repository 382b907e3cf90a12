import type { NodeResolvers } from '../__generated__/resolvers';
import type { EntityRecord } from '../../store/records';
import { objectTypeOf } from './Entity';
import { nodeKindOf, type NodeRecord } from './lib/nodes';

type NodeTypeName = ReturnType<NonNullable<NodeResolvers['__resolveType']>>;

/** Node: which object type a record is; an entity's comes from its entity type, as for Entity. */
export const Node: NodeResolvers = {
  __resolveType: (record) => {
    const kind = nodeKindOf(record as NodeRecord);
    return (kind === 'Entity' ? objectTypeOf((record as EntityRecord).type) : kind) as NodeTypeName;
  },
};
