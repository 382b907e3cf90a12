/**
 * selectsOnly (graphql/resolvers/lib/selection.ts): whether a resolver's selection asks below a
 * path for nothing but some fields, so its read may project only those (Query.neighborhood).
 */
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectsOnly } from '../../src/graphql/resolvers/lib/selection';

const schema = buildSchema(`
  type Node { id: ID! name: String! description: String }
  type Graph { nodes: [Node!]! truncated: Boolean! }
  type Query { graph: Graph }
`);

function infoOf(query: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  execute({
    schema,
    document: parse(query),
    rootValue: { graph: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => ((captured = info), null) },
  });
  if (!captured) throw new Error('graph was not resolved');
  return captured;
}

const brief = new Set(['id', 'name', '__typename']);

describe('selectsOnly', () => {
  it('is true when the fields at the path are all allowed, or none is selected there', () => {
    expect(selectsOnly(infoOf('{ graph { nodes { id name __typename } } }'), ['nodes'], brief)).toBe(true);
    expect(selectsOnly(infoOf('{ graph { truncated } }'), ['nodes'], brief)).toBe(true);
  });

  it('is false when any other field is selected there, through inline and named fragments too', () => {
    expect(selectsOnly(infoOf('{ graph { nodes { id description } } }'), ['nodes'], brief)).toBe(false);
    expect(selectsOnly(infoOf('{ graph { nodes { id ... on Node { description } } } }'), ['nodes'], brief)).toBe(false);
    expect(
      selectsOnly(infoOf('{ graph { ...G } } fragment G on Graph { nodes { ...N } } fragment N on Node { description }'), ['nodes'], brief),
    ).toBe(false);
    expect(
      selectsOnly(infoOf('{ graph { ...G } } fragment G on Graph { nodes { ...N } } fragment N on Node { name }'), ['nodes'], brief),
    ).toBe(true);
  });

  it('counts every selection of the path, aliased ones included', () => {
    expect(selectsOnly(infoOf('{ graph { nodes { id } more: nodes { description } } }'), ['nodes'], brief)).toBe(false);
  });
});
