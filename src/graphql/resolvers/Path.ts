import type { PathResolvers } from '../__generated__/resolvers';
import { requireEntity } from './lib/entities';

export const Path: PathResolvers = {
  length: (path) => path.steps.length,
  start: (path, _args, { loaders }) => requireEntity(loaders, path.startId, 'from'),
  steps: (path) => path.steps,
  cypher: (path) => path.cypher,
};
