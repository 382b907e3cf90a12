/**
 * The schema against the last released one (scripts/schemaChanges.ts): a breaking change fails
 * this test unless CHANGELOG.md's Unreleased section names it. This runs on every `npm test`.
 */
import { checkRepository, isNamed, unnamedBreakingChanges } from '../../scripts/schemaChanges';

const RELEASED = `
  type Query { entity(id: ID!): Entity  commonConnections(a: ID!): [Common!]! }
  type Mutation { addAlias(entityId: ID!, alias: String!): Entity! }
  type Entity { id: ID!  name: String! }
  type Common { id: ID! }
`;
const changelog = (names: string) =>
  `# Changelog\n\n## [Unreleased]\n\n### Removed\n\n${names}\n\n## [0.1.0]\n\n- \`Entity.name\` (an older entry)\n`;

describe('the breaking-change check against the released schema', () => {
  it('passes the schema as it stands: every breaking change since the release is in CHANGELOG.md', async () => {
    expect((await checkRepository()).map((change) => change.message)).toEqual([]);
  });

  it('fails a removed field the Unreleased section does not name, even if an older release names it', async () => {
    const current = RELEASED.replace('name: String!', '');
    const unnamed = await unnamedBreakingChanges(RELEASED, current, changelog('- nothing'));
    expect(unnamed.map((change) => change.path)).toEqual(['Entity.name']);
    expect(await unnamedBreakingChanges(RELEASED, current, changelog('- `Entity.name` went'))).toEqual([]);
  });

  it('fails a changed root field until its old signature is listed', async () => {
    const current = RELEASED.replace('addAlias(entityId: ID!, alias: String!): Entity!', 'addAlias(input: ID!): Entity!');
    expect((await unnamedBreakingChanges(RELEASED, current, changelog(''))).length).toBeGreaterThan(0);
    const listed = changelog('| `addAlias(entityId: ID!, alias: String!): Entity!` | `addAlias(input: ID!): Entity!` |');
    expect(await unnamedBreakingChanges(RELEASED, current, listed)).toEqual([]);
  });

  it('never fails an addition', async () => {
    const current = RELEASED.replace('name: String!', 'name: String!  aliases: [String!]!');
    expect(await unnamedBreakingChanges(RELEASED, current, changelog(''))).toEqual([]);
  });

  it('counts a name only in backticks, and a root field by its name or signature', () => {
    expect(isNamed('Mutation.addAlias.entityId', 'the `addAlias(entityId: ID!)` signature')).toBe(true);
    expect(isNamed('Query.commonConnections', 'items of `commonConnections`')).toBe(true);
    expect(isNamed('Entity.name', 'Entity.name went')).toBe(false);
    expect(isNamed('Entity.name', '`Entity.names`')).toBe(false);
    expect(isNamed('Entity.name', '`Entity.name: String!`')).toBe(true);
    expect(isNamed('Common', '`Common` is now `Neighbor`')).toBe(true);
  });
});
