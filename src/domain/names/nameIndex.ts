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
import { postKey, titleParts } from './titleParts';
import { addTopical, type TopicIndex } from './topicIndex';
import type { NameEntity } from './types';
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
  byBase: Map<string, IndexedForm[]>;
  byStems: Map<string, IndexedForm[]>;
  /** Document id -> that document's own aliases. */
  documentForms: Map<string, IndexedForm[]>;
  people: PersonName[];
  /** Blocking keys of people's surnames and first words -> positions in `people`. */
  personBlocks: PersonBlocks;
  parties: PartyLexicon;
  /** Entity id -> the parties any of its forms names ("2nd Digital Partnership Council" is EU-Japan's). */
  partiesOf: Map<string, string[]>;
  /** Stem of a name word -> entities with that word: blocking for possible matches of new names. */
  byWord: Map<string, Set<string>>;
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
}

/** An entity's related ids as a set, kept once made: hubs are asked about again and again. */
export function relatedSetOf(index: NameIndex, id: string): ReadonlySet<string> {
  let set = index.relatedSets.get(id);
  if (!set) {
    set = new Set(index.entities.get(id)?.related ?? []);
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

export function buildNameIndex(entities: NameEntity[]): NameIndex {
  const index: NameIndex = {
    entities: new Map(),
    byBase: new Map(),
    byStems: new Map(),
    documentForms: new Map(),
    people: [],
    personBlocks: personBlocks(),
    parties: partyLexicon([]),
    byWord: new Map(),
    partiesOf: new Map(),
    wordSets: [],
    wordSetsByStem: new Map(),
    postHolders: new Map(),
    topics: new Map(),
    relatedSets: new Map(),
  };
  for (const entity of entities) index.entities.set(entity.id, entity);

  // Parties first: every other name is shaped with them.
  const parties: PartyName[] = [];
  for (const entity of entities) {
    if (!PARTY_TYPES.has(entity.type)) continue;
    for (const { form, source } of formsOf(entity)) {
      if (source === 'document alias') continue;
      const words = normalWords(form).filter((word) => word !== 'the');
      if (words.length > 0) parties.push({ words, entityId: entity.id });
    }
  }
  index.parties = partyLexicon(parties);

  for (const entity of entities) {
    const seen = new Set<string>();
    addTopical(index.topics, entity);
    for (const { form, source, document, near } of formsOf(entity)) {
      const shape = shapeOf(normalWords(form), index.parties);
      if (shape.base === '') continue;
      const indexed: IndexedForm = { entityId: entity.id, form, source, shape, stems: stemsOf(shape) };
      if (near) indexed.nearWords = near;
      if (document) {
        push(index.documentForms, document, indexed);
        continue;
      }
      const key = `${shape.base}|${shape.parties.join(',')}|${shape.ordinal ?? ''}|${shape.year ?? ''}|${source === 'acronym'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      push(index.byBase, shape.base, indexed);
      const known = index.partiesOf.get(entity.id);
      if (!known) index.partiesOf.set(entity.id, [...shape.parties]);
      else if (shape.parties.some((party) => !known.includes(party)))
        index.partiesOf.set(entity.id, [...new Set([...known, ...shape.parties])].sort());
      push(index.byStems, indexed.stems, indexed);
      const stemSet = stemSetOf(shape);
      if (stemSet.size >= 3 && shape.parties.length > 0 && source !== 'acronym') {
        for (const wordStem of stemSet) push(index.wordSetsByStem, wordStem, index.wordSets.length);
        index.wordSets.push({ form: indexed, stems: stemSet });
      }
      for (const word of shape.baseWords) {
        const wordStem = stem(word);
        if (wordStem.length < 3) continue;
        const ids = index.byWord.get(wordStem) ?? new Set<string>();
        ids.add(entity.id);
        index.byWord.set(wordStem, ids);
      }
      if (entity.type === 'PERSON' && !entity.unresolved) {
        const person = personNameOf(entity, form);
        if (person) {
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
  return index;
}
