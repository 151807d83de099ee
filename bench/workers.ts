/**
 * `kasip serve --workers N` on a PostgreSQL server: the same requests against N = 1 and N = 2
 * (or --counts), alternating in rounds so that a change in the machine's load hits both alike.
 * Each round starts the real CLI (`src/cli/main.ts serve`) on the database in DATABASE_URL, waits
 * for /api/health, then runs autocannon on a card's detail and on a stream of searches in which
 * no query repeats, and stops the server. Prints requests/s per N and the ratio to N = 1 of the
 * same round; with --json, writes the results to bench/results/workers-latest.json.
 *
 *   DATABASE_URL=postgres://… node --import tsx bench/workers.ts [--rounds 2] [--duration 8]
 *     [--counts 1,2] [--connections 10]
 *
 * The database must be one the bench may write to: the first server migrates it and loads the
 * bundled standard if it is empty. Per-request logging is off (LOG_LEVEL=warn), so the figures
 * are the server's, not the logger's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Paths, cannon, percentile } from './cannon.js';
import { machineBusyUs } from './cpu.js';
import { distinctSearchPaths } from './search-stream.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    duration: { type: 'string', default: '8' },
    counts: { type: 'string', default: '1,2' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '18180' },
    json: { type: 'boolean', default: true },
  },
});
const ROUNDS = Number(args.rounds);
const DURATION = Number(args.duration);
const COUNTS = (args.counts ?? '1,2').split(',').map(Number);
const CONNECTIONS = Number(args.connections);
const PORT = Number(args.port);
const CARD_PATH = '/api/v1/cards/2635-3-001/5';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('bench/workers.ts needs DATABASE_URL: the workers share a PostgreSQL server.\n');
  process.exit(2);
}

async function startServer(workers: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--workers', String(workers), '--port', String(PORT)],
    { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start:\n${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      // Every worker must be up: with N workers, ask until N different ones have answered.
      if (res.ok && (await allWorkersUp(workers))) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer within 300 s:\n${stderr}`);
}

async function allWorkersUp(workers: number): Promise<boolean> {
  if (workers === 1) return true;
  const seen = new Set<string>();
  for (let i = 0; i < workers * 10 && seen.size < workers; i++) {
    const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
    seen.add(res.headers.get('x-kasip-worker') ?? '');
    await res.arrayBuffer();
  }
  return seen.size >= workers;
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

type Measured = { rps: number; p95: number; otherCpuPct: number; errors: number };

async function measure(paths: Paths): Promise<Measured> {
  const latencies: number[] = [];
  const busy0 = machineBusyUs();
  const self0 = process.cpuUsage();
  const started = performance.now();
  const result = await cannon(PORT, paths, CONNECTIONS, DURATION, (took, status) => {
    if (status >= 200 && status < 300) latencies.push(took);
  });
  const wallUs = (performance.now() - started) * 1000;
  const selfUs = (({ user, system }) => user + system)(process.cpuUsage(self0));
  // The machine's busy time minus the client's own: the server's processes and everything else.
  const othersAndServerPct = Math.round(((machineBusyUs() - busy0 - selfUs) / wallUs) * 100);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p95: percentile(latencies, 95),
    otherCpuPct: othersAndServerPct,
    errors: result.errors + result.non2xx,
  };
}

type Row = { round: number; workers: number; card: Measured; search: Measured };

const rows: Row[] = [];
const load = () => os.loadavg()[0]?.toFixed(2);
process.stdout.write(
  `Workers on PostgreSQL: ${os.availableParallelism()} cores, ${CONNECTIONS} connections, ${DURATION} s per measurement, rounds ${ROUNDS}, N in ${COUNTS.join(', ')}\n`,
);
for (let round = 1; round <= ROUNDS; round++) {
  for (const workers of COUNTS) {
    const server = await startServer(workers);
    try {
      const card = [CARD_PATH];
      await measure(card); // warm-up: the first answers fill each worker's caches
      const cardRun = await measure(card);
      const searchRun = await measure(distinctSearchPaths(root));
      rows.push({ round, workers, card: cardRun, search: searchRun });
      process.stdout.write(
        `round ${round}, N = ${workers} (load ${load()}): card ${Math.round(cardRun.rps)} req/s (p95 ${cardRun.p95.toFixed(1)} ms), search ${Math.round(
          searchRun.rps,
        )} req/s (p95 ${searchRun.p95.toFixed(1)} ms); server + other processes ${cardRun.otherCpuPct}% / ${searchRun.otherCpuPct}% of a core; errors ${cardRun.errors + searchRun.errors}\n`,
      );
    } finally {
      await stopServer(server);
    }
  }
}

process.stdout.write('\nratio to N = 1 of the same round (card, search):\n');
for (const row of rows) {
  const one = rows.find((r) => r.round === row.round && r.workers === 1);
  if (!one || row.workers === 1) continue;
  process.stdout.write(
    `  round ${row.round}, N = ${row.workers}: ${(row.card.rps / one.card.rps).toFixed(2)}, ${(row.search.rps / one.search.rps).toFixed(2)}\n`,
  );
}
if (args.json) {
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(root, 'bench/results/workers-latest.json'),
    JSON.stringify({ at: new Date().toISOString(), cores: os.availableParallelism(), rows }, null, 2),
  );
}
