/**
 * A proposal's status from the sentence's modality (statusCues.ts). The cues before the relation's
 * cue, back to the last clause break, decide: the nearest one ("They will also enhance
 * collaboration on X": PLANNED), unless a weaker one wraps it ("It is expected that the process
 * will gather support": EXPECTED, "may decide to launch": POSSIBLE). Failing those, a predicate
 * after the cue in the same clause ("The next Council is planned for 2025"). A capitalised word is a
 * name, not a modal ("On May 13th"). A reported fact dated after the publication date is PLANNED:
 * the source speaks of something still to come.
 */
import type { Word } from '../names/readText';
import { matchPhrases, type PhraseMatch } from './matchPhrases';
import { STATUS_CUES } from './statusCues';
import type { ProposalDate, ProposalStatus, Span } from './types';

const PHRASES = STATUS_CUES.map((cue) => cue.phrase);
const AFTER_PHRASES = STATUS_CUES.filter((cue) => cue.after).map((cue) => cue.phrase);
const STATUS_OF = new Map(STATUS_CUES.map((cue) => [cue.phrase, cue.status]));
/** Weaker statuses wrap stronger ones: "expected that ... will" is EXPECTED. */
const WEAKNESS: Record<ProposalStatus, number> = { REPORTED: 0, PLANNED: 1, EXPECTED: 2, POSSIBLE: 3 };
/** Words that end the stretch a modality governs. */
const BEFORE_BREAKS: ReadonlySet<string> = new Set([';', ':']);
const AFTER_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', 'which', 'that', 'who', 'while', 'whereas', 'and', 'but']);

export interface ReadStatus {
  status: ProposalStatus;
  cue: Span | null;
}

const notName = (words: readonly Word[]) => (match: PhraseMatch) => words[match.first]!.pos !== 'PROPN';

export function readStatus(
  text: string,
  words: readonly Word[],
  cueWord: number,
  date: ProposalDate | null,
  publishedAt: string | null,
): ReadStatus {
  const spanOf = (match: PhraseMatch): ReadStatus => {
    const start = words[match.first]!.start;
    const end = words[match.last - 1]!.end;
    return { status: STATUS_OF.get(match.phrase)!, cue: { start, end, text: text.slice(start, end) } };
  };
  let from = 0;
  for (let index = cueWord; index >= 0; index -= 1) {
    if (BEFORE_BREAKS.has(words[index]!.text)) {
      from = index + 1;
      break;
    }
  }
  const before = matchPhrases(words.slice(0, cueWord + 1), PHRASES)
    .filter(notName(words))
    .filter((match) => match.first >= from)
    .sort((a, b) => b.first - a.first);
  if (before.length > 0) {
    const weakest = before.reduce((best, match) =>
      WEAKNESS[STATUS_OF.get(match.phrase)!] > WEAKNESS[STATUS_OF.get(best.phrase)!] ? match : best,
    );
    return spanOf(weakest);
  }
  let to = words.length;
  for (let index = cueWord + 1; index < words.length; index += 1) {
    if (AFTER_BREAKS.has(words[index]!.text.toLowerCase())) {
      to = index;
      break;
    }
  }
  const after = matchPhrases(words.slice(0, to), AFTER_PHRASES)
    .filter(notName(words))
    .filter((match) => match.first > cueWord)
    .sort((a, b) => a.first - b.first)[0];
  if (after) return spanOf(after);
  if (date && publishedAt && date.value.slice(0, publishedAt.length) > publishedAt.slice(0, date.value.length)) {
    return { status: 'PLANNED', cue: date.expression };
  }
  return { status: 'REPORTED', cue: null };
}
