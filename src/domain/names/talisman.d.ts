// talisman ships no type declarations; these are the three functions the name engine uses.
declare module 'talisman/metrics/jaro-winkler' {
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'talisman/phonetics/double-metaphone' {
  export default function doubleMetaphone(word: string): [string, string];
}
declare module 'talisman/stemmers/porter' {
  export default function porter(word: string): string;
}
