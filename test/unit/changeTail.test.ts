import type { GraphRunner } from '../../src/db/database';
import { ChangeTail } from '../../src/services/lib/changeTail';
import type { ChangeRecord } from '../../src/store/records';

/** A log in memory, answering the two statements the tail reads (by their names). */
function logOf(seqs: number[]): { db: GraphRunner; append: (seq: number) => void } {
  const log = [...seqs];
  const read = async (query: { name: string }, params?: Record<string, unknown>) => {
    if (query.name === 'lastChangeSequence') return [{ last: log.length ? Math.max(...log) : null }];
    if (query.name === 'findChangesAfter') {
      const after = params!.after as number;
      return log.filter((seq) => seq > after).map((seq) => ({ change: { seq } as ChangeRecord }));
    }
    throw new Error(`unexpected statement ${query.name}`);
  };
  return { db: { read } as unknown as GraphRunner, append: (seq) => void log.push(seq) };
}

describe('the change tail', () => {
  it('starts a listener joining while it runs from the log as it is now, not from its last poll', async () => {
    const { db, append } = logOf([1, 2]);
    const tail = new ChangeTail(db, { intervalMs: 60_000 });
    try {
      const first = await tail.listen(() => undefined);
      expect(first.from).toBe(2);
      // Committed (through another replica, say) after the tail's last poll, before the next listener joins.
      append(3);
      append(4);
      const second = await tail.listen(() => undefined);
      expect(second.from).toBe(4);
    } finally {
      tail.close();
    }
  });
});
