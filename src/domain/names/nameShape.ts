/**
 * A name taken apart into what tells one member of a series from another and what the members
 * share: "Second Meeting of the Japan-EU Digital Partnership Council" is ordinal 2, parties
 * {Japan, EU}, base "digital partnership council"; "EU-Japan Summit 2023" is year 2023, parties
 * {EU, Japan}, base "summit". Parties are the countries and blocs the graph knows, matched in
 * any order ("Japan-EU" is "EU-Japan"). Two names of one base are the same series; ordinal, year,
 * parties and the document's context then decide the member.
 */
import { ORDINAL_KEY } from './ordinals';

export interface NameShape {
  /** The remaining normal words, joined without spaces ("digitalpartnershipcouncil"). */
  base: string;
  baseWords: string[];
  /** Entity ids of the countries and blocs named inside, sorted. */
  parties: string[];
  ordinal?: number;
  year?: number;
  /** A year written right after the name in the text ("... Council in 2024"): context, not name. */
  yearAfter?: number;
}

export interface PartyName {
  words: string[];
  entityId: string;
}

/**
 * Normal-word sequences of country and bloc names to the entity they name, by their first word
 * and longest first there: a word of a name is checked against the few parties it can open, not
 * against every party's every language (hundreds at 100,000 entities).
 */
export interface PartyLexicon {
  byFirstWord: Map<string, PartyName[]>;
}

export function partyLexicon(names: PartyName[]): PartyLexicon {
  const byFirstWord = new Map<string, PartyName[]>();
  for (const name of names) {
    if (name.words.length === 0) continue;
    const list = byFirstWord.get(name.words[0]!) ?? [];
    list.push(name);
    byFirstWord.set(name.words[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** Month names, January first (domain/ask reads dates with them too). */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS = new Set(MONTH_NAMES);
// Words left dangling at either end once parties, ordinals and dates are taken out.
const DANGLING = new Set(['of', 'the', 'and', 's', 'in', 'for', 'between', 'on', 'with']);

function matchPartyAt(words: string[], at: number, lexicon: PartyLexicon): { length: number; entityId: string } | undefined {
  for (const entry of lexicon.byFirstWord.get(words[at]!) ?? []) {
    const length = entry.words.length;
    if (entry.words.every((word, offset) => words[at + offset] === word)) return { length, entityId: entry.entityId };
  }
  return undefined;
}

export function shapeOf(normal: string[], lexicon: PartyLexicon): NameShape {
  let words = normal.filter((word) => word !== 'the');
  let ordinal: number | undefined;
  let year: number | undefined;
  const kept: string[] = [];
  const parties = new Set<string>();
  for (let at = 0; at < words.length;) {
    const word = words[at]!;
    const ordinalMatch = ORDINAL_KEY.exec(word);
    if (ordinalMatch && ordinal === undefined) {
      ordinal = Number(ordinalMatch[1]);
      at += 1;
      continue;
    }
    if (/^(19|20)\d\d$/.test(word)) {
      year = Number(word);
      if (kept.length > 0 && MONTHS.has(kept[kept.length - 1]!)) kept.pop();
      at += 1;
      continue;
    }
    const party = matchPartyAt(words, at, lexicon);
    if (party && words.length > party.length) {
      parties.add(party.entityId);
      at += party.length;
      continue;
    }
    kept.push(word);
    at += 1;
  }
  words = kept;
  // "Second Meeting of the X" is the second X.
  if (ordinal !== undefined && (words[0] === 'meeting' || words[0] === 'session') && words[1] === 'of' && words.length > 2)
    words = words.slice(2);
  while (words.length > 1 && DANGLING.has(words[0]!)) words = words.slice(1);
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!)) words = words.slice(0, -1);
  const shape: NameShape = { base: words.join(''), baseWords: words, parties: [...parties].sort() };
  if (ordinal !== undefined) shape.ordinal = ordinal;
  if (year !== undefined) shape.year = year;
  return shape;
}
