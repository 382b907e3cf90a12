/**
 * New people named again by surname: "Mr. Thierry BRETON" then "Commissioner Breton", "Takeaki
 * Matsumoto" then "Minister for Internal Communications Matsumoto". The name engine proposes each
 * as its own candidate; as ends of facts they are one person, or every fact about them is stated
 * twice. A person's surname is the last word of the name, or a word in capitals followed by the
 * given name ("MATSUMOTO Takeaki", "OTA Fusae"), the order Japanese sources use.
 */
import type { NameCandidate } from '../names';

/** Words before a given name that are not a surname in capitals ("MIC Minister Matsumoto"). */
const TITLE_WORDS =
  /^(?:minister|vice-minister|commissioner|president|vice-president|secretary|ambassador|director|chair|head|mr|ms|mrs|dr)\.?$/i;
const CAPITALS = /^\p{Lu}{3,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

export function surnamesOf(name: string): Set<string> {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const keys = new Set<string>();
  const last = words[words.length - 1];
  if (last && last.length >= 2 && !TITLE_WORDS.test(last)) keys.add(last.toLowerCase());
  words.forEach((word, at) => {
    const next = words[at + 1];
    if (CAPITALS.test(word) && next && CAPITALISED.test(next) && !TITLE_WORDS.test(next)) keys.add(word.toLowerCase());
  });
  return keys;
}

/** The first person candidate each later one shares a surname with (fed in text order). */
export class PersonCandidates {
  private readonly seen: Array<{ candidate: NameCandidate; surnames: Set<string> }> = [];

  first(candidate: NameCandidate): NameCandidate {
    const surnames = surnamesOf(candidate.name);
    const earlier = this.seen.find((seen) => [...surnames].some((surname) => seen.surnames.has(surname)));
    if (earlier) return earlier.candidate;
    this.seen.push({ candidate, surnames });
    return candidate;
  }
}
