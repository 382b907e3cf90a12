import type { QueryResolvers } from '../../__generated__/resolvers';
import { listConflicts } from '../../../services/findConflicts';
import { readPage } from '../lib/pagination';

/** Query.conflicts: where sources disagree, flagged for an editor. */
export const conflicts: QueryResolvers['conflicts'] = (_parent, paging, { db }) => readPage(paging, (window) => listConflicts(db, window));
