import type { QueryResolvers } from '../../__generated__/resolvers';
import { loadNodes } from '../lib/nodes';

/** Query.nodes: objects by id, in the order given, null where an id matches nothing. */
export const nodes: QueryResolvers['nodes'] = (_parent, { ids }, { loaders, caller }) => loadNodes(loaders, caller, ids);
