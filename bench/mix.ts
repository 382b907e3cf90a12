/**
 * The fixed query mix of issue 6, each as three requests for the same result: our GraphQL API,
 * the floor (hand-written Cypher behind a minimal HTTP handler, bench/floor/) and the peer
 * (@neo4j/graphql, bench/peer/), or null where the peer cannot express the query.
 * Relation pages are of one type and direction (PARTICIPATED_IN, outgoing) because the peer
 * has one field per relationship type and direction; ours and the floor ask for the same.
 */
import type { Fixtures } from './fixtures';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface MixQuery {
  name: string;
  ours: GraphQLRequest;
  /** The floor's route (/floor/<name>) takes these parameters as its JSON body. */
  floor: Record<string, unknown>;
  peer: (GraphQLRequest & { note: string }) | null;
}

const PAGE = 20;
const LIST = 50;
const NESTED = 5;

export function queryMix(fixtures: Fixtures): MixQuery[] {
  return [
    {
      name: 'entityByAlias',
      ours: { query: 'query($name: String!) { entity(name: $name) { id name type aliases } }', variables: { name: fixtures.alias } },
      floor: { name: fixtures.alias },
      peer: {
        note: '@cypher field over the same full-text index (its native filters cannot use it)',
        query: 'query($phrase: String!, $key: String!) { entityByName(phrase: $phrase, key: $key) { id name type aliases } }',
        variables: { phrase: `"${fixtures.aliasKey}"`, key: fixtures.aliasKey },
      },
    },
    {
      name: 'search',
      ours: {
        query: 'query($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { id name type } } } }',
        variables: { q: fixtures.searchText },
      },
      floor: { q: fixtures.searchText },
      peer: {
        note: '@fulltext query on the same index and Lucene string (its totalCount is not capped at 1000)',
        query:
          'query($phrase: String!) { searchEntities(phrase: $phrase, first: 10) { totalCount edges { score node { id name type } } } }',
        variables: { phrase: fixtures.searchLucene },
      },
    },
    {
      name: 'relationsWithEvidence',
      ours: {
        query: `query($id: ID!) { entity(id: $id) { id name relations(types: [PARTICIPATED_IN], direction: OUTGOING, first: ${PAGE}) {
          totalCount edges { node { id type date status other { id name } evidence { quote start end document { id title } } } } } } }`,
        variables: { id: fixtures.member },
      },
      floor: { id: fixtures.member, first: PAGE },
      peer: {
        note: 'native connection sorted by name; evidence through a @cypher field on the relationship properties',
        query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name participatedInConnection(first: ${PAGE}, sort: [{ node: { name: ASC } }, { edge: { id: ASC } }]) {
          totalCount edges { properties { id date status evidence { quote start end document { id title } } } node { id name } } } } }`,
        variables: { id: fixtures.member },
      },
    },
    {
      name: 'neighborhood2Hops',
      ours: {
        query:
          'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id name type } edges { id type source target } } }',
        variables: { id: fixtures.hub },
      },
      floor: { id: fixtures.hub, limit: 100 },
      peer: null,
    },
    {
      name: 'shortestPaths',
      ours: {
        query:
          'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { length steps { type direction other { id name } } } }',
        variables: { from: fixtures.pathFrom, to: fixtures.pathTo },
      },
      floor: { from: fixtures.pathFrom, to: fixtures.pathTo },
      peer: null,
    },
    {
      name: 'timeline',
      ours: {
        query: `query($id: ID!) { timeline(entityId: $id, first: ${PAGE}) { totalCount edges { node {
          kind date precision status subject { id name } relation { id type other { id name } } } } } }`,
        variables: { id: fixtures.member },
      },
      floor: { id: fixtures.member, first: PAGE },
      peer: null,
    },
    {
      name: 'list50WithRelations',
      ours: {
        query: `{ entities(types: [ORGANIZATION], first: ${LIST}) { totalCount edges { node { id name
          relations(types: [PARTICIPATED_IN], direction: OUTGOING, first: ${NESTED}) { totalCount edges { node { id other { id name } } } } } } } }`,
        variables: {},
      },
      floor: { first: LIST, nested: NESTED },
      peer: {
        note: 'native: connection with totalCount, nested connection of one relationship type',
        query: `{ entitiesConnection(where: { type: { eq: "ORGANIZATION" } }, first: ${LIST}, sort: [{ nameKey: ASC }, { id: ASC }]) { totalCount edges { node { id name
          participatedInConnection(first: ${NESTED}, sort: [{ node: { name: ASC } }, { edge: { id: ASC } }]) { totalCount edges { properties { id } node { id name } } } } } } }`,
        variables: {},
      },
    },
    {
      name: 'searchEvidence',
      ours: {
        query: `query($q: String!) { searchEvidence(query: $q, first: 10) { totalCount edges { score node {
          quote start end document { id title } facts { id type } } } } }`,
        variables: { q: fixtures.quote },
      },
      floor: { q: fixtures.quote },
      peer: null,
    },
    {
      name: 'proposals',
      ours: {
        query: `query($doc: ID) { proposals(documentId: $doc, first: ${PAGE}) { totalCount edges { node {
          id type status confidence cue from { id name } to { id name } evidence { quote start end } } } } }`,
        variables: { doc: fixtures.proposalsDocument },
      },
      floor: { doc: fixtures.proposalsDocument, first: PAGE },
      peer: null,
    },
  ];
}
