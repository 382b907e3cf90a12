import { nameKey } from '../../src/domain/nameKey';

describe('name keys', () => {
  it('ignore case, accents, punctuation and spacing', () => {
    expect(nameKey('  Héna-Wilkunen ')).toBe('hena wilkunen');
    expect(nameKey('HENA   WILKUNEN')).toBe(nameKey('hena wilkunen'));
  });

  it('keep letters of non-Latin scripts and digits', () => {
    expect(nameKey('岸田 文雄')).toBe('岸田 文雄');
    expect(nameKey('5G/6G')).toBe('5g 6g');
  });

  it('leave nothing of a string that has no letters or digits, so it can match nothing', () => {
    expect(nameKey('"*:~\\ ')).toBe('');
  });
});
