// Lint: typescript-eslint's recommended rules, no import cycles, and the layers of src/ as zones:
// each layer imports only the layers after it in cli/index -> startup -> http -> graphql ->
// services -> store -> db; any of them may use the base (domain/, errors, config, logger,
// metrics, paths, the generated schema types). Generated code is not linted.
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ORDER = 'cli/index -> startup -> http -> graphql -> services -> store -> db';
const LAYERS = [
  { name: 'src/cli and src/index.ts', paths: ['./src/cli', './src/index.ts'] },
  { name: 'src/startup', paths: ['./src/startup'] },
  { name: 'src/http', paths: ['./src/http'] },
  { name: 'src/graphql', paths: ['./src/graphql'] },
  { name: 'src/services', paths: ['./src/services'] },
  { name: 'src/store', paths: ['./src/store'] },
  { name: 'src/db', paths: ['./src/db'] },
];
const BASE = [
  './src/domain',
  './src/errors.ts',
  './src/config.ts',
  './src/logger.ts',
  './src/metrics.ts',
  './src/paths.ts',
  './src/__generated__/graphql.ts',
];
const RESOLVER_TYPES = './src/graphql/__generated__/resolvers.ts';

const layerZones = LAYERS.flatMap((layer, index) =>
  index === 0
    ? []
    : [
        {
          target: layer.paths,
          from: LAYERS.slice(0, index).flatMap((above) => above.paths),
          message: `${layer.name} imports only the layers after it in ${ORDER}.`,
        },
      ],
);
const zones = [
  ...layerZones,
  {
    target: BASE,
    from: [...LAYERS.flatMap((layer) => layer.paths), RESOLVER_TYPES],
    message: `the base of src/ (domain, errors, config, logger, paths) imports none of the layers of ${ORDER}.`,
  },
  {
    target: [...LAYERS.filter((layer) => layer.name !== 'src/graphql').flatMap((layer) => layer.paths), ...BASE],
    from: RESOLVER_TYPES,
    message: 'the generated resolver types belong to src/graphql/ (elsewhere use the schema types of src/__generated__/graphql.ts).',
  },
  {
    target: './src',
    from: ['./neo4j', './bench', './test', './scripts', './web'],
    message: 'src/ is the server: it imports nothing of neo4j/, bench/, test/, scripts/ or web/.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'src/__generated__/',
      'src/graphql/__generated__/',
      'neo4j/.dist/',
      'neo4j/.instances/',
      'jest.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle must parse the imported .ts files to follow their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'only src/db/ talks to the driver: run a NamedQuery through the Database or a Transaction.' },
            { name: 'dataloader', message: 'DataLoader belongs to src/graphql/loaders/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'dataloader', message: 'DataLoader belongs to src/graphql/loaders/.' }] }],
    },
  },
  {
    files: ['src/graphql/loaders/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'only src/db/ talks to the driver.' }] }] },
  },
  // The schema (the contract): graphql-eslint's schema rules. Every type, field, argument, input
  // field, enum value and directive is described (the schema itself too: schema/schema.graphql,
  // checked by test/unit/schemaDescriptions.test.ts, as no rule covers it); names follow the
  // naming conventions, mutation inputs are `input: <Mutation>Input`, connections follow Relay.
  {
    files: ['schema/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: './schema/*.graphql' } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/input-name': ['error', { checkInputType: true, caseSensitiveInputType: false, checkQueries: false }],
      // Short descriptions in quotes, longer ones as blocks: prettier keeps both; neither is the rule.
      '@graphql-eslint/description-style': 'off',
      // Every connection field pages forward (`first`/`after`); all but the change feed (a log read
      // on from a place) page backward too, but the rule cannot except one field.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Lists of values (a document's mentions, a fact's evidence) need not be connections.
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
      // Every object with an identity has `id: ID!`; pages, edges, payloads and the value types
      // below have none of their own (a new type without an id must be added here on purpose).
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Payload'],
            types: [
              'Answer',
              'AnswerDate',
              'CandidateJudgement',
              'CommonNeighbor',
              'ConflictEvidence',
              'ConflictSide',
              'DocumentAlias',
              'EntityDate',
              'EntityMatch',
              'EvidenceMatch',
              'Footnote',
              'MatchFeature',
              'Mention',
              'PageInfo',
              'Path',
              'ProposalEvidence',
              'ProposalJudgement',
              'StatusStep',
              'Subgraph',
              'TimelineEntry',
              'UnsureMark',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
