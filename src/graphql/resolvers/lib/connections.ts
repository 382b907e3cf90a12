/** Connection types built from the graph layer's pages: edges with cursors, and pageInfo. */
import type { Loaders } from '../../loaders/createLoaders';
import type { DocumentRecord, EntityPage, Page, SearchPage, TimelinePage } from '../../../store/records';
import { loadEntities } from './entities';
import { encodeCursor } from './pagination';

export function pageInfoOf(page: Page<unknown>) {
  const last = page.offset + page.items.length - 1;
  return { hasNextPage: last + 1 < page.totalCount, endCursor: page.items.length > 0 ? encodeCursor(last) : null };
}

export async function entityEdges(page: EntityPage, loaders: Loaders) {
  const entities = await loadEntities(loaders, page.items);
  return entities.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
}

export async function searchEdges(page: SearchPage, loaders: Loaders) {
  const entities = await loaders.entity.loadMany(page.items.map((hit) => hit.entityId));
  return page.items.flatMap((hit, index) => {
    const node = entities[index];
    return node && !(node instanceof Error) ? [{ cursor: encodeCursor(page.offset + index), node, score: hit.score }] : [];
  });
}

export async function documentEdges(page: Page<string>, loaders: Loaders) {
  const documents = await loaders.document.loadMany(page.items);
  return documents
    .filter((item): item is DocumentRecord => item !== null && !(item instanceof Error))
    .map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
}

export function timelineEdges(page: TimelinePage) {
  return page.items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
}
