/**
 * Which two ends a symmetric cue ("cooperate", "partnership") joins, read from where they stand
 * around it: the members of one list that is its subject ("Japan and the EU agreed to cooperate",
 * "They reaffirmed their partnership"), or the list after "between" / "among" ("cooperation
 * between the AI Office and the AI Safety Institute"), or the subject and the party after "with"
 * ("the G7 will work with the OECD"). Names elsewhere in the sentence are what the cooperation is
 * about or where it happens ("cooperate in building a cable connecting Asia and Europe"), not parties.
 */
import type { Word } from '../names/readText';
import { siblings } from './coordination';
import type { PhraseMatch } from './matchPhrases';
import type { TypedMention } from './mentionsOf';

const OPENS_LIST = new Set(['between', 'among', 'amongst']);
const OPENS_PARTNER = new Set(['with', 'alongside']);
/** How many words may stand between a cue and the word that opens its parties ("cooperation on AI with"). */
const REACH = 6;

export function symmetricParties(
  words: readonly Word[],
  ends: readonly TypedMention[],
  groups: ReadonlyMap<TypedMention, number>,
  cue: PhraseMatch,
): (a: TypedMention, b: TypedMention) => boolean {
  const cueStart = words[cue.first]!.start;
  const cueEnd = words[cue.last - 1]!.end;
  // The cue's own words may end in its opener ("work with", "partner with").
  const opener = (set: ReadonlySet<string>, end: TypedMention) => {
    const own = words.slice(cue.first, cue.last).some((word) => set.has(word.text.toLowerCase()));
    const between = words.filter((word) => word.start >= cueEnd && word.end <= end.span.start);
    return (own && between.length <= REACH) || (between.length <= REACH && between.some((word) => set.has(word.text.toLowerCase())));
  };
  const before = ends.filter((end) => end.span.end <= cueStart);
  const subject = before.sort((a, b) => b.span.end - a.span.end)[0];
  const inSubject = (end: TypedMention) => subject !== undefined && (end === subject || siblings(groups, end, subject));
  return (a, b) => {
    if (siblings(groups, a, b)) {
      if (inSubject(a)) return true;
      // "between the EU's AI office and Japan's Safety Institute": the opener stands before the list's first member.
      const head = ends.filter((end) => siblings(groups, end, a)).sort((x, y) => x.span.start - y.span.start)[0] ?? a;
      return head.span.start >= cueEnd && opener(OPENS_LIST, head);
    }
    const [first, second] = a.span.start <= b.span.start ? [a, b] : [b, a];
    return inSubject(first) && second.span.start >= cueEnd && opener(OPENS_PARTNER, second);
  };
}
