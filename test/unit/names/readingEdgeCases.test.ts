import { buildNameIndex, resolveMentions } from '../../../src/domain/names';
import { readText } from '../../../src/domain/names/readText';
import { entities } from './fixtures';

describe('reading a text for names', () => {
  it('keeps exact offsets past invisible characters the tokeniser drops (a byte-order mark, a line separator)', () => {
    for (const text of ['\uFEFFJapan and the EU', 'Japan\u2028EU', 'x\uFEFFy Japan']) {
      const { words } = readText(text);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
      expect(words.map((word) => word.text)).toContain('Japan');
    }
  });

  it('reads "Japan and the AI Office" as two names, not as the office with a party', () => {
    const index = buildNameIndex(entities);
    const text = 'Japan and the AI Office met again in Tokyo.';
    const links = resolveMentions(text, index).links.map((link) => [link.text, link.entityId]);
    expect(links).toEqual([
      ['Japan', 'japan'],
      ['AI Office', 'eu-ai-office'],
      ['Tokyo', 'tokyo'],
    ]);
  });
});
