/**
 * Coordinated ends: names joined in a list ("semiconductors, HPC (HPC), quantum technology and
 * 5G", "Japan and the EU", "the Digital Agency, MIC, METI"). A list's members are siblings: they
 * play the same part in the sentence, so a one-way relation never joins two of them ("the EU
 * Digital Identity Wallet and trust services" is not a wallet covering trust services), while a
 * symmetric one joins exactly them ("Japan and the EU agreed to cooperate").
 *
 * Two neighbouring ends are in one list when the words between them hold a list separator
 * (comma, "and", "or", "as well as", "/") and nothing that opens another phrase: no verb, no
 * preposition ("Henna Virkkunen, Executive Vice-President of the Commission" is an apposition),
 * no clause break. Non-name list items may lie between ("DFFT, digital trade principles, and
 * connectivity"), as long as they are nouns and adjectives.
 */
import type { Word } from '../names/readText';
import type { TypedMention } from './mentionsOf';

const SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or', '/', '&', 'as well as']);
/** Parts of speech a list may hold between two of its names (besides separators). */
const LIST_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PUNCT', 'PART']);
/** Punctuation that ends a list: the next name starts another phrase. */
const BREAKS: ReadonlySet<string> = new Set([';', ':', '.', '–', '—', '"', '“', '”']);
/** Determiners that open a noun phrase but not a list of parties ("their", "both"): allowed. */
const NOT_IN_LISTS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whose', 'where', 'when']);

function joined(between: readonly Word[]): boolean {
  let separated = false;
  for (let index = 0; index < between.length; index += 1) {
    const word = between[index]!;
    const lower = word.text.toLowerCase();
    if (BREAKS.has(lower) || NOT_IN_LISTS.has(lower)) return false;
    if (lower === 'as' && between[index + 1]?.text.toLowerCase() === 'well' && between[index + 2]?.text.toLowerCase() === 'as') {
      separated = true;
      index += 2;
      continue;
    }
    if (SEPARATORS.has(lower)) {
      separated = true;
      continue;
    }
    if (lower === '(' || lower === ')') continue;
    if (!LIST_POS.has(word.pos)) return false;
  }
  return separated || between.every((word) => word.text === '(' || word.text === ')');
}

/**
 * The list each end belongs to, as a number shared by its siblings (ends alone get their own).
 * Frame ends are not grouped; the parties of one pair phrase are one list.
 */
export function coordination(words: readonly Word[], ends: readonly TypedMention[]): Map<TypedMention, number> {
  const group = new Map<TypedMention, number>();
  // The parties a pair phrase stands for ("They", "both sides") are one list at the phrase.
  // Every pair phrase of a sentence stands for the same parties ("both sides will say they will"): one list.
  for (const end of ends) if (end.source === 'pair') group.set(end, -1);
  const named = ends.filter((end) => (end.source ?? 'named') === 'named').sort((a, b) => a.span.start - b.span.start);
  let current = 0;
  named.forEach((end, at) => {
    const previous = named[at - 1];
    if (previous && previous.span.end <= end.span.start) {
      const between = words.filter((word) => word.start >= previous.span.end && word.end <= end.span.start);
      if (!joined(between)) current += 1;
    } else if (previous && previous.span.end > end.span.start) {
      // Overlapping mentions (a name inside a longer one) are one place in the sentence.
    } else current += 1;
    group.set(end, current);
  });
  return group;
}

/** Whether two ends are members of one list (and so never the two ends of a one-way relation). */
export function siblings(groups: ReadonlyMap<TypedMention, number>, a: TypedMention, b: TypedMention): boolean {
  const left = groups.get(a);
  return left !== undefined && left === groups.get(b);
}
