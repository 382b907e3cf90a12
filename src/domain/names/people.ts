/**
 * People the graph knows, found by their full name in either order ("KONO Taro"), with typos and
 * transliterations scored (similarity.ts), or by surname with or without a title ("Minister
 * Kiuchi", "EVP Virkkunen", "Virkkunen"). A surname-only form takes its title into the span, as
 * the text names the person with it; a full name's title is apposition, not the name. Only people
 * sharing a blocking key with the written surname are compared (personBlocks.ts), so the cost
 * follows the text, not the number of people in the graph.
 */
import type { NameIndex, PersonName } from './nameIndex';
import { namesLike } from './personBlocks';
import { isSurnameParticle } from './particles';
import type { Word } from './readText';
import { fullNameSimilarity, soundAlike, wordSimilarity } from './similarity';
import { isHonorific, isTitleHead } from './titles';
import type { Explanation, ScoredMatch } from './types';

export const NAME_TOKEN = /^(\p{Lu}[\p{L}’'-]*|\p{Lu}+)$/u;
/** How alike a written surname must be to a stored one: in a full name, and alone. */
const FULL_NAME_SURNAME = 0.85;
const CLOSE_SURNAME = 0.93;
/**
 * A name many people bear ("Kim", or "Thierry Breton" twenty times in the synthetic graph) is
 * ambiguous whatever else is read: its proposal lists the best this many, not hundreds.
 */
export const MAX_PERSON_MATCHES = 10;
const CONNECTORS = new Set(['for', 'of', 'and', ',', '&', 'the', '-']);

export function isNameWord(word: Word | undefined): boolean {
  return word !== undefined && NAME_TOKEN.test(word.text) && !isTitleHead(word.text) && word.pos !== 'PUNCT';
}

/**
 * Where the title before words[at] starts: honorifics ("Mr.", "Dr") directly before, or a
 * capitalised title phrase containing a title head ("Parliamentary Vice-Minister for Economy,
 * Trade and Industry"). -1 when there is none.
 */
export function titleStart(words: Word[], at: number): number {
  const before = words[at - 1];
  if (!before || before.sentence !== words[at]!.sentence) return -1;
  if (isHonorific(before.text)) return at - 1;
  let start = -1;
  for (let k = at - 1; k >= 0 && k >= at - 12; k -= 1) {
    const word = words[k]!;
    if (word.sentence !== words[at]!.sentence) break;
    const capitalised = /^[\p{Lu}]/u.test(word.text);
    if (!capitalised && !CONNECTORS.has(word.text.toLowerCase())) break;
    // The nearest title head: one further back belongs to someone else's title ("Executive
    // Vice-President Henna Virkkunen and Minister Kiuchi").
    if (capitalised && (isTitleHead(word.text) || isTitleHead(word.text.split('-').pop() ?? ''))) {
      start = k;
      break;
    }
  }
  if (start < 0) return -1;
  // A title begins at its first capitalised word, not at a connector.
  while (start > 0) {
    const previous = words[start - 1]!;
    if (previous.sentence !== words[at]!.sentence || !/^[\p{Lu}]/u.test(previous.text) || CONNECTORS.has(previous.text.toLowerCase()))
      break;
    start -= 1;
  }
  return start;
}

export interface PersonProposal {
  first: number;
  last: number;
  matches: ScoredMatch[];
}

function scoredFor(person: PersonName, score: number, explanation: Explanation[], index: NameIndex): ScoredMatch {
  return {
    entityId: person.entityId,
    name: index.entities.get(person.entityId)!.name,
    score: Math.round(score * 1000) / 1000,
    explanation,
  };
}

/**
 * Where a surname's particles starting at words[at] end ("von der" of "von der Leyen"): the index
 * of the name word they lead to in the same sentence, or -1.
 */
function particlesLeadTo(words: Word[], at: number): number {
  let k = at;
  while (k < words.length && isSurnameParticle(words[k]!.text) && !words[k]!.attached && words[k]!.sentence === words[at]!.sentence) k += 1;
  return k > at && k < words.length && !words[k]!.attached && words[k]!.sentence === words[at]!.sentence && isNameWord(words[k]) ? k : -1;
}

/** Name tokens starting at words[at]: hyphen-joined parts ("Jong-Ho") and a surname with its particles ("von der Leyen") are one token each. */
function nameTokens(words: Word[], at: number, max: number): Array<{ text: string; last: number }> {
  const tokens: Array<{ text: string; last: number }> = [];
  let k = at;
  while (tokens.length < max && k < words.length && words[k]!.sentence === words[at]!.sentence) {
    const surname = particlesLeadTo(words, k);
    if (surname < 0 && !isNameWord(words[k])) break;
    let text = words
      .slice(k, Math.max(k, surname) + 1)
      .map((word) => word.text)
      .join(' ');
    let last = Math.max(k, surname);
    while (words[last + 1]?.text === '-' && words[last + 1]!.attached && words[last + 2]?.attached && isNameWord(words[last + 2])) {
      text += `-${words[last + 2]!.text}`;
      last += 2;
    }
    tokens.push({ text, last });
    // Particles open the family name, which ends the name ("da Henna Virkkunen" is "by Henna Virkkunen").
    if (surname >= 0) break;
    k = last + 1;
  }
  return tokens;
}

/**
 * `oneName`: the words are one name asked for (a lookup), so a surname alone only spelt close to a
 * stored one ("Virkunen") counts without a title or an earlier mention.
 */
export function personProposals(words: Word[], index: NameIndex, named: Set<string>, oneName = false): PersonProposal[] {
  const proposals: PersonProposal[] = [];
  for (let at = 0; at < words.length; at += 1) {
    if (!isNameWord(words[at]) && particlesLeadTo(words, at) < 0) continue;
    if (at > 0 && words[at - 1]!.attached && words[at - 1]!.text === '-') continue;
    const tokens = nameTokens(words, at, 3);
    if (tokens.length === 0) continue;
    // Full names, in either order.
    for (let length = Math.min(3, tokens.length); length >= 2; length -= 1) {
      const written = tokens.slice(0, length).map((token) => token.text);
      const found: Array<{ position: number; match: ScoredMatch }> = [];
      const { surnames, firstWords, peopleByName } = index.personBlocks;
      for (const name of namesLike(written[written.length - 1]!, [surnames, firstWords], FULL_NAME_SURNAME)) {
        const bearers = peopleByName.get(name)!;
        const stored = index.people[bearers[0]!]!.words;
        if (stored.length !== length) continue;
        const like = fullNameLike(written, stored);
        if (!like) continue;
        // All bearers of one name score alike: the first few (in index order) are all a proposal keeps.
        for (const position of bearers.slice(0, MAX_PERSON_MATCHES)) {
          const person = index.people[position]!;
          const detail = `"${written.join(' ')}" is like "${person.form}" (${like.order}, surname weighted ${like.surname.toFixed(2)})`;
          const rounded = Math.round(like.score * 1000) / 1000;
          found.push({ position, match: scoredFor(person, like.score, [{ feature: 'full name', score: rounded, detail }], index) });
        }
      }
      const matches = inIndexOrder(found);
      if (matches.length > 0) {
        const title = titleStart(words, at);
        const first = title >= 0 && title === at - 1 && isHonorific(words[title]!.text) ? title : at;
        proposals.push({ first, last: tokens[length - 1]!.last, matches });
        break;
      }
    }
    // Surname only, with its title when it has one.
    const surnameWord = tokens[0]!.text;
    // A surname after a given name ends a full name ("President of the European Commission, Ursula
    // von der Leyen", "Executive Vice-President, and Minoru Kiuchi"): a title before it is the full
    // name's apposition, or another person's, not this name's.
    const afterGivenName = isNameWord(words[at - 1]) && words[at - 1]!.sentence === words[at]!.sentence;
    const title = afterGivenName ? -1 : titleStart(words, at);
    if (tokens.length !== 1) continue;
    const found: Array<{ position: number; match: ScoredMatch }> = [];
    for (const name of namesLike(surnameWord, [index.personBlocks.surnames], CLOSE_SURNAME)) {
      const bearers = index.personBlocks.peopleByName.get(name)!;
      const { surname } = index.people[bearers[0]!]!;
      const similarity = wordSimilarity(surnameWord, surname);
      const exact = similarity === 1;
      const close = similarity >= CLOSE_SURNAME && surnameWord.length >= 5 && soundAlike(surnameWord, surname);
      let kept = 0;
      for (const position of bearers) {
        if (kept === MAX_PERSON_MATCHES) break;
        const person = index.people[position]!;
        if (!exact && !(close && (title >= 0 || oneName || named.has(person.entityId)))) continue;
        kept += 1;
        const score = (exact ? 0.9 : 0.75) + (title >= 0 ? 0.05 : 0);
        const detail = `${exact ? 'surname' : `surname like "${person.surname}" (${similarity.toFixed(2)})`} of "${person.form}"${title >= 0 ? ', after a title' : ''}`;
        found.push({ position, match: scoredFor(person, score, [{ feature: 'surname', score, detail }], index) });
      }
    }
    if (found.length > 0) proposals.push({ first: title >= 0 ? title : at, last: tokens[0]!.last, matches: inIndexOrder(found) });
  }
  return proposals;
}

/**
 * How a written full name matches a stored one, in either order, or undefined: close overall,
 * with a surname alike in spelling or sound.
 */
function fullNameLike(written: string[], words: string[]): { order: string; score: number; surname: number } | undefined {
  for (const [order, stored] of [
    ['given name first', words],
    ['family name first', [...words].reverse()],
  ] as const) {
    const { score, surname } = fullNameSimilarity(written, stored);
    if (
      score >= 0.88 &&
      surname >= FULL_NAME_SURNAME &&
      (surname === 1 || soundAlike(written[written.length - 1]!, stored[stored.length - 1]!) || surname >= CLOSE_SURNAME)
    )
      return { order, score, surname };
  }
  return undefined;
}

/** The best match per entity, best first, equal scores in index order; at most MAX_PERSON_MATCHES. */
function inIndexOrder(found: Array<{ position: number; match: ScoredMatch }>): ScoredMatch[] {
  const best = new Map<string, ScoredMatch>();
  for (const { match } of found.sort((a, b) => a.position - b.position))
    if ((best.get(match.entityId)?.score ?? -1) < match.score) best.set(match.entityId, match);
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PERSON_MATCHES);
}
