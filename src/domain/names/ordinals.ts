/**
 * Ordinals written as words or numerals name the same thing ("second" and "2nd" Council). Both
 * become "#2" in a name key so that one lookup finds either spelling.
 */
const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** The number an ordinal word or numeral stands for ("third" and "3rd" give 3), else undefined. */
export function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = ORDINAL_WORDS.indexOf(lower);
  if (index > 0) return index;
  const numeral = /^(\d{1,3})(st|nd|rd|th)$/.exec(lower);
  return numeral ? Number(numeral[1]) : undefined;
}

export const ORDINAL_KEY = /^#(\d+)$/;
