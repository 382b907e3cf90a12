/**
 * The one owner of the neo4j-driver: one driver per process, a session per unit of work, the
 * database always named, reads through executeRead (routed to secondaries in a cluster), writes
 * through executeWrite, a transaction timeout and metadata on every call, sessions closed in
 * `finally`. Driver errors are translated to the catalogue's codes here (errors.ts).
 * Integers come back as JS numbers (disableLosslessIntegers): our counts stay far below 2^53.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { fromNeo4jError } from '../errors';

/** A named, parameterised Cypher statement: the graph layer's unit of work. */
export interface NamedQuery {
  readonly name: string;
  readonly cypher: string;
}

export type Params = Record<string, unknown>;
export type Row = RecordShape;

/** What the graph layer sees: read or write a named query, one round trip each. */
export interface GraphRunner {
  read<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
  write<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
  /** Several statements in one write transaction (all or nothing); counts one round trip per statement. */
  writeTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
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

/** Per-request counters, so tests and logs can see how many round trips a request cost. */
export interface QueryStats {
  roundTrips: number;
}

export class Database implements GraphRunner {
  private constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly stats?: QueryStats,
  ) {}

  static connect(options: DatabaseOptions): Database {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxPoolSize,
      connectionAcquisitionTimeout: options.acquireTimeoutMs,
      maxTransactionRetryTime: options.maxRetryMs ?? 3_000,
      connectionTimeout: 5_000,
      userAgent: options.appName ?? 'partnership-graph',
      logging: { level: 'error', logger: () => undefined },
    });
    return new Database(driver, options);
  }

  get databaseName(): string {
    return this.options.database;
  }

  /** A view of the same driver whose transactions may run for `txTimeoutMs` (migrations, the seed). */
  withTxTimeout(txTimeoutMs: number): Database {
    return new Database(this.driver, { ...this.options, txTimeoutMs }, this.stats);
  }

  /** A view of the same driver that counts round trips into `stats`. */
  withStats(stats: QueryStats): Database {
    return new Database(this.driver, this.options, stats);
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw fromNeo4jError(error) ?? error;
    }
  }

  read<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    return this.run('READ', query.name, (tx) => tx.run<R>(query.cypher, params)).then(recordsOf);
  }

  write<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    return this.run('WRITE', query.name, (tx) => tx.run<R>(query.cypher, params)).then(recordsOf);
  }

  writeTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', name, work);
  }

  async autoCommit<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      if (this.stats) this.stats.roundTrips += 1;
      return recordsOf(await session.run<R>(query.cypher, toCypherValue(params) as Params, { metadata: { app: 'partnership-graph', query: query.name } }));
    } catch (error) {
      throw fromNeo4jError(error) ?? error;
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Counts round trips (when asked) and converts parameters for every statement of a transaction. */
  private counting(tx: ManagedTransaction): ManagedTransaction {
    const stats = this.stats;
    return new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver);
        return (cypher: string, params?: Params) => {
          if (stats) stats.roundTrips += 1;
          return target.run(cypher, toCypherValue(params ?? {}) as Params);
        };
      },
    });
  }

  private async run<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: this.options.txTimeoutMs, metadata: { app: 'partnership-graph', query: name } };
    try {
      const counted = (tx: ManagedTransaction) => work(this.counting(tx));
      return mode === 'READ' ? await session.executeRead(counted, config) : await session.executeWrite(counted, config);
    } catch (error) {
      throw fromNeo4jError(error) ?? error;
    } finally {
      await session.close();
    }
  }
}

/**
 * JavaScript has one number type; Cypher tells INTEGER from FLOAT (LIMIT and SKIP refuse 2.0,
 * and offsets stored as floats read as 2381.0 in Neo4j Browser). Our parameters carry no
 * fractional values, so every whole number becomes a Cypher INTEGER here, at the one boundary.
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherValue(item)]));
  }
  return value;
}

function recordsOf<R extends Row>(result: QueryResult<R>): R[] {
  return result.records.map((record) => record.toObject() as R);
}
