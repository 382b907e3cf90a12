/**
 * Blocking for people (people.ts): instead of comparing a written name with every person the
 * graph knows (31,000 at 100,000 entities), it is compared with the distinct stored words that
 * share a key with it, and only the names whose word is close enough are scored, once per
 * distinct name however many people bear it. A word's keys are its plain form, its Double
 * Metaphone codes and its first three letters, which covers every match people.ts accepts: an
 * equal surname (plain form), one that sounds alike (a shared code), and one only spelt alike
 * (Jaro-Winkler >= 0.93, which a start differing in its first three letters leaves only to long
 * words with several transpositions; those are missed). Surnames and first words are kept
 * apart: a full name may be written family name first ("KONO Taro").
 */
import doubleMetaphone from 'talisman/phonetics/double-metaphone';
import { plain, wordSimilarity } from './similarity';

/** Stored words (plain) by key, and the names (as written) by word. */
interface WordBlocks {
  wordsByKey: Map<string, Set<string>>;
  namesByWord: Map<string, Set<string>>;
}

export interface PersonBlocks {
  surnames: WordBlocks;
  /** A given name, or a family name written first. */
  firstWords: WordBlocks;
  /** A name as written (its words joined by a space) -> the people bearing it, as positions in NameIndex.people. */
  peopleByName: Map<string, number[]>;
}

export function personBlocks(): PersonBlocks {
  return {
    surnames: { wordsByKey: new Map(), namesByWord: new Map() },
    firstWords: { wordsByKey: new Map(), namesByWord: new Map() },
    peopleByName: new Map(),
  };
}

function blockKeys(form: string): string[] {
  const keys = new Set([`=${form}`, `<${form.slice(0, 3)}`]);
  for (const code of doubleMetaphone(form)) if (code !== '') keys.add(`~${code}`);
  return [...keys];
}

function add(blocks: WordBlocks, word: string, name: string): void {
  const form = plain(word);
  const names = blocks.namesByWord.get(form);
  if (names) {
    names.add(name);
    return;
  }
  blocks.namesByWord.set(form, new Set([name]));
  for (const key of blockKeys(form)) {
    const words = blocks.wordsByKey.get(key);
    if (words) words.add(form);
    else blocks.wordsByKey.set(key, new Set([form]));
  }
}

export const nameOf = (words: string[]) => words.join(' ');

export function addPerson(blocks: PersonBlocks, words: string[], at: number): void {
  const name = nameOf(words);
  const people = blocks.peopleByName.get(name);
  if (people) people.push(at);
  else blocks.peopleByName.set(name, [at]);
  add(blocks.surnames, words[words.length - 1]!, name);
  add(blocks.firstWords, words[0]!, name);
}

/**
 * The distinct names whose stored word in `blocks` shares a key with `word` and is at least
 * `minimum` like it (Jaro-Winkler, similarity.ts): a necessary condition of every match
 * people.ts makes, checked once per distinct word rather than once per person.
 */
export function namesLike(word: string, blocks: WordBlocks[], minimum: number): string[] {
  const form = plain(word);
  const found = new Set<string>();
  for (const block of blocks) {
    const words = new Set<string>();
    for (const key of blockKeys(form)) for (const stored of block.wordsByKey.get(key) ?? []) words.add(stored);
    for (const stored of words) {
      if (wordSimilarity(form, stored) < minimum) continue;
      for (const name of block.namesByWord.get(stored)!) found.add(name);
    }
  }
  return [...found];
}
