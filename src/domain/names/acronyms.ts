/**
 * Acronyms both ways. From a name to the acronyms it is likely written as ("Data Free Flow with
 * Trust" is DFFT, "Republic of Korea" ROK), and whether a text's "Long Form (LF)" defines an
 * acronym: its letters are initials of the long form's words, in order, the first word's first
 * (real acronyms skip words: MIC is the Ministry of Internal Affairs and Communications).
 */
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'on', 'the', 'with', 'in', 'to', 'a', 'an', 'at', 'by', '&']);

function wordsOf(name: string): string[] {
  return name.split(/[\s,]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Acronyms a multi-word proper name may be written as; none for names of fewer than two words. */
export function acronymsOf(name: string): string[] {
  const words = wordsOf(name);
  const content = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  if (content.length < 2) return [];
  const initials = (list: string[], splitHyphens: boolean) =>
    list
      .flatMap((word) => (splitHyphens ? word.split('-') : [word]))
      .map((part) => part.replace(/[^\p{L}\p{N}]/gu, '').charAt(0))
      .join('')
      .toUpperCase();
  const forms = new Set([initials(content, false), initials(content, true), initials(words, false)]);
  return [...forms].filter((form) => form.length >= 2);
}

/** A token that looks like an acronym: two or more capitals, maybe with digits or a lower "e"/"s". */
export function looksLikeAcronym(token: string): boolean {
  return /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u.test(token.replace(/^[a-z]/, '').replace(/s$/, '')) && token.length >= 2;
}

/** Whether `acronym` abbreviates `longForm` (the words before a parenthesised acronym). */
export function abbreviates(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  const parts = wordsOf(longForm)
    .flatMap((word) => word.split('-'))
    .filter((part) => part !== '');
  const initials = parts.map((part) => part.charAt(0).toUpperCase());
  if (letters.length < 2 || initials.length === 0 || initials[0] !== letters[0]) return false;
  // Letters in order, each an initial; the long form's last content word must be used.
  let at = 0;
  let lastUsed = -1;
  for (const letter of letters) {
    while (at < initials.length && initials[at] !== letter) at += 1;
    if (at === initials.length) return false;
    lastUsed = at;
    at += 1;
  }
  const lastContent =
    parts
      .map((part, index) => (FUNCTION_WORDS.has(part.toLowerCase()) ? -1 : index))
      .filter((index) => index >= 0)
      .pop() ?? 0;
  return lastUsed >= lastContent - 1;
}
