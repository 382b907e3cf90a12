import { PackedRuns } from './packedRuns';

/**
 * The ids of the entities the graph relates to each entity (NameEntity.related: context for
 * disambiguation), kept as integers: each id is numbered once (in the order the index meets it),
 * and every entity's related ids are a run of one shared Int32Array. On the 100,000-entity
 * synthetic graph that is ~2 million related ids in 8 MB, where arrays of id strings took 19 MB
 * and an array per entity.
 */
export class RelatedIds {
  private readonly ordinals = new Map<string, number>();
  private readonly ids: string[] = [];
  private starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private counts: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private targets: Int32Array<ArrayBuffer> = new Int32Array(16_384);
  private used = 0;

  /** The id's number, given when first seen. */
  ordinalOf(id: string): number {
    let ordinal = this.ordinals.get(id);
    if (ordinal === undefined) {
      ordinal = this.ids.length;
      this.ordinals.set(id, ordinal);
      this.ids.push(id);
    }
    return ordinal;
  }

  /** The id's number if it has one. */
  knownOrdinal(id: string): number | undefined {
    return this.ordinals.get(id);
  }

  idAt(ordinal: number): string {
    return this.ids[ordinal]!;
  }

  /** Stores an entity's related ids (once per entity), in their order. */
  set(id: string, related: readonly string[]): void {
    const ordinal = this.ordinalOf(id);
    const numbers = related.map((other) => this.ordinalOf(other));
    if (this.ids.length > this.starts.length) {
      const size = Math.max(this.ids.length, this.starts.length * 2);
      this.starts = grown(this.starts, size);
      this.counts = grown(this.counts, size);
    }
    if (this.used + numbers.length > this.targets.length)
      this.targets = grown(this.targets, Math.max(this.used + numbers.length, this.targets.length * 2));
    this.starts[ordinal] = this.used;
    this.counts[ordinal] = numbers.length;
    this.targets.set(numbers, this.used);
    this.used += numbers.length;
  }

  /** How many ids the graph relates to this one (0 for an unknown id). */
  countOf(id: string): number {
    const ordinal = this.ordinals.get(id);
    return ordinal === undefined || ordinal >= this.counts.length ? 0 : this.counts[ordinal]!;
  }

  /** The related ids, in the order they were stored. */
  idsOf(id: string): string[] {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined || ordinal >= this.counts.length) return [];
    const start = this.starts[ordinal]!;
    const ids: string[] = new Array<string>(this.counts[ordinal]!);
    for (let k = 0; k < ids.length; k += 1) ids[k] = this.ids[this.targets[start + k]!]!;
    return ids;
  }

  /** Whether `other` is among the ids related to `id`. */
  relates(id: string, other: string): boolean {
    const ordinal = this.ordinals.get(id);
    const wanted = this.ordinals.get(other);
    if (ordinal === undefined || wanted === undefined || ordinal >= this.counts.length) return false;
    const start = this.starts[ordinal]!;
    const end = start + this.counts[ordinal]!;
    for (let k = start; k < end; k += 1) if (this.targets[k] === wanted) return true;
    return false;
  }

  /** Drops the spare room left by growing. */
  trim(): void {
    this.targets = this.targets.slice(0, this.used);
    this.starts = this.starts.slice(0, this.ids.length);
    this.counts = this.counts.slice(0, this.ids.length);
  }
}

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** The entities with a word, as possibleMatches reads them: how many, whether one is, each id. */
export interface EntityIdSet extends Iterable<string> {
  readonly size: number;
  has(id: string): boolean;
}

/**
 * Word stem -> the entities whose names have it (blocking for possible matches of new names), as
 * runs of entity numbers in one Int32Array, in index order: ~450,000 entries on the 100k graph in
 * 2 MB where a Set per stem took 17 MB. Filled while the index is built, packed by `pack()`.
 */
export class WordPostings {
  private readonly lists = new PackedRuns();

  constructor(private readonly entities: RelatedIds) {}

  /** Adds the entity to the stem's list (once: an entity's words are all added before the next entity's). */
  add(stem: string, id: string): void {
    this.lists.add(stem, this.entities.ordinalOf(id), true);
  }

  pack(): void {
    // Sorted, so has() can search a list.
    this.lists.pack(true);
  }

  has(stem: string): boolean {
    return this.lists.has(stem);
  }

  /** The entities with this stem (undefined: none, or the index is still being built). */
  get(stem: string): EntityIdSet | undefined {
    const run = this.lists.packed ? this.lists.run(stem) : undefined;
    if (!run) return undefined;
    const { numbers, start, end } = run;
    const { entities } = this;
    return {
      size: end - start,
      has(id: string): boolean {
        const wanted = entities.knownOrdinal(id);
        if (wanted === undefined) return false;
        let low = start;
        let high = end - 1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const value = numbers[middle]!;
          if (value === wanted) return true;
          if (value < wanted) low = middle + 1;
          else high = middle - 1;
        }
        return false;
      },
      *[Symbol.iterator](): Iterator<string> {
        for (let k = start; k < end; k += 1) yield entities.idAt(numbers[k]!);
      },
    };
  }

  /** Every stem, with its list (for tests comparing indexes). */
  *entries(): IterableIterator<[string, string[]]> {
    for (const stem of this.lists.keys()) yield [stem, [...this.get(stem)!]];
  }
}
