import { readText } from '../../../src/domain/names/readText';

describe('reading a text for names', () => {
  it('keeps exact offsets past invisible characters the tokeniser drops (a byte-order mark, a line separator)', () => {
    for (const text of ['\uFEFFJapan and the EU', 'Japan\u2028EU', 'x\uFEFFy Japan']) {
      const { words } = readText(text);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
      expect(words.map((word) => word.text)).toContain('Japan');
    }
  });
});
