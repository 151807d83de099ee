/**
 * Compression of public JSON (issue 17, "Speed"): a reduced variant of bench/run.ts that measures
 * only what compression changes, in rounds so the spread shows.
 *
 *   node --import tsx bench/compression.ts [--rounds=3] [--duration=3] [--connections=10]
 *
 * Each round measures, one after the other, with autocannon on loopback:
 * - a bare node:http server answering the card-detail bytes (identity) from memory, and the card
 *   detail from the app (embedded PGlite, bundled edition), without Accept-Encoding;
 * - the same two with `Accept-Encoding: br`: the bare server answers the app's brotli bytes
 *   with `Content-Encoding: br`, the app serves its kept compressed copy.
 * The ratio app / bare is computed within each round. It also prints the transfer sizes (identity,
 * brotli, gzip) of the card and of the edition export, and how long compressing the export once
 * takes at each effort. Servers run as child processes (bench/server.ts), as in bench/run.ts.
 * Results go to bench/results/compression-latest.json.
 *
 * `--app-root=DIR` runs the app from another checkout (a `git worktree` of an earlier commit with
 * this checkout's node_modules linked in), to measure before and after in the same session; an
 * app that does not compress is measured without Accept-Encoding only.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { compress } from '../src/http/content-encoding.js';
import { machineBusyUs } from './cpu.js';
import type { ChildMessage, ServerConfig } from './server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    'app-root': { type: 'string' },
  },
});
const APP_ROOT = path.resolve(args['app-root'] ?? root);
const ROUNDS = Number(args.rounds);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const CARD_PATH = '/api/v1/cards/2635-3-001/5';
const EXPORT_PATH = '/api/v1/editions/current/export';

const log = (line = '') => process.stdout.write(`${line}\n`);

type Child = { port: number; cpuUs: () => Promise<number>; stop: () => Promise<void> };

async function startServer(config: ServerConfig, checkout = root): Promise<Child> {
  const child: ChildProcess = fork(path.join(checkout, 'bench', 'server.ts'), [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    cwd: checkout,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const cpuWaiters: ((us: number) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') resolve(m.port);
      else if (m.type === 'cpu') cpuWaiters.shift()?.(m.userUs + m.systemUs);
      else if (m.type === 'error') reject(new Error(m.message));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
  return {
    port,
    cpuUs: () =>
      new Promise((resolve) => {
        cpuWaiters.push(resolve);
        child.send({ type: 'cpu' });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
}

/** The raw bytes on the wire (fetch would decompress them). */
function rawGet(port: number, target: string, acceptEncoding?: string) {
  return new Promise<{ status: number; encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    request({ host: '127.0.0.1', port, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          bytes: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** Bytes on the wire per coding; a coding the app does not answer with is left out. */
async function sizes(port: number, target: string) {
  const out: Record<string, number> = {};
  for (const coding of ['identity', 'br', 'gzip']) {
    // Twice: the first compressed answer of a value is the cheap one, the kept one comes after.
    await rawGet(port, target, coding === 'identity' ? undefined : coding);
    const res = await rawGet(port, target, coding === 'identity' ? undefined : coding);
    if (res.status !== 200) throw new Error(`${target} answered ${res.status}`);
    if (coding === 'identity' || res.encoding === coding) out[coding] = res.bytes.byteLength;
  }
  return out;
}

type Measured = { rps: number; p95: number; bytes: number; serverCpuPct: number; otherCpuPct: number };

async function measure(server: Child, target: string, acceptEncoding?: string): Promise<Measured> {
  const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
  const run = (duration: number, onLatency?: (ms: number) => void) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: `http://127.0.0.1:${server.port}${target}`, connections: CONNECTIONS, duration, headers },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      if (onLatency) instance.on('response', (_client, _status, _bytes, took) => onLatency(took));
    });
  await run(1);
  const latencies: number[] = [];
  const busy0 = machineBusyUs();
  const server0 = await server.cpuUs();
  const client0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = await run(DURATION, (took) => latencies.push(took));
  const wallUs = (performance.now() - wall0) * 1000;
  const serverUs = (await server.cpuUs()) - server0;
  const client = process.cpuUsage(client0);
  const otherUs = Math.max(0, machineBusyUs() - busy0 - serverUs - client.user - client.system);
  if (result.non2xx || result.errors) throw new Error(`${target}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p95: latencies[Math.ceil(latencies.length * 0.95) - 1] ?? Number.NaN,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    serverCpuPct: Math.round((serverUs / wallUs) * 100),
    otherCpuPct: busy0 ? Math.round((otherUs / wallUs) * 100) : 0,
  };
}

async function timeCompression(port: number) {
  const body = (await rawGet(port, EXPORT_PATH)).bytes;
  const out: Record<string, number> = {};
  for (const [encoding, effort] of [
    ['br', 'kept'],
    ['gzip', 'kept'],
    ['br', 'fast'],
    ['gzip', 'fast'],
  ] as const) {
    const t = performance.now();
    await compress(body, encoding, effort);
    out[`${encoding}/${effort}`] = Math.round(performance.now() - t);
  }
  return out;
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kasip-bench-compression-'));
  const children: Child[] = [];
  try {
    const app = await startServer(
      { kind: 'app', dataDir: path.join(tmp, 'db'), standardsDir: path.join(root, 'data/standards') },
      APP_ROOT,
    );
    children.push(app);
    const card = await sizes(app.port, CARD_PATH);
    const exported = await sizes(app.port, EXPORT_PATH);
    const exportCompressionMs = await timeCompression(app.port);
    log(`card bytes: ${JSON.stringify(card)}`);
    log(`export bytes: ${JSON.stringify(exported)}`);
    log(`compressing the export once (ms, thread pool): ${JSON.stringify(exportCompressionMs)}`);

    const identityFile = path.join(tmp, 'card.json');
    const brotliFile = path.join(tmp, 'card.json.br');
    await writeFile(identityFile, (await rawGet(app.port, CARD_PATH)).bytes);
    await writeFile(brotliFile, (await rawGet(app.port, CARD_PATH, 'br')).bytes);
    const type = 'application/json';
    const bare = await startServer({ kind: 'baseline', bodyFile: identityFile, contentType: type });
    children.push(bare);
    const compresses = card.br !== undefined;
    const bareBr = compresses
      ? await startServer({ kind: 'baseline', bodyFile: brotliFile, contentType: type, contentEncoding: 'br' })
      : undefined;
    if (bareBr) children.push(bareBr);

    const rounds: Record<string, Measured | number>[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const r: Record<string, Measured> = {
        bare: await measure(bare, '/'),
        card: await measure(app, CARD_PATH),
      };
      if (bareBr) {
        r.bareBr = await measure(bareBr, '/', 'br');
        r.cardBr = await measure(app, CARD_PATH, 'br');
      }
      const ratio = (r.card as Measured).rps / (r.bare as Measured).rps;
      const ratioBr = r.cardBr && r.bareBr ? r.cardBr.rps / r.bareBr.rps : Number.NaN;
      rounds.push({ ...r, ratio, ratioBr });
      const show = (m: Measured) =>
        `${Math.round(m.rps)} req/s, p95 ${m.p95.toFixed(2)} ms, ${m.bytes} B, server ${m.serverCpuPct} %, other ${m.otherCpuPct} %`;
      log(`round ${round}:`);
      for (const [name, m] of Object.entries(r)) log(`  ${name.padEnd(7)} ${show(m)}`);
      log(`  card / bare = ${ratio.toFixed(3)} (identity), ${ratioBr.toFixed(3)} (br)`);
    }
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(
      path.join(here, 'results', 'compression-latest.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          appRoot: APP_ROOT,
          durationS: DURATION,
          connections: CONNECTIONS,
          card,
          exported,
          exportCompressionMs,
          rounds,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    for (const child of children) await child.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
