/**
 * Per-request batching: every nested field that needs the graph goes through one of these, so a
 * request costs one round trip per kind of data (entities, relations, evidence, documents,
 * mentions), not one per item. Created fresh for each request: no cache outlives it.
 */
import DataLoader from 'dataloader';
import type { GraphRunner } from '../../db/database';
import { findDocumentFacts, findDocumentsByIds, findMentionsByDocumentIds, findMentionsByEntityIds } from '../../store/documents';
import { findEntitiesByIds } from '../../store/entities';
import type { DocumentRecord, EntityRecord, EvidenceRecord, MentionRecord, RelationPage } from '../../store/records';
import { findEvidenceByFactIds } from '../../store/evidence';
import { findRelationPages, NO_PREFETCH, type PrefetchPlan, type RelationFilter } from '../../store/relations';
import { enablePriming } from '../../store/requestPriming';
import { toRelationRecord } from '../../store/toRecords';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  document: DataLoader<string, DocumentRecord | null>;
  evidence: DataLoader<string, EvidenceRecord[]>;
  mentions: DataLoader<string, MentionRecord[]>;
  documentMentions: DataLoader<string, MentionRecord[]>;
  relations: DataLoader<{ entityId: string; filter: RelationFilter }, RelationPage, string>;
  documentFacts: DataLoader<{ documentId: string; window: PageWindow }, RelationPage, string>;
  /** What relation pages fetch ahead; set from the operation before execution (server/prefetchPlugin.ts). */
  prefetch: PrefetchPlan;
}

export interface PageWindow {
  offset: number;
  first: number;
}

function byKey<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): Array<T | null> {
  const found = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => found.get(key) ?? null);
}

function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createLoaders(db: GraphRunner): Loaders {
  const loaders: Loaders = {
    prefetch: NO_PREFETCH,
    entity: new DataLoader(async (ids) => byKey(ids, await findEntitiesByIds(db, ids), (e) => e.id)),
    document: new DataLoader(async (ids) => byKey(ids, await findDocumentsByIds(db, ids), (d) => d.id)),
    evidence: new DataLoader(async (factIds) => groupBy(factIds, await findEvidenceByFactIds(db, factIds), (e) => e.factId)),
    mentions: new DataLoader(async (ids) => groupBy(ids, await findMentionsByEntityIds(db, ids), (m) => m.entityId)),
    documentMentions: new DataLoader(async (ids) => groupBy(ids, await findMentionsByDocumentIds(db, ids), (m) => m.documentId)),
    documentFacts: new DataLoader(
      async (keys) => {
        // Documents in one request share a window (the same field arguments) almost always.
        const windows = new Map<string, { window: PageWindow; ids: string[] }>();
        for (const { documentId, window } of keys) {
          const group = windows.get(JSON.stringify(window)) ?? { window, ids: [] };
          group.ids.push(documentId);
          windows.set(JSON.stringify(window), group);
        }
        const pages = new Map<string, RelationPage>();
        for (const [windowKey, { window, ids }] of windows) {
          for (const [id, { total, page }] of await findDocumentFacts(db, ids, window)) {
            pages.set(`${id}|${windowKey}`, {
              totalCount: total,
              offset: window.offset,
              relations: page.map((row) => toRelationRecord(row.selfId, row, true)),
            });
          }
        }
        return keys.map(({ documentId, window }) => pages.get(`${documentId}|${JSON.stringify(window)}`) ?? { totalCount: 0, offset: window.offset, relations: [] });
      },
      { cacheKeyFn: ({ documentId, window }) => `${documentId}|${JSON.stringify(window)}` },
    ),
    relations: new DataLoader(
      async (keys) => {
        // One query per distinct filter; a typical request has one filter for many entities.
        const byFilter = new Map<string, { filter: RelationFilter; ids: string[] }>();
        for (const { entityId, filter } of keys) {
          const group = byFilter.get(JSON.stringify(filter)) ?? { filter, ids: [] };
          group.ids.push(entityId);
          byFilter.set(JSON.stringify(filter), group);
        }
        const pages = new Map<string, RelationPage>();
        await Promise.all(
          [...byFilter.entries()].map(async ([filterKey, { filter, ids }]) => {
            for (const [id, page] of await findRelationPages(db, ids, filter, loaders.prefetch)) pages.set(`${id}|${filterKey}`, page);
          }),
        );
        return keys.map(
          ({ entityId, filter }) =>
            pages.get(`${entityId}|${JSON.stringify(filter)}`) ?? { totalCount: 0, offset: filter.offset, relations: [] },
        );
      },
      { cacheKeyFn: ({ entityId, filter }) => `${entityId}|${JSON.stringify(filter)}` },
    ),
  };
  // Queries run through `db` hand what they fetch anyway to these loaders (requestPriming.ts).
  enablePriming(db, loaders);
  return loaders;
}
