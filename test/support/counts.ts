/** Node and relationship counts, compared before and after a write that must change nothing. */
import type { Database } from '../../src/db/database';
import { countGraphElements, type GraphCounts } from '../../src/store/countGraph';

export async function expectGraphUnchanged(db: Database, action: () => Promise<unknown>): Promise<unknown> {
  const before: GraphCounts = await countGraphElements(db);
  let outcome: unknown;
  try {
    outcome = await action();
  } catch (error) {
    outcome = error;
  }
  expect(await countGraphElements(db)).toEqual(before);
  return outcome;
}
