import type { QueryResolvers } from '../../__generated__/resolvers';
import { loadNodes } from '../lib/nodes';

/** Query.node: any object with a stable id (lib/nodes.ts), or null. */
export const node: QueryResolvers['node'] = async (_parent, { id }, { loaders, caller }) =>
  (await loadNodes(loaders, caller, [id]))[0] ?? null;
