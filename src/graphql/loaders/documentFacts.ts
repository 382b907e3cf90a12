/** The facts each document supports, a page per document, batched by window. */
import DataLoader from 'dataloader';
import type { GraphRunner } from '../../db/database';
import { findDocumentFacts } from '../../store/documents';
import { emptyPage } from '../../store/page';
import type { RelationPage } from '../../store/records';
import { groupKeys } from './batch';

export interface PageWindow {
  offset: number;
  first: number;
}

export interface DocumentFactsKey {
  documentId: string;
  window: PageWindow;
}

const keyOf = ({ documentId, window }: DocumentFactsKey) => `${documentId}|${JSON.stringify(window)}`;

export function documentFactsLoader(db: GraphRunner): DataLoader<DocumentFactsKey, RelationPage, string> {
  return new DataLoader(
    async (keys) => {
      // Documents in one request share a window (the same field arguments) almost always.
      const pages = new Map<string, RelationPage>();
      for (const { shared: window, keys: group } of groupKeys(keys, (key) => key.window).values()) {
        const found = await findDocumentFacts(
          db,
          group.map((key) => key.documentId),
          window,
        );
        for (const [documentId, page] of found) pages.set(keyOf({ documentId, window }), page);
      }
      return keys.map((key) => pages.get(keyOf(key)) ?? emptyPage(key.window.offset));
    },
    { cacheKeyFn: keyOf },
  );
}
