import { fromNeo4jError } from '../../src/errors';

describe('Neo4j errors as client codes', () => {
  it("answers Neo4j's refusal of a value too large to index as BAD_USER_INPUT pointing to the limits", () => {
    // The error Neo4j 5.26 gave for a 10,000-character entity id (before validation bounded ids).
    const error = Object.assign(
      new Error(
        "Property value is too large to index, please see index documentation for limitations. Index: Index( id=3, name='entity_id', type='RANGE' )",
      ),
      { code: 'Neo.DatabaseError.Statement.ExecutionFailed' },
    );
    const mapped = fromNeo4jError(error);
    expect(mapped?.extensions.code).toBe('BAD_USER_INPUT');
    expect(mapped?.message).toMatch(/docs\/limits\.md/);
  });

  it.each(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockAcquisitionTimeout'])(
    'answers %s that outlived the retries as SERVICE_UNAVAILABLE, a write the client may retry',
    (code) => {
      const error = Object.assign(new Error('ForsetiClient[transactionId=12] cannot acquire lock'), { code });
      expect(fromNeo4jError(error)?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    },
  );

  it('leaves other execution failures unknown, to be masked', () => {
    const error = Object.assign(new Error('Something else broke'), { code: 'Neo.DatabaseError.Statement.ExecutionFailed' });
    expect(fromNeo4jError(error)).toBeUndefined();
  });
});
