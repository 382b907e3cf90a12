/**
 * Key -> a list of integers, gathered as arrays while the name index is built and then packed into
 * one Int32Array of runs (a start per key). The name index keeps its lists by key this way (forms
 * by base and by stems in formTable.ts, entities by word stem in relatedIds.ts): on the 100k graph
 * an array or a Set per key took several times the memory.
 */
export interface Run {
  readonly numbers: ArrayLike<number>;
  readonly start: number;
  readonly end: number;
}

export class PackedRuns {
  private building: Map<string, number[]> | undefined = new Map();
  private readonly runs = new Map<string, number>();
  private starts: Int32Array<ArrayBuffer> = new Int32Array(0);
  private numbers: Int32Array<ArrayBuffer> = new Int32Array(0);

  /** Appends the value to the key's list; with `unlessLast`, not when the list already ends with it. */
  add(key: string, value: number, unlessLast = false): void {
    const list = this.building!.get(key);
    if (!list) this.building!.set(key, [value]);
    else if (!unlessLast || list[list.length - 1] !== value) list.push(value);
  }

  /** Packs every list (sorted ascending first when `sorted`) and lets go of the arrays. */
  pack(sorted = false): void {
    const building = this.building!;
    let total = 0;
    for (const list of building.values()) total += list.length;
    this.starts = new Int32Array(building.size + 1);
    this.numbers = new Int32Array(total);
    let at = 0;
    let run = 0;
    for (const [key, list] of building) {
      if (sorted) list.sort((a, b) => a - b);
      this.runs.set(key, run);
      this.starts[run] = at;
      this.numbers.set(list, at);
      at += list.length;
      run += 1;
    }
    this.starts[run] = at;
    this.building = undefined;
  }

  get packed(): boolean {
    return this.building === undefined;
  }

  get size(): number {
    return this.building ? this.building.size : this.runs.size;
  }

  has(key: string): boolean {
    return this.building ? this.building.has(key) : this.runs.has(key);
  }

  keys(): IterableIterator<string> {
    return this.building ? this.building.keys() : this.runs.keys();
  }

  /** The key's list, whether still being built or packed (undefined: no such key). */
  run(key: string): Run | undefined {
    if (this.building) {
      const list = this.building.get(key);
      return list && { numbers: list, start: 0, end: list.length };
    }
    const run = this.runs.get(key);
    if (run === undefined) return undefined;
    return { numbers: this.numbers, start: this.starts[run]!, end: this.starts[run + 1]! };
  }
}
