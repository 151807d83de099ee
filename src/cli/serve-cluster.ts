/**
 * `kasip serve --workers N`: Node's own cluster module runs N copies of the server sharing one
 * port (the primary hands connections out in turn). The app is stateless — sessions, rate limits
 * and data are in the database, caches follow LISTEN/NOTIFY — so any worker serves any request.
 * The primary only prepares the database once, forks, restarts a worker that dies, and stops them
 * all on SIGTERM/SIGINT.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { type Config, ConfigError, type DbConfig, describeDb } from '../config.js';
import { createServices } from '../services/index.js';
import { openDb } from '../storage/db.js';
import { loadBundledIfEmpty } from './bundled-editions.js';

/** The response header naming the worker (1…N, not a pid) that answered, when there are several. */
export const WORKER_HEADER = 'X-Kasip-Worker';

/** A worker that dies is restarted after this pause, so a crash at start cannot spin the CPU. */
const RESTART_DELAY_MS = 1000;

/**
 * The number of workers: as asked, else every core on a server database and one on the embedded
 * database, which one process at a time may open (its lock would refuse the second worker).
 */
export function resolveWorkers(requested: string | undefined, db: DbConfig, cores = availableParallelism()): number {
  const server = db.kind === 'server';
  if (requested === undefined) return server ? cores : 1;
  const n = Number(requested);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new ConfigError([`--workers: "${requested}" is not a whole number from 1 to 256`]);
  }
  if (n > 1 && !server) {
    throw new ConfigError([
      `--workers ${n}: the embedded database allows one process; set DATABASE_URL to a PostgreSQL server to run several workers`,
    ]);
  }
  return n;
}

/** What the primary does once, before any worker starts: migrate, and load the bundled standard into an empty database. */
async function prepareDatabase(config: Config, say: (msg: string) => void): Promise<void> {
  const database = await openDb(config.db);
  try {
    const state = await database.migrate();
    say(
      `Database: ${describeDb(config.db)} (${await database.version()}), ${state.applied.length} migrations applied.`,
    );
    await loadBundledIfEmpty(createServices(database, { accounts: config.accounts }), config, say);
  } finally {
    await database.close();
  }
}

/** The cluster's primary: prepares the database, forks `workers` servers, keeps them running until a signal. */
export async function runClusterPrimary(
  workers: number,
  config: Config,
  log: { info: (msg: string) => void; warn: (msg: string) => void },
): Promise<void> {
  await prepareDatabase(config, log.info);
  let stopping = false;
  const fork = () => cluster.fork({ KASIP_WORKER: '1' });
  cluster.on('exit', (worker: Worker, code, signal) => {
    // A worker that closed cleanly (it was told to stop) is not replaced.
    if (stopping || (code === 0 && !signal)) return;
    log.warn(
      `Worker ${worker.id} (pid ${worker.process.pid}) died (${signal ?? `exit code ${code}`}); starting another.`,
    );
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS);
  });
  for (let i = 0; i < workers; i++) fork();
  log.info(`Started ${workers} workers (primary pid ${process.pid}).`);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`Received ${signal}; stopping ${Object.keys(cluster.workers ?? {}).length} workers.`);
    const forced = setTimeout(() => process.exit(1), 15_000);
    forced.unref();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length > 0) return;
      clearInterval(check);
      log.info('All workers stopped.');
      process.exitCode = 0;
    }, 100);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
