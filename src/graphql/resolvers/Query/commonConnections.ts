import type { QueryResolvers } from '../../__generated__/resolvers';
import { findCommonConnections } from '../../../store/commonConnections';
import { requireEntity } from '../lib/entities';
import { pageWindow } from '../lib/pagination';

/** Query.commonConnections: what two entities are both directly connected to. */
export const commonConnections: QueryResolvers['commonConnections'] = async (_parent, { a, b, first }, { db, loaders }) => {
  const window = pageWindow(first, null);
  await Promise.all([requireEntity(loaders, a, 'a'), requireEntity(loaders, b, 'b')]);
  return findCommonConnections(db, a, b, window.first);
};
