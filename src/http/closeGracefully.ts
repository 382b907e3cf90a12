/**
 * Stops an HTTP server the way a rolling deploy needs: no new connections, idle keep-alive
 * connections closed now, in-flight requests allowed to finish, and after `graceMs` whatever
 * is still open is cut, so shutdown is bounded.
 */
import type * as http from 'node:http';

export function closeGracefully(server: http.Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
