/**
 * Following a watchlist (Subscription.changes): the changes that touch it, from a place in the
 * log onwards, none left out and none twice. It listens to the process's tail of the log first,
 * then reads the log from `after` up to where the tail began, then passes on what the tail hears;
 * every change is compared by its place in the sequence, which is commit order
 * (store/writes/recordChange.ts), so what was read and what was heard join without a gap.
 * With a depth, the watched entities are read again from the graph before each batch is
 * judged, so an entity that a new fact brings within reach is followed from that fact on.
 */
import type { GraphRunner } from '../db/database';
import { findChangesAfter } from '../store/changeFeed';
import type { ChangeRecord } from '../store/records';
import { findWatchedIds } from '../store/watchedIds';
import type { ChangeTail } from './lib/changeTail';

export interface Watchlist {
  /** Null: every change. */
  entityIds: readonly string[] | null;
  depth: number;
  /** The place to follow from (0: the beginning); undefined: from now. */
  after?: number;
}

const PAGE = 100;

/**
 * Ends when `signal` aborts: a generator waiting for the next change cannot be ended by return()
 * (that waits for the pending next()), so the subscriber's going away wakes it up.
 */
export async function* followChanges(
  db: GraphRunner,
  tail: ChangeTail,
  watch: Watchlist,
  signal: AbortSignal,
): AsyncGenerator<ChangeRecord> {
  const heard: ChangeRecord[] = [];
  let wake: (() => void) | undefined;
  signal.addEventListener('abort', () => wake?.(), { once: true });
  const { from, stop } = await tail.listen((changes) => {
    heard.push(...changes);
    wake?.();
  });
  try {
    const watched = async () => (watch.entityIds ? await findWatchedIds(db, watch.entityIds, watch.depth) : null);
    const touches = (change: ChangeRecord, ids: Set<string> | null) =>
      ids === null || change.entityIds.some((id) => ids.has(id)) || change.liveEntityIds.some((id) => ids.has(id));
    let last = watch.after ?? from;
    let ids = await watched();
    // What was committed between `after` and the tail's start (and maybe beyond: skipped later).
    for (;;) {
      if (signal.aborted) return;
      const page = await findChangesAfter(db, { after: last, limit: PAGE, entityIds: ids && [...ids] });
      for (const change of page) {
        last = change.seq;
        yield change;
      }
      if (page.length < PAGE) break;
    }
    // A filtered read jumps over changes that do not match; the tail's batches go on from its start.
    last = Math.max(last, from);
    while (!signal.aborted) {
      if (heard.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (signal.aborted) resolve();
        });
      }
      wake = undefined;
      const batch = heard.splice(0).filter((change) => change.seq > last);
      if (batch.length === 0) continue;
      if (watch.depth > 0) ids = await watched();
      for (const change of batch) {
        last = change.seq;
        if (touches(change, ids)) yield change;
      }
    }
  } finally {
    stop();
  }
}
