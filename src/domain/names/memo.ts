/**
 * A cache for pure functions of one word. Names reuse few words (a 100,000-entity graph has a
 * vocabulary of thousands), so the index build and every text ask for the same stems and normal
 * forms again and again. The cache is dropped when full, so its memory stays bounded.
 */
export function memoized(fn: (word: string) => string, limit = 100_000): (word: string) => string {
  let cache = new Map<string, string>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined) return known;
    const value = fn(word);
    if (cache.size >= limit) cache = new Map();
    cache.set(word, value);
    return value;
  };
}
