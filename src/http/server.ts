/**
 * The Node HTTP server around the app, with bounds on what one client may hold: Node's defaults
 * let a body trickle in for 300 s and accept any number of connections, so a few slow clients
 * could keep every socket busy. Timeouts are checked every second (Node's default is every 30 s,
 * which would let a slow client run 30 s past its bound).
 */
import { type ServerType, serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { ServerConfig } from '../config.js';

/** Timeouts and the connection bound; from the environment (config.ts, README's configuration table). */
export type ServerLimits = ServerConfig;

export type ListenOptions = { hostname: string; port: number; limits: ServerLimits };

/** Starts serving `fetch` with the limits; the server emits 'listening' or 'error'. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  { hostname, port, limits }: ListenOptions,
  onListening?: (info: { port: number }) => void,
): ServerType {
  const server = serve(
    {
      fetch,
      hostname,
      port,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
      },
    },
    onListening,
  );
  (server as Server).maxConnections = limits.maxConnections;
  return server;
}
