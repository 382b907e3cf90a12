import { buildSchema, parse, validate } from 'graphql';
import { readTypeDefs } from '../../src/graphql/typeDefs';
import { ASK_OPERATIONS } from '../../web/explore/askQuery';
import { ALL_OPERATIONS } from '../../web/explore/queries';
import { REVIEW_OPERATIONS } from '../../web/explore/reviewQueries';

// The explorer uses only the public API: each of its operations must be valid against schema/.
const schema = buildSchema(readTypeDefs());

describe("the explorer's GraphQL operations", () => {
  it.each(Object.entries({ ...ALL_OPERATIONS, ...REVIEW_OPERATIONS, ...ASK_OPERATIONS }))(
    '%s is valid against the schema',
    (_name, operation) => {
      expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
    },
  );
});
