/**
 * The indexed forms of names (nameIndex.ts IndexedForm) kept as columns, not as an object per
 * form: the entity's number, the source, the form's text and its shape (shapes are shared values,
 * so equal shapes are one). Lists of forms by key (a shape's base, its stems) are runs of form
 * numbers in one Int32Array. An IndexedForm is made when a lookup reads it. On the 100k graph
 * (258,000 forms) the objects and their lists held 108 MB, 42 MB once equal shapes were shared;
 * as columns ~28 MB of heap (mostly the shapes and texts) and 4 MB of typed arrays.
 */
import type { FormSource, IndexedForm } from './nameIndex';
import type { NameShape } from './nameShape';
import { PackedRuns } from './packedRuns';
import type { RelatedIds } from './relatedIds';

const SOURCES: readonly FormSource[] = ['name', 'alias', 'document alias', 'acronym', 'country name', 'other language', 'short form'];
const SOURCE_CODES = new Map(SOURCES.map((source, code) => [source, code]));

export class FormTable {
  private entityNumbers: Int32Array<ArrayBuffer> = new Int32Array(4096);
  private sources: Uint8Array<ArrayBuffer> = new Uint8Array(4096);
  private shapeNumbers: Int32Array<ArrayBuffer> = new Int32Array(4096);
  private readonly texts: string[] = [];
  private readonly shapes: NameShape[] = [];
  private readonly shapeStems: string[] = [];
  private readonly shapeNumberOf = new Map<NameShape, number>();
  private readonly nearWords = new Map<number, string[]>();

  constructor(private readonly entities: RelatedIds) {}

  get size(): number {
    return this.texts.length;
  }

  /** Stores a form (its shape interned by the caller: equal shapes are one object) and returns its number. */
  add(form: IndexedForm): number {
    const at = this.texts.length;
    if (at === this.entityNumbers.length) {
      this.entityNumbers = grownInt(this.entityNumbers, at * 2);
      this.shapeNumbers = grownInt(this.shapeNumbers, at * 2);
      const sources = new Uint8Array(at * 2);
      sources.set(this.sources);
      this.sources = sources;
    }
    let shape = this.shapeNumberOf.get(form.shape);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapes.push(form.shape);
      this.shapeStems.push(form.stems);
      this.shapeNumberOf.set(form.shape, shape);
    }
    this.entityNumbers[at] = this.entities.ordinalOf(form.entityId);
    this.sources[at] = SOURCE_CODES.get(form.source)!;
    this.shapeNumbers[at] = shape;
    this.texts.push(form.form);
    if (form.nearWords) this.nearWords.set(at, form.nearWords);
    return at;
  }

  /** The form as the engine reads it (a new object each time: forms are values). */
  at(number: number): IndexedForm {
    const shape = this.shapeNumbers[number]!;
    const form: IndexedForm = {
      entityId: this.entities.idAt(this.entityNumbers[number]!),
      form: this.texts[number]!,
      source: SOURCES[this.sources[number]!]!,
      shape: this.shapes[shape]!,
      stems: this.shapeStems[shape]!,
    };
    const near = this.nearWords.get(number);
    if (near) form.nearWords = near;
    return form;
  }

  /** Lets go of what only the build needed and of spare room. */
  pack(): void {
    this.shapeNumberOf.clear();
    this.entityNumbers = this.entityNumbers.slice(0, this.size);
    this.shapeNumbers = this.shapeNumbers.slice(0, this.size);
    this.sources = this.sources.slice(0, this.size);
  }
}

/** Key -> the forms with it, in the order they were added: runs of form numbers. */
export class FormLists {
  private readonly lists = new PackedRuns();

  constructor(private readonly table: FormTable) {}

  add(key: string, form: number): void {
    this.lists.add(key, form);
  }

  pack(): void {
    this.lists.pack();
  }

  get size(): number {
    return this.lists.size;
  }

  /** The forms with this key, in the order they were added (undefined: none). */
  get(key: string): IndexedForm[] | undefined {
    const run = this.lists.run(key);
    if (!run) return undefined;
    const forms: IndexedForm[] = [];
    for (let k = run.start; k < run.end; k += 1) forms.push(this.table.at(run.numbers[k]!));
    return forms;
  }

  keys(): IterableIterator<string> {
    return this.lists.keys();
  }

  *entries(): IterableIterator<[string, IndexedForm[]]> {
    for (const key of this.keys()) yield [key, this.get(key)!];
  }

  [Symbol.iterator](): IterableIterator<[string, IndexedForm[]]> {
    return this.entries();
  }

  *values(): IterableIterator<IndexedForm[]> {
    for (const key of this.keys()) yield this.get(key)!;
  }
}

function grownInt(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
