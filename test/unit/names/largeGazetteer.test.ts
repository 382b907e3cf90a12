/**
 * What blocking (personBlocks.ts, possibleMatches.ts, the party and word-set lists) must not
 * change when the graph holds many more names than the text: the same variants are found among
 * thousands of other people and organisations, and a name borne by many stays ambiguous with a
 * short list of candidates.
 */
import { buildNameIndex, lookupName, resolveMentions, type NameEntity } from '../../../src/domain/names';
import { MAX_PERSON_MATCHES } from '../../../src/domain/names/people';
import { entities } from './fixtures';

const GIVEN = ['Anna', 'Lars', 'Pedro', 'Sofia', 'Kenji', 'Yuki', 'Marco', 'Elena'];
const FAMILY = ['Tanaka', 'Nowak', 'Rossi', 'Jensen', 'Weber', 'Silva', 'Costa', 'Horvat', 'Virtanen', 'Kowalski'];

function crowd(): NameEntity[] {
  const people: NameEntity[] = [];
  for (let k = 0; k < 4000; k += 1) {
    const name = `${GIVEN[k % GIVEN.length]} ${FAMILY[Math.floor(k / GIVEN.length) % FAMILY.length]}`;
    people.push({ id: `person-${k}`, type: 'PERSON', name, aliases: [] });
  }
  for (let k = 0; k < 2000; k += 1)
    people.push({ id: `org-${k}`, type: 'ORGANIZATION', name: `Digital Council of Region ${k}`, aliases: [] });
  people.push({ id: 'thierry-1', type: 'PERSON', name: 'Thierry Breton', aliases: [] });
  for (let k = 2; k <= 30; k += 1) people.push({ id: `thierry-${k}`, type: 'PERSON', name: 'Thierry Breton', aliases: [] });
  return people;
}

const large = buildNameIndex([...entities, ...crowd()]);

describe('a large gazetteer finds what a small one finds', () => {
  test.each([
    ['Minister Kiuchi', 'minoru-kiuchi'],
    ['Hena Wilkunen', 'henna-virkkunen'],
    ['Henna Wirkkunen', 'henna-virkkunen'],
    ['Minister Kuichi', 'minoru-kiuchi'],
    ['DFFT', 'dfft'],
    ['Republic of Korea', 'south-korea'],
  ])('"%s" among thousands of other names', (name, id) => expect(lookupName(name, large)?.entityId).toBe(id));

  test('a full name borne by thirty people is ambiguous, with at most the best ten as candidates', () => {
    const { links, ambiguous } = resolveMentions('Thierry Breton spoke in Tokyo.', large);
    expect(links.find((link) => link.text === 'Thierry Breton')).toBeUndefined();
    const mention = ambiguous.find((item) => item.text === 'Thierry Breton');
    expect(mention?.candidates.length).toBe(MAX_PERSON_MATCHES);
    expect(mention?.candidates[0]!.entityId).toBe('thierry-1');
  });

  test('a new name made of common words only is still proposed, with no match found through them', () => {
    const { candidates } = resolveMentions('The Digital Council of Atlantis met on Monday.', large);
    expect(candidates.map((candidate) => candidate.name)).toContain('Digital Council of Atlantis');
  });
});
