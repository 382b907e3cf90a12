/**
 * WebSocket upgrades of /graphql, handed to graphql-ws (`graphql-transport-ws`): subscriptions
 * only (graphql/subscriptions.ts); a POST of a subscription is still refused with 400.
 * Fastify does not handle upgrades, so this listens on its Node server; any other path is
 * refused with 404 and the socket closed. On close every WebSocket is closed with 1001 (going
 * away), or a subscriber would hold the drain until its client gave up.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

/** Largest message a client may send (a subscription document with its variables). */
const MAX_MESSAGE_BYTES = 64 * 1024;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller's own Extra (graphql/subscriptions.ts)
export type SubscriptionServerOptions = ServerOptions<Record<string, unknown> | undefined, any>;

export function registerSubscriptions(app: FastifyInstance, options: SubscriptionServerOptions, onClose: () => void): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const server = useServer(options, sockets);
  app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (request.url?.split('?')[0] !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });
  app.addHook('onClose', async () => {
    onClose();
    for (const client of sockets.clients) client.close(1001, 'server shutting down');
    await server.dispose();
  });
}
