/**
 * `kasip serve`: opens the database (migrating it), builds the web app when needed and serves
 * API and web app until SIGTERM/SIGINT, then drains and closes cleanly.
 */
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describeDb, loadConfig } from '../../config.js';
import { AppError } from '../../domain/shared/errors.js';
import { createApp } from '../../http/app.js';
import { listen } from '../../http/server.js';
import { createLogger } from '../../logger.js';
import { createServices } from '../../services/index.js';
import { openDb, openReplicaDb } from '../../storage/db.js';
import { WORKER_HEADER, resolveWorkers, runClusterPrimary } from '../serve-cluster.js';
import { buildWeb, webBuildIsStale } from '../web-build.js';
import { loadBundledIfEmpty } from '../bundled-editions.js';

const ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export function serveCommand(): Command {
  return new Command('serve')
    .description('Serve the API and the web app (default http://127.0.0.1:8080)')
    .option('--host <host>', 'interface to listen on (env HOST)')
    .option('--port <port>', 'port to listen on (env PORT)')
    .option('--build-web', 'build the web app first if it is missing or stale')
    .option('--workers <n>', 'processes sharing the port (default: every core with DATABASE_URL, else 1)')
    .action(async (opts: { host?: string; port?: string; buildWeb?: boolean; workers?: string }) => {
      const config = loadConfig(undefined, { host: opts.host, port: opts.port });
      const logger = createLogger(config.logLevel);
      const say = (msg: string) => logger.info(msg);
      if (opts.buildWeb && webBuildIsStale(ROOT)) await buildWeb(ROOT, say);
      const workers = resolveWorkers(opts.workers, config.db);
      if (workers > 1 && cluster.isPrimary) return runClusterPrimary(workers, config, logger);

      const database = await openDb(config.db);
      let closing = false;
      try {
        // Under --workers the primary has migrated already.
        const state = cluster.isWorker ? await database.migrationState() : await database.migrate();
        say(
          `Database: ${describeDb(config.db)} (${await database.version()}), ${state.applied.length} migrations applied.`,
        );
      } catch (error) {
        await database.close();
        throw error;
      }
      const replica = config.replicaUrl ? openReplicaDb(config.replicaUrl) : undefined;
      const services = createServices(database, {
        accounts: config.accounts,
        ...(replica ? { replica } : {}),
        onReplicaFallback: (error) =>
          logger.warn(`The read replica is unreachable; reading from the primary: ${error}`),
      });
      if (!cluster.isWorker) await loadBundledIfEmpty(services, config, say);
      const app = createApp({ services, webDistDir: config.webDistDir, logger });

      const server = listen(app.fetch, { hostname: config.host, port: config.port, limits: config.server }, (info) => {
        say(`Kasip is listening on http://${config.host}:${info.port}`);
      });
      if (cluster.worker) {
        const id = String(cluster.worker.id);
        (server as Server).prependListener('request', (_req, res) => res.setHeader(WORKER_HEADER, id));
      }
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', async (error: NodeJS.ErrnoException) => {
          await database.close();
          reject(
            error.code === 'EADDRINUSE'
              ? new AppError(
                  'conflict',
                  `Port ${config.port} on ${config.host} is already in use; set PORT or --port to another one.`,
                )
              : error,
          );
        });
      });

      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        say(`Received ${signal}; closing.`);
        const forced = setTimeout(() => process.exit(1), 10_000);
        forced.unref();
        server.close(async () => {
          await database.close();
          await replica?.close();
          say('Closed.');
          process.exitCode = 0;
          // A worker's channel to the primary would keep it alive.
          if (cluster.isWorker) process.disconnect?.();
        });
        // Keep-alive connections would hold close() open; end idle ones now.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
    });
}
