/**
 * Unit tests (test/unit) need no database; integration tests (test/integration) run against a
 * real Neo4j that test/globalSetup.ts starts (a throwaway local instance) unless NEO4J_URI is set.
 * Tests run in band: they share one Neo4j database, and the machine has two cores.
 * Type errors are caught by `npm run typecheck`, so ts-jest only transpiles here (fast).
 * content-disposition (under @fastify/static) ships only ES modules: Node loads it with
 * require(esm), Jest's module runtime cannot, so ts-jest transpiles that one package to CommonJS.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    '/node_modules/content-disposition/.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 30_000,
  verbose: true,
};
