/**
 * The server side of a benchmark, run as a child process of bench/run.ts so the load generator
 * (autocannon) and the server do not share one event loop. Two kinds:
 *
 * - `baseline`: a bare node:http server answering every request with fixed bytes from memory.
 * - `app`: the real app (createApp + createServices) over an embedded PGlite in `dataDir`, with
 *   the bundled edition loaded and, for the scale benchmark, synthetic editions loaded through
 *   the same `services.editions.load`.
 *
 * It talks to the parent over IPC: `progress`, `loaded`, `ready` (with the port), `cpu` (its
 * CPU time, on request) and `error`; it stops on `stop`.
 */
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../src/http/app.js';
import { findEditionFolders, readEdition } from '../src/importer/read-edition.js';
import { createServices } from '../src/services/index.js';
import { type OpenDb, openDb } from '../src/storage/db.js';
import { listEditions } from '../src/storage/repositories/edition.repository.js';
import { machineBusyUs } from './cpu.js';
import { syntheticEdition } from './synthetic-standard.js';

export type ServerConfig =
  | { kind: 'baseline'; bodyFile: string; contentType: string; contentEncoding?: string }
  | {
      kind: 'app';
      dataDir: string;
      standardsDir: string;
      synthetic?: { count: number; seed: number; budgetSeconds: number; progressEvery: number };
    };

export type LoadSummary = {
  bundled: { edition: string; items: number; ms: number };
  synthetic?: {
    requested: number;
    loaded: number;
    items: number;
    /** Wall time of the whole loop (generation + load). */
    wallMs: number;
    /** Time spent inside services.editions.load only. */
    loadMs: number;
    generateMs: number;
    itemsPerSecond: number;
    budgetHit: boolean;
    /** CPU time of this process during the loop (generation + load), µs */
    cpuUs: number;
    /** busy CPU time of the whole machine during the loop, µs (0 without /proc/stat) */
    machineBusyUs: number;
    fidelityProblems: number;
    warnings: number;
    firstEditionsMsPerItem: number;
    lastEditionsMsPerItem: number;
    editionIds: string[];
  };
};

export type ChildMessage =
  | { type: 'progress'; text: string }
  | { type: 'loaded'; summary: LoadSummary }
  | { type: 'ready'; port: number }
  | { type: 'cpu'; userUs: number; systemUs: number }
  | { type: 'probe'; timings: Record<string, number> }
  | { type: 'error'; message: string };

const send = (message: ChildMessage) => process.send?.(message);

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (server.listening) resolve((server.address() as AddressInfo).port);
    else server.once('listening', () => resolve((server.address() as AddressInfo).port));
  });
}

async function startBaseline(config: Extract<ServerConfig, { kind: 'baseline' }>) {
  const body = await readFile(config.bodyFile);
  const headers = {
    'content-type': config.contentType,
    'content-length': String(body.length),
    // The compressed baseline (bench/compression.ts) serves the app's brotli bytes as they are.
    ...(config.contentEncoding ? { 'content-encoding': config.contentEncoding } : {}),
  };
  const server = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
  return { server, close: async () => {}, probe: async () => ({}) };
}

async function startApp(config: Extract<ServerConfig, { kind: 'app' }>) {
  const database = await openDb({ kind: 'embedded', dataDir: config.dataDir });
  await database.migrate();
  const services = createServices(database);

  const [folder] = await findEditionFolders(config.standardsDir);
  if (!folder) throw new Error(`no edition folder under ${config.standardsDir}`);
  const bundledEdition = await readEdition(folder);
  let started = performance.now();
  const report = await services.editions.load(bundledEdition);
  const summary: LoadSummary = {
    bundled: { edition: report.edition, items: report.items.total, ms: performance.now() - started },
  };

  if (config.synthetic) {
    const { count, seed, budgetSeconds, progressEvery } = config.synthetic;
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    const busyStart = machineBusyUs();
    let loadMs = 0;
    let generateMs = 0;
    let items = 0;
    let fidelityProblems = 0;
    let warnings = 0;
    let budgetHit = false;
    const perItem: number[] = [];
    const editionIds: string[] = [];
    for (let i = 0; i < count; i++) {
      if ((performance.now() - wallStart) / 1000 > budgetSeconds) {
        budgetHit = true;
        break;
      }
      started = performance.now();
      const edition = syntheticEdition(i, { seed });
      generateMs += performance.now() - started;
      started = performance.now();
      const r = await services.editions.load(edition);
      const ms = performance.now() - started;
      loadMs += ms;
      items += r.items.total;
      fidelityProblems += r.fidelityProblems;
      warnings += r.warnings.length;
      perItem.push(ms / r.items.total);
      editionIds.push(r.edition);
      const done = i + 1;
      if (done % progressEvery === 0 || done === count) {
        const elapsed = (performance.now() - wallStart) / 1000;
        const eta = (elapsed / done) * (count - done);
        send({
          type: 'progress',
          text: `loaded ${done}/${count} editions, ${items.toLocaleString('en')} items, ${Math.round(
            items / (loadMs / 1000),
          ).toLocaleString('en')} items/s in load(), ${elapsed.toFixed(0)} s elapsed, ~${eta.toFixed(0)} s to go`,
        });
      }
    }
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const window = Math.max(1, Math.min(50, Math.floor(perItem.length / 4)));
    summary.synthetic = {
      requested: count,
      loaded: editionIds.length,
      items,
      wallMs: performance.now() - wallStart,
      loadMs,
      generateMs,
      itemsPerSecond: items / (loadMs / 1000),
      budgetHit,
      cpuUs: (({ user, system }) => user + system)(process.cpuUsage(cpuStart)),
      machineBusyUs: busyStart ? machineBusyUs() - busyStart : 0,
      fidelityProblems,
      warnings,
      firstEditionsMsPerItem: avg(perItem.slice(0, window)),
      lastEditionsMsPerItem: avg(perItem.slice(-window)),
      editionIds,
    };
  }
  send({ type: 'loaded', summary });

  const app = createApp({ services });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  return { server, close: () => database.close(), probe: () => probe(database, services) };
}

/**
 * Where a request's time goes, without HTTP or concurrency: the median of a few sequential calls
 * of each step the measured endpoints take (ms). Run while the server is idle.
 */
async function probe(database: OpenDb, services: ReturnType<typeof createServices>): Promise<Record<string, number>> {
  const median = async (f: () => Promise<unknown>, n = 15): Promise<number> => {
    await f();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await f();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return Math.round((times[Math.floor(n / 2)] as number) * 1000) / 1000;
  };
  const { db } = database;
  return {
    'select 1': await median(() => database.version()),
    'editions.resolveEditionId() (every read request)': await median(() => services.editions.resolveEditionId()),
    'listEditions (inside resolveEditionId)': await median(() => listEditions(db)),
    'select id from edition': await median(() => db.selectFrom('edition').select('id').execute()),
    'search.search (service, bundled, оңалту)': await median(() => services.search.search({ q: 'оңалту', limit: 10 })),
    'registry.getCard (service)': await median(() =>
      services.registry.getCard({ code: '2635-3-001', level: 5 }, { lang: 'kk' }),
    ),
    'health.check (service)': await median(() => services.health.check()),
    'migrationState (inside health)': await median(() => database.migrationState()),
  };
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as ServerConfig;
  const started = config.kind === 'baseline' ? await startBaseline(config) : await startApp(config);
  const { server, close } = started;
  const port = await listen(server);
  process.on('message', (message: { type: string }) => {
    if (message.type === 'cpu') {
      const usage = process.cpuUsage();
      send({ type: 'cpu', userUs: usage.user, systemUs: usage.system });
    } else if (message.type === 'probe') {
      started.probe().then(
        (timings) => send({ type: 'probe', timings }),
        (error: unknown) => send({ type: 'error', message: String(error) }),
      );
    } else if (message.type === 'stop') {
      server.closeAllConnections?.();
      server.close(() => {
        close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  });
  // If the benchmark dies, do not outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
