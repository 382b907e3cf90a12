import { lookupName, resolveMentions } from '../../../src/domain/names';
import { index } from './fixtures';

const idOf = (name: string) => lookupName(name, index)?.entityId ?? null;

describe('looking up a name finds the entity its variants name', () => {
  test.each([
    ['Minister Kiuchi', 'minoru-kiuchi'],
    ['Kiuchi', 'minoru-kiuchi'],
    ['Executive Vice-President Virkkunen', 'henna-virkkunen'],
    ['EVP Virkkunen', 'henna-virkkunen'],
    ['Virkkunen', 'henna-virkkunen'],
    ['Hena Wilkunen', 'henna-virkkunen'],
  ])('a person by title and surname: "%s"', (name, id) => expect(idOf(name)).toBe(id));

  test('a transliterated full name is found with a score below an exact one', () => {
    const garbled = lookupName('Henna Wirkkunen', index);
    expect(garbled?.entityId).toBe('henna-virkkunen');
    expect(garbled!.score).toBeLessThan(lookupName('Henna Virkkunen', index)!.score);
  });

  test('a typo in a surname after a title is found ("Minister Kuichi")', () => expect(idOf('Minister Kuichi')).toBe('minoru-kiuchi'));

  test('an acronym finds its expansion and the expansion is found in any case', () => {
    expect(idOf('DFFT')).toBe('dfft');
    expect(idOf('data free flow with trust')).toBe('dfft');
  });

  test('an acronym typed in lower case is looked up as the acronym, but is none in running text', () => {
    expect(idOf('dfft')).toBe('dfft');
    expect(resolveMentions('We discussed the dfft at length.', index).links).toEqual([]);
  });

  test('"the EU", "EU" and the official name of a country find the bloc and the country', () => {
    expect(idOf('the EU')).toBe('european-union');
    expect(idOf('EU')).toBe('european-union');
    expect(idOf('Republic of Korea')).toBe('south-korea');
    expect(idOf('Korea')).toBe('south-korea');
  });

  test('a name with its party written or left out finds the entity ("EU AI Office", "AI Safety Institute")', () => {
    expect(idOf('EU AI Office')).toBe('eu-ai-office');
    expect(idOf('AI Safety Institute')).toBe('japan-aisi');
  });

  test('plural, hyphen and case variants find the same entity', () => {
    expect(idOf('digital identities')).toBe('digital-identity');
    expect(idOf('High Performance Computing')).toBe('hpc');
    expect(idOf('semiconductor')).toBe('semiconductors');
  });

  test('ordinals in words and numerals name the same event', () => {
    expect(idOf('second EU-Japan Digital Partnership Council')).toBe('dpc-2');
    expect(idOf('2nd EU-Japan Digital Partnership Council')).toBe('dpc-2');
    expect(idOf('Japan-EU Third Digital Partnership Council')).toBe('dpc-3');
  });

  test('a document-bound alias is not a name anywhere else', () => {
    expect(idOf('the council')).toBeNull();
    // "companies" is bound to doc-a, but it is also the canonical name "Companies", found in any case.
    expect(resolveMentions('Many companies took part.', index).links).toEqual([]);
  });

  test('a name two entities share equally is not looked up as either', () => {
    expect(idOf('EU-Japan Digital Partnership Council')).toBeNull();
  });
});
