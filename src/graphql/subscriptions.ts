/**
 * Subscriptions over graphql-ws (the `graphql-transport-ws` protocol): the options of its server,
 * given the executable schema (schema.ts). Only subscriptions are served this way; queries and
 * mutations stay on HTTP, where their limits, rate limits and idempotency keys apply. The same
 * rules as HTTP otherwise: the caller comes from the `Authorization` of the connection's init
 * payload (browsers cannot set headers on a WebSocket) or of the upgrade request, with
 * READS_REQUIRE_TOKEN an unknown or missing token is refused at connection (close 4403), each
 * document is parsed with the token limit and validated with the same limits (limits.ts), and
 * errors are masked by the same formatError.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { EditorToken, NamedToken } from '../config';
import type { Database } from '../db/database';
import { AppError, ErrorCode } from '../errors';
import type { Logger } from '../logger';
import type { ChangeTail } from '../services/lib/changeTail';
import { callerOf, type Caller } from './auth';
import { createRequestContext } from './context';
import { createFormatError } from './formatError';
import { createArmor, LIMITS } from './limits';

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  db: Database;
  changeTail: ChangeTail;
  editors: readonly EditorToken[];
  readers?: readonly NamedToken[];
  readsRequireToken: boolean;
  logger: Logger;
  production: boolean;
}

/** What graphql-ws's ws adapter puts in each connection's context. */
interface WsExtra {
  request: IncomingMessage;
  caller?: Caller;
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): string | undefined {
  const given = params?.authorization ?? params?.Authorization;
  return typeof given === 'string' ? given : request.headers.authorization;
}

export function subscriptionServerOptions(options: SubscriptionOptions): ServerOptions<Record<string, unknown> | undefined, WsExtra> {
  const { schema, db, editors, readers = [], readsRequireToken } = options;
  const rules = [...specifiedRules, ...createArmor().validationRules];
  const formatError = createFormatError(options.logger, { includeStacktrace: !options.production });
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  return {
    schema,
    onConnect: (ctx) => {
      const caller = callerOf(authorizationOf(ctx.connectionParams, ctx.extra.request), editors, readers);
      ctx.extra.caller = caller;
      if (readsRequireToken && caller.kind !== 'editor' && caller.kind !== 'reader') return false;
      return true;
    },
    onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
      let document;
      try {
        document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      const invalid = validate(schema, document, rules);
      if (invalid.length > 0) return invalid;
      const operation = getOperationAST(document, payload.operationName);
      if (operation?.operation !== 'subscription') {
        return [
          new AppError(
            ErrorCode.OPERATION_NOT_SUPPORTED,
            'Only subscriptions are served over WebSocket: send queries and mutations over HTTP.',
          ),
        ];
      }
      const context = createRequestContext(db, randomUUID(), ctx.extra.caller);
      return {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: { ...context, changeTail: options.changeTail },
      };
    },
    onError: (_ctx, _id, _payload, errors) => format(errors),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : result),
  };
}
