/** The note an editor may give with an UNSURE mark (markCandidateUnsure, markMentionUnsure). */
import { badInput } from '../../errors';

export const MAX_UNSURE_NOTE_LENGTH = 500;

/** The note trimmed, null when empty; BAD_USER_INPUT when longer than MAX_UNSURE_NOTE_LENGTH. */
export function unsureNoteOf(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > MAX_UNSURE_NOTE_LENGTH) {
    throw badInput(`The note is ${trimmed.length} characters long; at most ${MAX_UNSURE_NOTE_LENGTH}.`, 'input.note');
  }
  return trimmed === '' ? null : trimmed;
}
