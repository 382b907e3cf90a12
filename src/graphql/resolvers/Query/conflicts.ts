import type { QueryResolvers } from '../../__generated__/resolvers';
import { listConflicts } from '../../../services/findConflicts';
import { pageWindow } from '../lib/pagination';

/** Query.conflicts: where sources disagree, flagged for an editor. */
export const conflicts: QueryResolvers['conflicts'] = (_parent, { first, after }, { db }) => listConflicts(db, pageWindow(first, after));
