/**
 * Words and sentences of a text with their exact UTF-16 offsets, from wink-nlp's English model
 * (tokens, sentence boundaries, Universal POS tags). wink keeps every character: a token's value
 * plus its preceding whitespace reproduce the text, so offsets are summed, then checked against
 * the text; a mismatch is a bug and throws rather than returning spans that quote wrongly.
 * Adjacent alphanumeric tokens with nothing between them are one word ("5G" is "5" + "G" to wink).
 * A line break also ends a sentence: headings, bullets and datelines stand on their own lines.
 */
import winkNLP, { type ItemSentence, type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag of the (first) token; PUNCT for punctuation. */
  pos: string;
  sentence: number;
  /** No whitespace between this word and the previous one ("EU-Japan": "-" and "Japan"). */
  attached: boolean;
  /** Index in the text's word list. */
  index: number;
}

export interface TextReading {
  text: string;
  words: Word[];
  sentences: Array<{ start: number; end: number }>;
}

let nlp: WinkMethods | undefined;
let firstUnknownId: number | undefined;

function loadNlp(): WinkMethods {
  // The model takes ~0.2 s to load: once per process, on first use.
  if (!nlp) {
    nlp = winkNLP(model);
    firstUnknownId = nlp.readDoc('qxzvqjxkwq').tokens().itemAt(0).out(nlp.its.uniqueId) as number;
  }
  return nlp;
}

const ALNUM = /^[\p{L}\p{N}]/u;
/** How many uncounted characters may lie before a token (see readText). */
const RESYNC_WINDOW = 8;
const ALNUM_END = /[\p{L}\p{N}]$/u;
const ELISION = /^(\p{Ll}{1,5}['’])(?=[\p{Lu}aeiouàèéìòùAEIOU]\p{L})/u;

export function readText(text: string): TextReading {
  const engine = loadNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const words: Word[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  let offset = 0;
  let current = -1;
  const open = (start: number) => {
    current += 1;
    sentences.push({ start, end: start });
  };
  doc.sentences().each((sentence: ItemSentence) => {
    let first = true;
    sentence.tokens().each((token: ItemToken) => {
      const value = token.out();
      const spaces = token.out(its.precedingSpaces) as string;
      offset += spaces.length;
      if (text.slice(offset, offset + value.length) !== value) {
        // wink drops a few invisible characters without counting them as spaces (a byte-order
        // mark, U+2028): the token is then found a little further on.
        const found = text.indexOf(value, offset);
        if (found < 0 || found - offset > RESYNC_WINDOW || /[\p{L}\p{N}]/u.test(text.slice(offset, found))) {
          throw new Error(`readText: token "${value}" does not map back to offset ${offset}`);
        }
        offset = found;
      }
      const start = offset;
      offset += value.length;
      const type = token.out(its.type) as string;
      if (type === 'tabCRLF' || value.trim() === '') return;
      const previous = words[words.length - 1];
      const lineBreak = previous !== undefined && text.slice(previous.end, start).includes('\n');
      if (first || lineBreak || current < 0) open(start);
      first = false;
      const attached = previous !== undefined && previous.end === start;
      sentences[current]!.end = offset;
      if (previous && attached && ALNUM_END.test(previous.text) && ALNUM.test(value) && previous.sentence === current) {
        // "6" + "G." is "6G" and a full stop: the model reads "G." as an abbreviation.
        const stop = value.length > 1 && value.endsWith('.') && /^[\p{L}\p{N}]+\.$/u.test(value) && /\p{N}/u.test(previous.text + value);
        previous.text += stop ? value.slice(0, -1) : value;
        previous.end = stop ? offset - 1 : offset;
        if (stop)
          words.push({ text: '.', start: offset - 1, end: offset, pos: 'PUNCT', sentence: current, attached: true, index: words.length });
        return;
      }
      const pos = token.out(its.pos) as string;
      // An elided article or preposition of French or Italian is its own word: "l’Unione",
      // "dell’Ue", "d’Europa" ("o’clock", "n’t" stay whole: the rest is a consonant or one letter).
      const elided = ELISION.exec(value);
      if (elided) {
        const cut = start + elided[1]!.length;
        words.push({ text: elided[1]!, start, end: cut, pos: 'DET', sentence: current, attached, index: words.length });
        words.push({
          text: value.slice(elided[1]!.length),
          start: cut,
          end: offset,
          pos,
          sentence: current,
          attached: true,
          index: words.length,
        });
        return;
      }
      words.push({ text: value, start, end: offset, pos, sentence: current, attached, index: words.length });
    });
  });
  return { text, words, sentences };
}

const known = new Map<string, boolean>();

/**
 * Whether a word is in the English model's vocabulary (as a lower-case word). Foreign names
 * mostly are not ("Ishii", "Takeuchi"), common nouns are ("Transformation"): a weak signal for a
 * surname at the end of a title. wink adds unseen words to its lexicon, so the vocabulary's end
 * is read once, before any other text, from a word no language has.
 */
export function isKnownWord(word: string): boolean {
  const engine = loadNlp();
  const its = engine.its;
  const lower = word.toLowerCase();
  let answer = known.get(lower);
  if (answer === undefined) {
    answer = (engine.readDoc(lower).tokens().itemAt(0).out(its.uniqueId) as number) < (firstUnknownId ?? 0);
    known.set(lower, answer);
  }
  return answer;
}

const englishReadings = new WeakMap<TextReading, boolean>();

/**
 * Whether a text reads as English: most of its lower-case words (of three letters or more) are in
 * the English model's vocabulary. An Italian or German text has most of them unknown, and then
 * the model's POS tags and the English word list say little about which capitalised words are
 * names. Short texts (under 8 such words: a heading, a lookup) count as English.
 */
export function isEnglishText(reading: TextReading): boolean {
  let answer = englishReadings.get(reading);
  if (answer === undefined) {
    const lower = reading.words.filter((word) => /^\p{Ll}{3,}$/u.test(word.text));
    const unknown = lower.filter((word) => !isKnownWord(word.text)).length;
    answer = lower.length < 8 || unknown / lower.length < 0.35;
    englishReadings.set(reading, answer);
  }
  return answer;
}
