/** A bundle as read from files or a mutation, before validation, and what the graph already knows of it. */
import type { EntityType } from '../../__generated__/graphql';

/**
 * What the graph already holds that a bundle may refer to without carrying it: entity types by
 * id, document texts by id (to find quotes and aliases in). Empty for the seed.
 */
export interface KnownGraph {
  entityTypes: ReadonlyMap<string, EntityType>;
  documentTexts: ReadonlyMap<string, string>;
}

export const NOTHING_KNOWN: KnownGraph = { entityTypes: new Map(), documentTexts: new Map() };

/** The ids a bundle refers to, so a caller can fetch what the graph knows of them first. */
export function referencedIds(raw: RawBundle): { entityIds: string[]; documentIds: string[] } {
  const entityIds = new Set<string>();
  const documentIds = new Set<string>();
  const visitEvidence = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items) if (typeof item?.document === 'string') documentIds.add(item.document);
  };
  for (const { value } of raw.entities) {
    const entity = value as { id?: unknown; aliases?: unknown; date?: { evidence?: unknown } } | null;
    if (typeof entity?.id === 'string') entityIds.add(entity.id);
    visitEvidence(entity?.aliases);
    visitEvidence(entity?.date?.evidence);
  }
  for (const { value } of raw.facts) {
    const fact = value as { from?: unknown; to?: unknown; evidence?: unknown } | null;
    if (typeof fact?.from === 'string') entityIds.add(fact.from);
    if (typeof fact?.to === 'string') entityIds.add(fact.to);
    visitEvidence(fact?.evidence);
  }
  return { entityIds: [...entityIds], documentIds: [...documentIds] };
}

/** A raw bundle: values as parsed from YAML/JSON, each with the file it came from. */
export interface RawBundle {
  documents: Array<{ file: string; value: unknown }>;
  entities: Array<{ file: string; value: unknown }>;
  facts: Array<{ file: string; value: unknown }>;
}
