/**
 * The index names are resolved against, built once from the graph's entities (the store reads
 * them from Neo4j; the evaluation from seed/entities.yaml). Every form of a name is indexed by the
 * base of its shape (nameShape.ts) and by the Porter stems of that base: the canonical name, the
 * general aliases, acronyms of multi-word proper names, other English names of countries. People
 * are also indexed by surname, so "Minister Kiuchi" and "Virkkunen" find them. Document-bound
 * aliases are kept apart, per document, and used only there.
 */
import { acronymsOf } from './acronyms';
import { countryNamesInOtherLanguages, countryVariants } from './countryNames';
import { euNamesInOtherLanguages } from './euNames';
import { isSurnameParticle } from './particles';
import { partyLexicon, shapeOf, type NameShape, type PartyLexicon, type PartyName } from './nameShape';
import { addPerson, personBlocks, type PersonBlocks } from './personBlocks';
import { FormLists, FormTable } from './formTable';
import { RelatedIds, WordPostings } from './relatedIds';
import { postKey, titleParts } from './titleParts';
import { addTopical, type TopicIndex } from './topicIndex';
import type { NameAlias, NameEntity } from './types';
import { normalWords, stem } from './wordForms';

export type FormSource = 'name' | 'alias' | 'document alias' | 'acronym' | 'country name' | 'other language' | 'short form';

export interface IndexedForm {
  entityId: string;
  form: string;
  source: FormSource;
  shape: NameShape;
  stems: string;
  /** A short form ("Letter of Intent") names the entity only near these words of its full name. */
  nearWords?: string[];
}

export interface PersonName {
  entityId: string;
  /** The name's words as written, given names first ("Henna", "Virkkunen"). */
  words: string[];
  surname: string;
  form: string;
}

export interface NameIndex {
  entities: Map<string, NameEntity>;
  /** Forms by the base of their shape, and by its stems (formTable.ts: columns, forms made on reading). */
  byBase: FormLists;
  byStems: FormLists;
  forms: FormTable;
  /** Document id -> that document's own aliases. */
  documentForms: Map<string, IndexedForm[]>;
  people: PersonName[];
  /** Blocking keys of people's surnames and first words -> positions in `people`. */
  personBlocks: PersonBlocks;
  parties: PartyLexicon;
  /** Entity id -> the parties any of its forms names ("2nd Digital Partnership Council" is EU-Japan's). */
  partiesOf: Map<string, string[]>;
  /** Stem of a name word -> entities with that word: blocking for possible matches of new names. */
  byWord: WordPostings;
  /** Forms of three or more content words that name their parties, by their set of word stems. */
  wordSets: Array<{ form: IndexedForm; stems: Set<string> }>;
  /** Content stem -> positions in `wordSets` of the forms that have it. */
  wordSetsByStem: Map<string, number[]>;
  /** Head and portfolio of an office (titleParts.ts) -> the unnamed post-holders with that title. */
  postHolders: Map<string, Array<{ entityId: string; form: string; rank: string[] }>>;
  /** Agreements and initiatives by the stems of their topic (topicIndex.ts). */
  topics: TopicIndex;
  /** Entity id -> its related ids as a set, made when first asked for (relatedSetOf). */
  relatedSets: Map<string, Set<string>>;
  /** Each entity's related ids (NameEntity.related), kept as integers: the entities here carry none. */
  related: RelatedIds;
}

/** An entity's related ids as a set, kept once made: hubs are asked about again and again. */
export function relatedSetOf(index: NameIndex, id: string): ReadonlySet<string> {
  let set = index.relatedSets.get(id);
  if (!set) {
    set = new Set(index.related.idsOf(id));
    index.relatedSets.set(id, set);
  }
  return set;
}

// Words that join a name's content words; no word order or joining word tells two names apart.
const JOINING = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'with', 'between', 'to', 's']);

/** A name's content-word stems, in no order: "Forum for Semiconductor Researchers" is {forum, semiconductor, research}. */
export function stemSetOf(shape: NameShape): Set<string> {
  return new Set(shape.baseWords.filter((word) => !JOINING.has(word)).map((word) => stem(word)));
}

const PARTY_TYPES = new Set(['COUNTRY', 'BLOC']);

export function stemsOf(shape: NameShape): string {
  return shape.baseWords.map((word) => stem(word)).join('');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Forms of an entity with their source; a proper name (capitalised words) also gives acronyms. */
const SHORTENED_TYPES = new Set(['AGREEMENT', 'INITIATIVE', 'LAW']);

/**
 * "EU-Japan Letter of Intent on Quantum Technology" is often just "the Letter of Intent" where the
 * text speaks of quantum technology: the name before " on ", with the words after it required near.
 */
function shortForm(entity: NameEntity): { form: string; near: string[] } | undefined {
  if (!SHORTENED_TYPES.has(entity.type)) return undefined;
  const match = /^(.+?\S+ of \S+) on (.+)$/i.exec(entity.name);
  if (!match) return undefined;
  const near = normalWords(match[2]!)
    .filter((word) => word.length > 3)
    .map((word) => stem(word));
  return near.length > 0 ? { form: match[1]!, near } : undefined;
}

function formsOf(entity: NameEntity): Array<{ form: string; source: FormSource; document?: string; near?: string[] }> {
  const forms: Array<{ form: string; source: FormSource; document?: string; near?: string[] }> = [{ form: entity.name, source: 'name' }];
  // "Safe, secure and trustworthy AI": modifiers in a list each apply to the head ("trustworthy AI").
  const coordinated = /^(?:[\p{L}-]+, )+(?:[\p{L}-]+,? )?and ([\p{L}-]+) (.+)$/iu.exec(entity.name);
  if (coordinated && entity.type === 'POLICY_AREA') forms.push({ form: `${coordinated[1]} ${coordinated[2]}`, source: 'alias' });
  const short = shortForm(entity);
  if (short) forms.push({ form: short.form, source: 'short form', near: short.near });
  for (const alias of entity.aliases) {
    if (alias.scope === 'document') {
      if (alias.document) forms.push({ form: alias.text, source: 'document alias', document: alias.document });
    } else forms.push({ form: alias.text, source: 'alias' });
  }
  if (entity.type === 'COUNTRY') for (const variant of countryVariants(entity.name)) forms.push({ form: variant, source: 'country name' });
  // The same names in the EU's other official languages ("Giappone", "Unione europea").
  if (entity.type === 'COUNTRY')
    for (const variant of countryNamesInOtherLanguages(entity.name)) forms.push({ form: variant, source: 'other language' });
  if (entity.type === 'BLOC' || entity.type === 'ORGANIZATION')
    for (const variant of euNamesInOtherLanguages(entity.name)) forms.push({ form: variant, source: 'other language' });
  const capitalisedWords = entity.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).length;
  if (capitalisedWords >= 2 && entity.type !== 'PERSON' && !entity.unresolved) {
    for (const acronym of acronymsOf(entity.name)) forms.push({ form: acronym, source: 'acronym' });
  }
  if (entity.type === 'COUNTRY') {
    for (const variant of countryVariants(entity.name))
      for (const acronym of acronymsOf(variant)) forms.push({ form: acronym, source: 'acronym' });
  }
  return forms;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * A person's name as words, given names first; particles belong to the surname, which is then one
 * word of several parts ("Ursula", "von der Leyen").
 */
function personNameOf(entity: NameEntity, form: string): PersonName | undefined {
  const written = form.split(/\s+/);
  if (written.length < 2 || written.length > 4) return undefined;
  let surnameStart = written.length - 1;
  while (surnameStart > 1 && isSurnameParticle(written[surnameStart - 1]!)) surnameStart -= 1;
  const given = written.slice(0, surnameStart);
  if (!given.every((word) => NAME_WORD.test(word)) || !NAME_WORD.test(written[written.length - 1]!)) return undefined;
  const words = [...given, written.slice(surnameStart).join(' ')];
  return { entityId: entity.id, words, surname: words[words.length - 1]!, form };
}

/** One copy of each equal value the build meets: equal strings, word lists and shapes are shared by every form that has them. */
class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly shapes = new Map<string, NameShape>();

  string(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  list(values: readonly string[]): string[] {
    if (values.length === 0) return EMPTY as string[];
    const key = values.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known as string[];
    const list = Object.freeze(values.map((value) => this.string(value)));
    this.lists.set(key, list);
    return list as string[];
  }

  /** Shapes are values: two forms with equal shapes share one (frozen: nothing may change it). */
  shape(shape: NameShape): NameShape {
    const key = `${shape.baseWords.join(' ')}|${shape.parties.join(',')}|${shape.ordinal ?? ''}|${shape.year ?? ''}|${shape.yearAfter ?? ''}`;
    const known = this.shapes.get(key);
    if (known) return known;
    const shared: NameShape = { base: this.string(shape.base), baseWords: this.list(shape.baseWords), parties: this.list(shape.parties) };
    if (shape.ordinal !== undefined) shared.ordinal = shape.ordinal;
    if (shape.year !== undefined) shared.year = shape.year;
    if (shape.yearAfter !== undefined) shared.yearAfter = shape.yearAfter;
    Object.freeze(shared);
    this.shapes.set(key, shared);
    return shared;
  }
}

const EMPTY: readonly string[] = Object.freeze([]);
const NO_ALIASES: readonly NameAlias[] = Object.freeze([]);

/**
 * Builds the index one entity at a time, in the order the entities are given (an index made from a
 * list and one made from its pages, in order, are the same): the store streams the graph's
 * entities in pages through it, so no whole result and no whole entity list is ever held. The
 * countries and blocs come first (every name is shaped with them). What the index keeps of an
 * entity is lean: no related ids (they go to `related`, as integers), shared empty lists, and equal
 * strings, word lists and shapes stored once (Interner), so its memory follows the distinct names.
 */
export class NameIndexBuilder {
  private readonly index: NameIndex;
  private interner: Interner | undefined = new Interner();

  constructor(parties: readonly NameEntity[]) {
    const related = new RelatedIds();
    const forms = new FormTable(related);
    this.index = {
      entities: new Map(),
      byBase: new FormLists(forms),
      byStems: new FormLists(forms),
      forms,
      documentForms: new Map(),
      people: [],
      personBlocks: personBlocks(),
      parties: partyLexicon([]),
      byWord: new WordPostings(related),
      partiesOf: new Map(),
      wordSets: [],
      wordSetsByStem: new Map(),
      postHolders: new Map(),
      topics: new Map(),
      relatedSets: new Map(),
      related,
    };
    const names: PartyName[] = [];
    for (const entity of parties) {
      if (!PARTY_TYPES.has(entity.type)) continue;
      for (const { form, source } of formsOf(entity)) {
        if (source === 'document alias') continue;
        const words = normalWords(form).filter((word) => word !== 'the');
        if (words.length > 0) names.push({ words, entityId: entity.id });
      }
    }
    this.index.parties = partyLexicon(names);
  }

  /** Registers ids ahead of their entities, so related ids are numbered in index order. */
  expect(ids: readonly string[]): void {
    for (const id of ids) this.index.related.ordinalOf(id);
  }

  add(input: NameEntity): void {
    const { index } = this;
    const interner = this.interner!;
    const entity: NameEntity = {
      id: input.id,
      type: interner.string(input.type),
      name: input.name,
      aliases: input.aliases.length === 0 ? (NO_ALIASES as NameAlias[]) : input.aliases,
      // Read as before (undefined where the input had none); related ids live in `related`.
      date: input.date,
      unresolved: input.unresolved,
    };
    index.entities.set(entity.id, entity);
    index.related.set(entity.id, input.related ?? EMPTY);
    const seen = new Set<string>();
    addTopical(index.topics, entity);
    for (const { form, source, document, near } of formsOf(entity)) {
      const shape = interner.shape(shapeOf(normalWords(form), index.parties));
      if (shape.base === '') continue;
      const indexed: IndexedForm = { entityId: entity.id, form, source, shape, stems: interner.string(stemsOf(shape)) };
      if (near) indexed.nearWords = near;
      if (document) {
        push(index.documentForms, document, indexed);
        continue;
      }
      const key = `${shape.base}|${shape.parties.join(',')}|${shape.ordinal ?? ''}|${shape.year ?? ''}|${source === 'acronym'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const number = index.forms.add(indexed);
      index.byBase.add(shape.base, number);
      const known = index.partiesOf.get(entity.id);
      if (!known) index.partiesOf.set(entity.id, shape.parties.length === 0 ? (EMPTY as string[]) : [...shape.parties]);
      else if (shape.parties.some((party) => !known.includes(party)))
        index.partiesOf.set(entity.id, [...new Set([...known, ...shape.parties])].sort());
      index.byStems.add(indexed.stems, number);
      const stemSet = stemSetOf(shape);
      if (stemSet.size >= 3 && shape.parties.length > 0 && source !== 'acronym') {
        for (const wordStem of stemSet) push(index.wordSetsByStem, wordStem, index.wordSets.length);
        index.wordSets.push({ form: indexed, stems: stemSet });
      }
      for (const word of shape.baseWords) {
        const wordStem = stem(word);
        if (wordStem.length >= 3) index.byWord.add(interner.string(wordStem), entity.id);
      }
      if (entity.type === 'PERSON' && !entity.unresolved) {
        const person = personNameOf(entity, form);
        if (person) {
          person.words = interner.list(person.words);
          person.surname = person.words[person.words.length - 1]!;
          addPerson(index.personBlocks, person.words, index.people.length);
          index.people.push(person);
        }
      }
      if (entity.type === 'PERSON' && entity.unresolved && (source === 'name' || source === 'alias')) {
        const parts = titleParts(form, index.parties);
        if (parts) push(index.postHolders, postKey(parts), { entityId: entity.id, form, rank: parts.rank });
      }
    }
  }

  /** The index; the builder's tables of shared values are let go. */
  finish(): NameIndex {
    this.interner = undefined;
    this.index.related.trim();
    this.index.byWord.pack();
    this.index.forms.pack();
    this.index.byBase.pack();
    this.index.byStems.pack();
    return this.index;
  }
}

export function buildNameIndex(entities: readonly NameEntity[]): NameIndex {
  const builder = new NameIndexBuilder(entities.filter((entity) => PARTY_TYPES.has(entity.type)));
  builder.expect(entities.map((entity) => entity.id));
  for (const entity of entities) builder.add(entity);
  return builder.finish();
}
