// talisman ships no type declarations; these are the functions the name engine and the ask reader use.
declare module 'talisman/metrics/jaro-winkler' {
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'talisman/phonetics/double-metaphone' {
  export default function doubleMetaphone(word: string): [string, string];
}
declare module 'talisman/stemmers/porter' {
  export default function porter(word: string): string;
}
declare module 'talisman/metrics/levenshtein' {
  export default function levenshtein(a: string, b: string): number;
}
