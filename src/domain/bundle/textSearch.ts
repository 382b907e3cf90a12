/** Locating quotes and names in document text. Offsets are JavaScript string indices. */

/** Every start index of `needle` in `text` (overlaps included). */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) found.push(index);
  return found;
}

const WORD = /[\p{L}\p{N}]/u;

/** Occurrences that stand as whole words: "EU" in "the EU and" or "EU-Japan", not in "EUR" or "AEU". */
export function wordOccurrencesOf(text: string, needle: string): number[] {
  return occurrencesOf(text, needle).filter((start) => {
    const before = text.charAt(start - 1);
    const after = text.charAt(start + needle.length);
    return (
      !(before && WORD.test(before) && WORD.test(needle.charAt(0))) &&
      !(after && WORD.test(after) && WORD.test(needle.charAt(needle.length - 1)))
    );
  });
}
