/**
 * Brings the server up in the order a restart needs: driver, Apollo, HTTP listening (liveness
 * answers, readiness says no), then the graph prepared (migrations, first seed), retrying while
 * Neo4j is down, so a server started before its database still comes up without a restart.
 * Everything it opens is pushed onto `cleanups`, to be undone in reverse order.
 */
import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import { Database } from '../db/database';
import { createApolloServer } from '../graphql/apollo';
import { createContextFactory } from '../graphql/context';
import { createSchema } from '../graphql/schema';
import { subscriptionServerOptions } from '../graphql/subscriptions';
import { ChangeTail } from '../services/lib/changeTail';
import { drainAndClose } from '../http/drain';
import type { Readiness } from '../http/routes/health';
import { createHttpServer } from '../http/server';
import type { Logger } from '../logger';
import { createMetricsRegistry } from '../metrics';
import { WEB_DIST_DIR } from '../paths';
import { prepareGraph } from './prepareGraph';
import { warmNameIndex } from './warmNameIndex';

export interface StartOptions {
  config: Config;
  /** The Neo4j to use (config.neo4j.uri, checked by the caller). */
  uri: string;
  logger: Logger;
  /** Undone in reverse order on shutdown. */
  cleanups: Array<() => Promise<unknown>>;
  /** Returns true once shutdown has begun. */
  stopping: () => boolean;
}

/** Resolves with the port once the graph is prepared, or undefined when shutdown came first. */
export async function startServer({ config, uri, logger, cleanups, stopping }: StartOptions): Promise<number | undefined> {
  const db = Database.connect({ ...config.neo4j, uri, password: config.neo4j.password ?? '' });
  cleanups.push(() => db.close());

  const metrics = createMetricsRegistry();
  const schema = createSchema();
  const changeTail = new ChangeTail(db, {
    intervalMs: config.changePollMs,
    onError: (err) => logger.warn({ err }, 'reading the change feed failed; retrying'),
  });
  const apollo = createApolloServer({
    logger,
    metrics,
    schema,
    production: config.env === 'production',
    introspection: config.introspection,
    fieldSuggestions: config.fieldSuggestions,
  });
  await apollo.start();
  cleanups.push(() => apollo.stop());
  const readiness: Readiness = { graphPrepared: false };
  const app = await createHttpServer({
    apollo,
    createContext: createContextFactory({
      db,
      editors: config.editors,
      readers: config.readers,
      readsRequireToken: config.readsRequireToken,
    }),
    db,
    readiness,
    webDir: WEB_DIST_DIR,
    logger,
    limits: config.http,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    metrics,
    metricsToken: config.metricsToken,
    rateLimits: config.rateLimits,
    subscriptions: {
      options: subscriptionServerOptions({
        schema,
        db,
        changeTail,
        editors: config.editors,
        readers: config.readers,
        readsRequireToken: config.readsRequireToken,
        logger,
        production: config.env === 'production',
      }),
      onClose: () => changeTail.close(),
    },
  });
  let listening = false;
  cleanups.push(() => (listening ? drainAndClose(app, readiness, { graceMs: config.shutdownGraceMs }) : app.close()));
  // A listen error (EADDRINUSE...) keeps its syscall, address and port: index.ts prints it in one line.
  await app.listen({ port: config.port, host: config.host });
  listening = true;
  if (!(await prepareGraph(db, readiness, logger, { seedOnEmpty: config.seedOnEmpty, stopping }))) return undefined;
  warmNameIndex(db, logger, readiness);
  return (app.server.address() as AddressInfo).port;
}
