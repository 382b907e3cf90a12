/**
 * A proposal's status from the sentence's modality (statusCues.ts): the nearest cue before the
 * relation's cue decides ("They will also enhance collaboration on X": PLANNED). A capitalised
 * word is a name, not a modal ("On May 13th"). A reported fact dated after the publication date is
 * PLANNED: the source speaks of something still to come.
 */
import type { Word } from '../names/readText';
import { matchPhrases } from './matchPhrases';
import { STATUS_CUES } from './statusCues';
import type { ProposalDate, ProposalStatus, Span } from './types';

const PHRASES = STATUS_CUES.map((cue) => cue.phrase);
const STATUS_OF = new Map(STATUS_CUES.map((cue) => [cue.phrase, cue.status]));

export interface ReadStatus {
  status: ProposalStatus;
  cue: Span | null;
}

export function readStatus(
  text: string,
  words: readonly Word[],
  cueWord: number,
  date: ProposalDate | null,
  publishedAt: string | null,
): ReadStatus {
  const before = matchPhrases(words.slice(0, cueWord + 1), PHRASES).filter((match) => words[match.first]!.pos !== 'PROPN');
  const nearest = before.sort((a, b) => b.first - a.first)[0];
  if (nearest) {
    const start = words[nearest.first]!.start;
    const end = words[nearest.last - 1]!.end;
    return { status: STATUS_OF.get(nearest.phrase)!, cue: { start, end, text: text.slice(start, end) } };
  }
  if (date && publishedAt && date.value.slice(0, publishedAt.length) > publishedAt.slice(0, date.value.length)) {
    return { status: 'PLANNED', cue: date.expression };
  }
  return { status: 'REPORTED', cue: null };
}
