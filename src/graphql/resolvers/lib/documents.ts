/** Loading the document a record points at, with NOT_FOUND when it vanished mid-request. */
import { notFound } from '../../../errors';
import type { Loaders } from '../../loaders/createLoaders';
import type { DocumentRecord } from '../../../store/records';

export async function requireDocument(loaders: Loaders, id: string): Promise<DocumentRecord> {
  const document = await loaders.document.load(id);
  if (!document) throw notFound(`Document ${id} no longer exists.`);
  return document;
}
