import type { DocumentAliasResolvers } from '../__generated__/resolvers';
import { requireDocument } from './lib/documents';

export const DocumentAlias: DocumentAliasResolvers = {
  document: (alias, _args, { loaders }) => requireDocument(loaders, alias.document),
};
