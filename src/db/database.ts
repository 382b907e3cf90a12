/**
 * The one owner of the neo4j-driver: one driver per process, a session per unit of work, the
 * database always named, reads in READ sessions (routed to secondaries in a cluster), writes
 * through executeWrite, a transaction timeout and metadata on every call, sessions closed in
 * `finally`. A read is one statement, so it runs as an auto-commit transaction, retried here as
 * executeRead would retry it: one Bolt write (RUN + PULL) instead of three (BEGIN, RUN + PULL,
 * COMMIT, each flushed and answered on its own), which were a fifth of a relation page's CPU. Every statement is a NamedQuery (namedQuery.ts), inside transactions too. Driver
 * errors are translated to the catalogue's codes here (errors.ts).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { AppError, ErrorCode, fromNeo4jError } from '../errors';
import type { RequestBookmarks } from './bookmarks';
import { recordsOf, toCypherValue } from './cypherValues';
import { cypherOf, type NamedQuery, type Params, type Row } from './namedQuery';
import type { DbHitsSink, QueryStats } from './queryStats';
import { dbHitsOf, transactionOf, type Transaction } from './transaction';

/** What the store layer sees: read or write a named query, one round trip each. */
export interface GraphRunner {
  read<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
  write<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
  /** Several statements in one write transaction (all or nothing); counts one round trip per statement. */
  writeTransaction<T>(name: string, work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** An auto-commit write, for statements that manage their own transactions (CALL ... IN TRANSACTIONS). */
  autoCommit<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs: number;
  maxPoolSize: number;
  acquireTimeoutMs: number;
  /**
   * How long executeRead/executeWrite keep retrying transient failures (a cluster leader
   * switch, a dropped connection). The driver's default, 30 s, turns an outage into hung
   * requests; a few seconds rides out a failover and then fails fast.
   */
  maxRetryMs?: number;
  appName?: string;
}

const metadataOf = (name: string) => ({ app: 'partnership-graph', query: name });

/** A unit of work's transaction settings: Neo4j's timeout and the metadata naming the statement. */
interface UnitConfig {
  timeout: number;
  metadata: ReturnType<typeof metadataOf>;
}

/**
 * On top of the transaction timeout (which Neo4j enforces, so only a server that answers can
 * enforce it) and the retry budget: how long a unit of work may wait for a Neo4j that has gone
 * silent, a connection that is open but carries nothing (a pulled cable, a paused VM, a firewall
 * dropping the flow without a reset). The driver would wait for Neo4j's keep-alive hint (two
 * minutes by default) or for ever; past this deadline the caller gets SERVICE_UNAVAILABLE.
 */
const SILENCE_GRACE_MS = 2_000;
const DEFAULT_MAX_RETRY_MS = 3_000;
/** The first pause before a read is tried again (then doubled, with jitter), as the driver's own retries. */
const RETRY_FIRST_PAUSE_MS = 100;

const silentDatabase = () => new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database did not answer in time; try again shortly.');

/**
 * Units of work running now, shared by every view of one driver. neo4j-driver 6 has no public
 * pool statistics, so /metrics shows this count beside the pool's size: each unit holds one
 * pooled connection while it runs.
 */
interface Activity {
  running: number;
}

export class Database implements GraphRunner {
  private constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly activity: Activity,
    private readonly stats?: QueryStats,
    private readonly profile?: DbHitsSink,
    private readonly bookmarks?: RequestBookmarks,
  ) {}

  static connect(options: DatabaseOptions): Database {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxPoolSize,
      connectionAcquisitionTimeout: options.acquireTimeoutMs,
      maxTransactionRetryTime: options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS,
      // A dead peer is found in bounded time, so a restarted Neo4j costs no long hang: connecting
      // gives up after 5 s; a pooled connection idle for over a minute is checked before it is
      // handed out (a firewall or a restart elsewhere may have dropped it silently); none lives
      // past 30 minutes.
      connectionTimeout: 5_000,
      connectionLivenessCheckTimeout: 60_000,
      maxConnectionLifetime: 30 * 60_000,
      userAgent: options.appName ?? 'partnership-graph',
      logging: { level: 'error', logger: () => undefined },
    });
    return new Database(driver, options, { running: 0 });
  }

  get databaseName(): string {
    return this.options.database;
  }

  /** Sessions open now (each holds a pooled connection while its unit of work runs). */
  get runningSessions(): number {
    return this.activity.running;
  }

  get maxPoolSize(): number {
    return this.options.maxPoolSize;
  }

  /** A view of the same driver whose transactions may run for `txTimeoutMs` (migrations, the seed). */
  withTxTimeout(txTimeoutMs: number): Database {
    return new Database(this.driver, { ...this.options, txTimeoutMs }, this.activity, this.stats, this.profile, this.bookmarks);
  }

  /** A view of the same driver that counts round trips into `stats`. */
  withStats(stats: QueryStats): Database {
    return new Database(this.driver, this.options, this.activity, stats, this.profile, this.bookmarks);
  }

  /**
   * A view of the same driver that runs every read and transaction statement under PROFILE and
   * adds its db hits into `sink` (the bench's db-hits guard; never the serving path).
   */
  withProfile(sink: DbHitsSink): Database {
    return new Database(this.driver, this.options, this.activity, this.stats, sink, this.bookmarks);
  }

  /**
   * A view of the same driver whose sessions share one request's bookmarks (bookmarks.ts): each
   * starts once what they name is applied, and adds its own.
   */
  withBookmarks(bookmarks: RequestBookmarks): Database {
    return new Database(this.driver, this.options, this.activity, this.stats, this.profile, bookmarks);
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw fromNeo4jError(error) ?? error;
    }
  }

  read<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    const cypher = this.profile ? `PROFILE ${cypherOf(query)}` : cypherOf(query);
    const values = toCypherValue(params) as Params;
    return this.unitOfWork('READ', query.name, async (session, config, abandoned) => {
      if (this.stats) this.stats.roundTrips += 1;
      const result = await this.retrying(() => session.run<R>(cypher, values, config), abandoned);
      if (this.profile) this.profile.dbHits += dbHitsOf(result.summary.profile);
      return recordsOf(result);
    });
  }

  write<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    return this.run('WRITE', query.name, (tx) => tx.run<R>(query, params));
  }

  writeTransaction<T>(name: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', name, work);
  }

  async autoCommit<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    const session = this.sessionFor('WRITE');
    this.activity.running += 1;
    try {
      if (this.stats) this.stats.roundTrips += 1;
      const records = recordsOf(
        await session.run<R>(cypherOf(query), toCypherValue(params) as Params, { metadata: metadataOf(query.name) }),
      );
      this.bookmarks?.noteWrite();
      return records;
    } catch (error) {
      throw fromNeo4jError(error) ?? error;
    } finally {
      this.activity.running -= 1;
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private run<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const unit = (tx: ManagedTransaction) => work(transactionOf(tx, this.stats, this.profile));
    return this.unitOfWork(mode, name, (session, config) =>
      mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config),
    );
  }

  /**
   * What executeRead does for a managed transaction, for one auto-commit statement: transient
   * failures (a dropped connection, a leader switch, a deadlock) are tried again with growing
   * pauses until the retry budget is spent; nothing is retried once the caller gave up.
   */
  private async retrying<T>(attempt: () => Promise<T>, abandoned: () => boolean): Promise<T> {
    const until = Date.now() + (this.options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS);
    for (let pause = RETRY_FIRST_PAUSE_MS; ; pause *= 2) {
      try {
        return await attempt();
      } catch (error) {
        const wait = pause * (0.8 + Math.random() * 0.4);
        if (!neo4j.isRetryableError(error) || abandoned() || Date.now() + wait > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /**
   * One session for one unit of work: counted as running, bounded by the silence deadline, its
   * errors translated. `abandoned()` says whether the caller has been answered already.
   */
  private async unitOfWork<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (session: Session, config: UnitConfig, abandoned: () => boolean) => Promise<T>,
  ): Promise<T> {
    const session = this.sessionFor(mode);
    const config = { timeout: this.options.txTimeoutMs, metadata: metadataOf(name) };
    this.activity.running += 1;
    let timer: NodeJS.Timeout | undefined;
    let silent = false;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        silent = true;
        reject(silentDatabase());
      }, this.deadlineMs);
    });
    try {
      const done = work(session, config, () => silent);
      // The work is abandoned, not cancelled: its late outcome must not surface as unhandled.
      done.catch(() => undefined);
      const result = await Promise.race([done, deadline]);
      if (mode === 'WRITE') this.bookmarks?.noteWrite();
      return result;
    } catch (error) {
      throw fromNeo4jError(error) ?? error;
    } finally {
      clearTimeout(timer);
      this.activity.running -= 1;
      // A session on a silent connection would wait as long to close: let it close when it can.
      if (silent) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  private sessionFor(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks?.manager });
  }

  /**
   * Waiting for a pooled connection, the transaction timeout, retries, then the grace: a Neo4j
   * that answers has answered by then (20 s with the defaults).
   */
  private get deadlineMs(): number {
    const { acquireTimeoutMs, txTimeoutMs, maxRetryMs = DEFAULT_MAX_RETRY_MS } = this.options;
    return acquireTimeoutMs + txTimeoutMs + maxRetryMs + SILENCE_GRACE_MS;
  }
}
