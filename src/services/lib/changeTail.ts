/**
 * One process's reader of the head of the audit log, shared by all its subscriptions: it polls
 * Neo4j for changes numbered above the last one it saw (never this process's memory of its own
 * writes), so a write through any replica reaches every replica's subscribers within one poll
 * interval plus a read. It polls only while someone listens, one statement per interval however
 * many subscribers there are, and hands each batch to every listener in sequence order.
 */
import type { GraphRunner } from '../../db/database';
import { findChangesAfter, findLastChangeSequence } from '../../store/changeFeed';
import type { ChangeRecord } from '../../store/records';

export type ChangeListener = (changes: readonly ChangeRecord[]) => void;

export interface ChangeTailOptions {
  /** Between polls once the head is reached (CHANGE_POLL_MS). */
  intervalMs?: number;
  /** Changes read per statement; a full batch is followed by another read at once. */
  batch?: number;
  /** Told when a poll fails (the next one retries). */
  onError?: (error: unknown) => void;
}

export class ChangeTail {
  private readonly listeners = new Set<ChangeListener>();
  private head: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly intervalMs: number;
  private readonly batch: number;

  constructor(
    private readonly db: GraphRunner,
    private readonly options: ChangeTailOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 250;
    this.batch = options.batch ?? 100;
  }

  /**
   * Adds a listener; resolves with the place it hears from: every change numbered above it
   * reaches the listener, in order. Returns that place and the way to stop listening.
   */
  async listen(listener: ChangeListener): Promise<{ from: number; stop: () => void }> {
    this.listeners.add(listener);
    const fresh = !this.head;
    if (!this.head) {
      this.head = findLastChangeSequence(this.db);
      this.head.then(() => this.schedule(0)).catch(() => undefined);
    }
    const stop = () => void this.listeners.delete(listener);
    try {
      if (fresh) return { from: await this.head, stop };
      // The tail's head is where its last poll got to, up to an interval behind the log: a
      // listener joining "now" must not hear the changes committed before it joined (through
      // another replica, say) as new. It hears from the log's head as it is now; the tail hands
      // on everything above its own head, so nothing above that one is missed.
      const [tailHead, now] = await Promise.all([this.head, findLastChangeSequence(this.db)]);
      return { from: Math.max(tailHead, now), stop };
    } catch (error) {
      stop();
      // Only a head this listener was to read is dropped; other listeners' polls go on from theirs.
      if (fresh) this.head = undefined;
      throw error;
    }
  }

  /** Stops polling for good (server shutdown). */
  close(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    if (this.listeners.size === 0) {
      // Idle: forget the head; the next listener reads it afresh rather than replaying a backlog.
      this.head = undefined;
      return;
    }
    let full = false;
    try {
      const after = await this.head!;
      const changes = await findChangesAfter(this.db, { after, limit: this.batch });
      if (changes.length > 0) {
        this.head = Promise.resolve(changes.at(-1)!.seq);
        for (const listener of this.listeners) listener(changes);
      }
      full = changes.length === this.batch;
    } catch (error) {
      this.options.onError?.(error);
    }
    this.schedule(full ? 0 : this.intervalMs);
  }
}
