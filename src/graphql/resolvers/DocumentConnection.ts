import type { DocumentConnectionResolvers } from '../__generated__/resolvers';
import type { DocumentPage } from '../../store/records';
import { connection } from './lib/connections';

export const DocumentConnection: DocumentConnectionResolvers = connection((page: DocumentPage, loaders) =>
  loaders.document.loadMany(page.items),
);
