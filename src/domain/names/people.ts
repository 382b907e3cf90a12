/**
 * People the graph knows, found by their full name in either order ("KONO Taro"), with typos and
 * transliterations scored (similarity.ts), or by surname with or without a title ("Minister
 * Kiuchi", "EVP Virkkunen", "Virkkunen"). A surname-only form takes its title into the span, as
 * the text names the person with it; a full name's title is apposition, not the name.
 */
import type { NameIndex, PersonName } from './nameIndex';
import type { Word } from './readText';
import { fullNameSimilarity, soundAlike, wordSimilarity } from './similarity';
import { isHonorific, isTitleHead } from './titles';
import type { Explanation, ScoredMatch } from './types';

export const NAME_TOKEN = /^(\p{Lu}[\p{L}’'-]*|\p{Lu}+)$/u;
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
    if (capitalised && (isTitleHead(word.text) || isTitleHead(word.text.split('-').pop() ?? ''))) start = k;
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

/** Name tokens starting at words[at]: hyphen-joined parts ("Jong-Ho") are one token. */
function nameTokens(words: Word[], at: number, max: number): Array<{ text: string; last: number }> {
  const tokens: Array<{ text: string; last: number }> = [];
  let k = at;
  while (tokens.length < max && k < words.length && isNameWord(words[k]) && words[k]!.sentence === words[at]!.sentence) {
    let text = words[k]!.text;
    let last = k;
    while (words[last + 1]?.text === '-' && words[last + 1]!.attached && words[last + 2]?.attached && isNameWord(words[last + 2])) {
      text += `-${words[last + 2]!.text}`;
      last += 2;
    }
    tokens.push({ text, last });
    k = last + 1;
  }
  return tokens;
}

export function personProposals(words: Word[], index: NameIndex, named: Set<string>): PersonProposal[] {
  const proposals: PersonProposal[] = [];
  for (let at = 0; at < words.length; at += 1) {
    if (!isNameWord(words[at]) || (at > 0 && words[at - 1]!.attached && words[at - 1]!.text === '-')) continue;
    const tokens = nameTokens(words, at, 3);
    if (tokens.length === 0) continue;
    // Full names, in either order.
    for (let length = Math.min(3, tokens.length); length >= 2; length -= 1) {
      const written = tokens.slice(0, length).map((token) => token.text);
      const matches: ScoredMatch[] = [];
      for (const person of index.people) {
        if (person.words.length !== length) continue;
        for (const [order, stored] of [
          ['given name first', person.words],
          ['family name first', [...person.words].reverse()],
        ] as const) {
          const { score, surname } = fullNameSimilarity(written, stored);
          if (
            score >= 0.88 &&
            surname >= 0.85 &&
            (surname === 1 || soundAlike(written[written.length - 1]!, stored[stored.length - 1]!) || surname >= 0.93)
          ) {
            matches.push(
              scoredFor(
                person,
                score,
                [
                  {
                    feature: 'full name',
                    score: Math.round(score * 1000) / 1000,
                    detail: `"${written.join(' ')}" is like "${person.form}" (${order}, surname weighted ${surname.toFixed(2)})`,
                  },
                ],
                index,
              ),
            );
            break;
          }
        }
      }
      if (matches.length > 0) {
        const title = titleStart(words, at);
        const first = title >= 0 && title === at - 1 && isHonorific(words[title]!.text) ? title : at;
        proposals.push({ first, last: tokens[length - 1]!.last, matches: bestPerEntity(matches) });
        break;
      }
    }
    // Surname only, with its title when it has one.
    const surnameWord = tokens[0]!.text;
    const title = titleStart(words, at);
    const surnameMatches: ScoredMatch[] = [];
    for (const person of index.people) {
      const similarity = wordSimilarity(surnameWord, person.surname);
      const exact = similarity === 1;
      const close = similarity >= 0.93 && surnameWord.length >= 5 && soundAlike(surnameWord, person.surname);
      if (!exact && !(close && (title >= 0 || named.has(person.entityId)))) continue;
      const score = (exact ? 0.9 : 0.75) + (title >= 0 ? 0.05 : 0);
      const detail = `${exact ? 'surname' : `surname like "${person.surname}" (${similarity.toFixed(2)})`} of "${person.form}"${title >= 0 ? ', after a title' : ''}`;
      surnameMatches.push(scoredFor(person, score, [{ feature: 'surname', score, detail }], index));
    }
    if (surnameMatches.length > 0 && tokens.length === 1) {
      proposals.push({ first: title >= 0 ? title : at, last: tokens[0]!.last, matches: bestPerEntity(surnameMatches) });
    }
  }
  return proposals;
}

function bestPerEntity(matches: ScoredMatch[]): ScoredMatch[] {
  const best = new Map<string, ScoredMatch>();
  for (const match of matches) if ((best.get(match.entityId)?.score ?? -1) < match.score) best.set(match.entityId, match);
  return [...best.values()].sort((a, b) => b.score - a.score);
}
