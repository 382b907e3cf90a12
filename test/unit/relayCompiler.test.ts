/**
 * The schema stays Relay-compatible: relay-compiler (a devDependency, offline) compiles a small
 * Relay app's fragments against it. The fragments use what Relay's pagination and refetching
 * need: `@connection` paging forward and backward (PageInfo with both cursors and both flags,
 * `first`/`after` and `last`/`before`), `@refetchable` on Node types (Node, `node(id:)`), and
 * Query-level refetching. A check on a schema without those shows the test can fail.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSchema, parse, print, printSchema, visit } from 'graphql';
import { readTypeDefs } from '../../src/graphql/typeDefs';

jest.setTimeout(60_000);

const RELAY_COMPILER = path.join(__dirname, '../../node_modules/.bin/relay-compiler');

/** The app's modules: each a file of `graphql` tags, as a Relay app writes them. */
const APP: Record<string, string> = {
  'EntityRelations.ts': `
    fragment EntityRelations_entity on Entity
    @refetchable(queryName: "EntityRelationsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      id
      name
      relations(first: $count, after: $cursor) @connection(key: "EntityRelations_relations") {
        edges { node { id type date other { id name } evidence { id quote } } }
      }
    }`,
  'DocumentFacts.ts': `
    fragment DocumentFacts_document on Document
    @refetchable(queryName: "DocumentFactsPaginationQuery")
    @argumentDefinitions(
      first: { type: "Int" }, after: { type: "String" }, last: { type: "Int" }, before: { type: "String" }
    ) {
      id
      title
      facts(first: $first, after: $after, last: $last, before: $before) @connection(key: "DocumentFacts_facts") {
        edges { node { id type } }
      }
    }`,
  'NewestDocuments.ts': `
    fragment NewestDocuments_query on Query
    @refetchable(queryName: "NewestDocumentsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      documents(last: $count, before: $cursor) @connection(key: "NewestDocuments_documents") {
        edges { node { id title publishedAt } }
      }
    }`,
  'ReviewQueue.ts': `
    fragment ReviewQueue_proposal on Proposal @refetchable(queryName: "ProposalRefetchQuery") {
      id
      type
      state
      from { name }
      to { name }
    }
    fragment ReviewQueue_candidate on EntityCandidate @refetchable(queryName: "CandidateRefetchQuery") {
      id
      name
      state
    }
    fragment ReviewQueue_evidence on Evidence @refetchable(queryName: "EvidenceRefetchQuery") {
      id
      quote
    }
    fragment ReviewQueue_query on Query
    @refetchable(queryName: "ReviewQueuePaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
      proposals(first: $count, after: $cursor) @connection(key: "ReviewQueue_proposals") {
        edges { node { ...ReviewQueue_proposal } }
      }
    }`,
  'EntityPage.ts': `
    query EntityPageQuery($id: ID!) {
      node(id: $id) {
        __typename
        ...EntityRelations_entity @alias
      }
      ...NewestDocuments_query
      ...ReviewQueue_query
    }`,
};

interface Compiled {
  status: number | null;
  output: string;
  artifacts: string[];
}

/** Writes the app and `sdl` into a fresh directory and runs relay-compiler over them. */
function compileApp(sdl: string): Compiled {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-app-'));
  try {
    const generated = path.join(root, 'src/__generated__');
    fs.mkdirSync(generated, { recursive: true });
    fs.writeFileSync(path.join(root, 'schema.graphql'), sdl);
    for (const [file, documents] of Object.entries(APP)) {
      const tags = documents
        .split(/\n(?= {4}(?:fragment|query) )/)
        .map((document, i) => `export const document${i} = graphql\`${document}\`;`)
        .join('\n');
      fs.writeFileSync(path.join(root, 'src', file), `import { graphql } from 'relay-runtime';\n${tags}\n`);
    }
    const config = { src: './src', schema: './schema.graphql', language: 'typescript', artifactDirectory: './src/__generated__' };
    fs.writeFileSync(path.join(root, 'relay.config.json'), JSON.stringify(config));
    const run = spawnSync(RELAY_COMPILER, ['relay.config.json'], { cwd: root, encoding: 'utf8', timeout: 50_000 });
    // eslint-disable-next-line no-control-regex
    const output = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { status: run.status, output, artifacts: fs.readdirSync(generated).sort() };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const schemaText = () => printSchema(buildSchema(readTypeDefs()));

/** The schema without the field `type.field`. */
function schemaWithout(type: string, field: string): string {
  const document = visit(parse(schemaText()), {
    ObjectTypeDefinition: (node) =>
      node.name.value === type ? { ...node, fields: node.fields?.filter((f) => f.name.value !== field) } : undefined,
  });
  return print(document);
}

describe('relay-compiler', () => {
  it('compiles an app with forward and backward @connection and @refetchable Node fragments against the schema', () => {
    const compiled = compileApp(schemaText());
    expect({ status: compiled.status, output: compiled.status === 0 ? '' : compiled.output }).toEqual({ status: 0, output: '' });
    expect(compiled.artifacts).toEqual(
      expect.arrayContaining([
        'CandidateRefetchQuery.graphql.ts',
        'DocumentFactsPaginationQuery.graphql.ts',
        'EntityPageQuery.graphql.ts',
        'EntityRelationsPaginationQuery.graphql.ts',
        'EvidenceRefetchQuery.graphql.ts',
        'NewestDocumentsPaginationQuery.graphql.ts',
        'ProposalRefetchQuery.graphql.ts',
        'ReviewQueuePaginationQuery.graphql.ts',
      ]),
    );
  });

  it('refuses the same app against a schema without PageInfo.hasPreviousPage or Query.node', () => {
    const withoutPreviousPage = compileApp(schemaWithout('PageInfo', 'hasPreviousPage'));
    expect(withoutPreviousPage.status).not.toBe(0);
    expect(withoutPreviousPage.output).toContain('hasPreviousPage');
    const withoutNode = compileApp(schemaWithout('Query', 'node'));
    expect(withoutNode.status).not.toBe(0);
    expect(withoutNode.output).toContain('has no field `node`');
  });
});
