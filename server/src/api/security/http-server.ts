import http from 'node:http';
import type { SecurityConfig } from '../../config/security-variables';

/**
 * The HTTP server with bounded waits, so slow or idle clients cannot hold connections: all
 * headers within `headersMs` (slow-loris), the whole request within `requestMs`, idle keep-alive
 * connections closed after `keepAliveMs`. Node enforces the first two on a timer, which by default
 * fires only every 30 s; a quarter of the headers timeout keeps the overshoot small. Responses
 * (model streams) are not limited here: generation has its own timeout.
 */
export function createHttpServer(listener: http.RequestListener, timeouts: SecurityConfig['timeouts']): http.Server {
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: Math.min(5_000, Math.max(100, Math.floor(timeouts.headersMs / 4))),
    },
    listener,
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}
