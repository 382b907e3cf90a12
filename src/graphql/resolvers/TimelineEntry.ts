import type { TimelineEntryResolvers } from '../__generated__/resolvers';
import { requireEntity } from './lib/entities';

export const TimelineEntry: TimelineEntryResolvers = {
  subject: (entry, _args, { loaders }) => requireEntity(loaders, entry.subjectId, 'subject'),
  evidence: (entry, _args, { loaders }) => loaders.evidence.load(entry.evidenceId),
};
