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

/**
 * Ordinal words of the EU's other large languages (Italian, French, Spanish, Portuguese, German),
 * first to tenth in their gender and number forms, accents removed: "terzo Consiglio", "troisième
 * Conseil", "dritte Rat". Forms that are also common English words are left out ("prime",
 * "premier", "primer", "prima"), as are "second"/"seconde" (the English word is read already).
 */
const OTHER_LANGUAGE_ORDINALS: string[][] = [
  [],
  ['primo', 'primi', 'premiere', 'primero', 'primera', 'primeiro', 'primeira', 'erste', 'erster', 'ersten', 'erstes'],
  ['secondo', 'seconda', 'deuxieme', 'segundo', 'segunda', 'zweite', 'zweiter', 'zweiten', 'zweites'],
  ['terzo', 'terza', 'troisieme', 'tercero', 'tercera', 'tercer', 'terceiro', 'terceira', 'dritte', 'dritter', 'dritten', 'drittes'],
  ['quarto', 'quarta', 'quatrieme', 'cuarto', 'cuarta', 'vierte', 'vierter', 'vierten', 'viertes'],
  ['quinto', 'quinta', 'cinquieme', 'funfte', 'funfter', 'funften', 'fuenfte'],
  ['sesto', 'sesta', 'sixieme', 'sexto', 'sexta', 'sechste', 'sechster', 'sechsten'],
  ['settimo', 'settima', 'septieme', 'septimo', 'septima', 'setimo', 'setima', 'siebte', 'siebter', 'siebten'],
  ['ottavo', 'ottava', 'huitieme', 'octavo', 'octava', 'oitavo', 'oitava', 'achte', 'achter', 'achten'],
  ['nono', 'nona', 'neuvieme', 'noveno', 'novena', 'neunte', 'neunter', 'neunten'],
  ['decimo', 'decima', 'dixieme', 'zehnte', 'zehnter', 'zehnten'],
];
const OTHER_ORDINAL = new Map<string, number>();
OTHER_LANGUAGE_ORDINALS.forEach((forms, value) => forms.forEach((form) => OTHER_ORDINAL.set(form, value)));

/** The number an ordinal word or numeral stands for ("third" and "3rd" give 3), else undefined. */
export function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = ORDINAL_WORDS.indexOf(lower);
  if (index > 0) return index;
  const other = OTHER_ORDINAL.get(lower.normalize('NFKD').replace(/\p{M}+/gu, ''));
  if (other !== undefined) return other;
  const numeral = /^(\d{1,3})(st|nd|rd|th)$/.exec(lower);
  return numeral ? Number(numeral[1]) : undefined;
}

export const ORDINAL_KEY = /^#(\d+)$/;
