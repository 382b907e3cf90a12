import { loadSeedEntities } from '../../../bench/names-eval/evalSet';
import { buildNameIndex, lookupName } from '../../../src/domain/names';

const index = buildNameIndex(loadSeedEntities());

describe('the seed graph answers the names issue #13 says entity(name:) misses', () => {
  test.each([
    ['Executive Vice-President Virkkunen', 'henna-virkkunen'],
    ['Virkkunen', 'henna-virkkunen'],
    ['Minister Kiuchi', 'minoru-kiuchi'],
    ['Kiuchi', 'minoru-kiuchi'],
    ['EU AI Office', 'eu-ai-office'],
    ['AI Safety Institute', 'japan-ai-safety-institute'],
    ['Republic of Korea', 'south-korea'],
    ['DFFT', 'data-free-flow-with-trust'],
    ['the EU', 'european-union'],
    ['Digital Agency', 'digital-agency-japan'],
    ['second Digital Partnership Council', 'eu-japan-dpc-2'],
    ['digital identities', 'digital-identity'],
  ])('"%s" is %s', (name, id) => expect(lookupName(name, index)?.entityId).toBe(id));

  test('aliases the seed marks as bound to their article are found by no lookup', () => {
    for (const name of ['the council', 'memorandum of cooperation', 'national governments', 'EU-Japan Council'])
      expect(lookupName(name, index)).toBeNull();
  });
});
