/** Batch results in the order DataLoader asked for them. */

/** One item per key (null where none was found). */
export function byKey<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): Array<T | null> {
  const found = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => found.get(key) ?? null);
}

/** The items of each key (an empty list where none were found). */
export function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Keys grouped by a shared part (a filter, a window), so each group is one query. */
export function groupKeys<K, S>(keys: readonly K[], sharedOf: (key: K) => S): Map<string, { shared: S; keys: K[] }> {
  const groups = new Map<string, { shared: S; keys: K[] }>();
  for (const key of keys) {
    const shared = sharedOf(key);
    const id = JSON.stringify(shared);
    const group = groups.get(id) ?? { shared, keys: [] };
    group.keys.push(key);
    groups.set(id, group);
  }
  return groups;
}
