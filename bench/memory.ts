/**
 * Memory of the embedded engine (issue 17: "PGlite's idle RSS is 430–900 MB; after large batches
 * 2.6–3.0 GB stays resident"). Measures RSS and the parts Node can see of:
 *
 * - `floor`: a bare Node process that opens PGlite (with pg_trgm, as Kasip does) on an empty temp
 *   data directory, no Kasip code (initdb, its own process), then on the now existing directory
 *   (another process), with PGlite's settings and again with Kasip's shared_buffers;
 * - `kasip`: what `kasip serve` holds: the database opened on an existing data directory with
 *   Order 262 loaded, the services and the HTTP app, idle after start; then after the documented
 *   maximum batch (200,000 rows, CSV in and out through the HTTP app), a staff import (preview and
 *   commit through the operation pipeline), three full edition exports and two synthetic edition
 *   loads; then after 4 × `--idle` seconds left alone, and after `global.gc()` and more idle seconds.
 *
 *   node --import tsx bench/memory.ts [--runs=3] [--rows=200000] [--staff-rows=20000] [--idle=3]
 *                                     [--app-root=DIR]...
 *
 * Every scenario runs in its own child process (with --expose-gc), `--runs` times; the table shows
 * the median and the range. `--app-root=DIR` (repeatable) runs the Kasip scenario from another
 * checkout (a `git worktree` of an earlier commit with this checkout's node_modules linked in), to
 * measure before and after in the same session. The data directory is prepared once per checkout
 * and run in a separate child, so `kasip serve`'s start is measured on an existing directory, as
 * in production. PGlite's WebAssembly memory shows in `external` (a WebAssembly.Memory can grow
 * but never shrink), Node's own objects in `heapUsed`. Results: bench/results/memory-latest.json.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    rows: { type: 'string', default: '200000' },
    'staff-rows': { type: 'string', default: '20000' },
    idle: { type: 'string', default: '3' },
    'app-root': { type: 'string', multiple: true },
    // Internal: the child's part.
    child: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

type Snapshot = {
  phase: string;
  rssMb: number;
  /** The size of PGlite's WebAssembly.Memory (it grows, and never shrinks). */
  wasmMb: number;
  /** The highest RSS so far (VmHWM). */
  peakMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  ms: number;
};

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function procStatusKb(field: string): number {
  const match = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : Number.NaN;
}

/**
 * Every WebAssembly.Memory made in this process, to read its size: PGlite makes its own with
 * `new WebAssembly.Memory(...)` and does not hand it out. Installed before PGlite is imported.
 */
const memories: WebAssembly.Memory[] = [];
function trackWebAssemblyMemories(): void {
  const Original = WebAssembly.Memory;
  class Tracked extends Original {
    constructor(descriptor: WebAssembly.MemoryDescriptor) {
      super(descriptor);
      memories.push(this);
    }
  }
  WebAssembly.Memory = Tracked;
}

function snapshot(phase: string, started: number): Snapshot {
  const m = process.memoryUsage();
  return {
    phase,
    rssMb: procStatusKb('VmRSS') / 1024 || m.rss / MB,
    wasmMb: memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0) / MB,
    peakMb: procStatusKb('VmHWM') / 1024,
    heapUsedMb: m.heapUsed / MB,
    externalMb: m.external / MB,
    arrayBuffersMb: m.arrayBuffers / MB,
    ms: performance.now() - started,
  };
}

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

// ---------------------------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------------------------

async function openBarePGlite(dataDir: string, settings: string[] = []) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const startParams = [...PGlite.defaultStartParams, ...settings.flatMap((setting) => ['-c', setting])];
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, startParams });
  await pglite.query('select 1');
  return pglite;
}

/** Run once: initdb, in its own process, so the floor is measured on an existing directory. */
async function floorPrepareChild(dataDir: string): Promise<Snapshot[]> {
  const started = performance.now();
  const pglite = await openBarePGlite(dataDir);
  const out = [snapshot('PGlite opened on an empty directory (initdb)', started)];
  await pglite.close();
  return out;
}

async function floorChild(dataDir: string, idleMs: number, settings: string[] = []): Promise<Snapshot[]> {
  const started = performance.now();
  const out = [snapshot('node, nothing loaded', started)];
  const pglite = await openBarePGlite(dataDir, settings);
  await sleep(idleMs);
  out.push(snapshot('PGlite opened (existing empty directory), idle', started));
  gc();
  await sleep(idleMs);
  out.push(snapshot('after gc + idle', started));
  await pglite.close();
  return out;
}

async function importFrom<T>(appRoot: string, file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(appRoot, file)).href)) as T;
}

type AppModules = {
  openDb: typeof import('../src/storage/db.js').openDb;
  createServices: typeof import('../src/services/index.js').createServices;
  createApp: typeof import('../src/http/app.js').createApp;
  readEdition: typeof import('../src/importer/read-edition.js').readEdition;
  findEditionFolders: typeof import('../src/importer/read-edition.js').findEditionFolders;
  staffFixture: typeof import('../scripts/make-staff-fixture.js').staffFixture;
  parseCsv: typeof import('../src/domain/shared/csv.js').parseCsv;
  toRecords: typeof import('../src/domain/shared/csv.js').toRecords;
};

async function appModules(appRoot: string): Promise<AppModules> {
  const [db, services, app, read, fixture, csv] = await Promise.all([
    importFrom<typeof import('../src/storage/db.js')>(appRoot, 'src/storage/db.ts'),
    importFrom<typeof import('../src/services/index.js')>(appRoot, 'src/services/index.ts'),
    importFrom<typeof import('../src/http/app.js')>(appRoot, 'src/http/app.ts'),
    importFrom<typeof import('../src/importer/read-edition.js')>(appRoot, 'src/importer/read-edition.ts'),
    importFrom<typeof import('../scripts/make-staff-fixture.js')>(appRoot, 'scripts/make-staff-fixture.ts'),
    importFrom<typeof import('../src/domain/shared/csv.js')>(appRoot, 'src/domain/shared/csv.ts'),
  ]);
  return {
    openDb: db.openDb,
    createServices: services.createServices,
    createApp: app.createApp,
    readEdition: read.readEdition,
    findEditionFolders: read.findEditionFolders,
    staffFixture: fixture.staffFixture,
    parseCsv: csv.parseCsv,
    toRecords: csv.toRecords,
  };
}

/** Run once per checkout: a data directory with Order 262 loaded, as after `kasip load`. */
async function prepareChild(appRoot: string, dataDir: string): Promise<Snapshot[]> {
  const m = await appModules(appRoot);
  const database = await m.openDb({ kind: 'embedded', dataDir });
  await database.migrate();
  const services = m.createServices(database);
  const [folder] = await m.findEditionFolders(path.join(appRoot, 'data/standards'));
  if (!folder) throw new Error('no bundled edition');
  await services.editions.load(await m.readEdition(folder));
  await database.close();
  return [];
}

/** The same rows as bench/batch-categories.ts: deterministic, every card, some rows incomplete. */
function batchCsv(rows: number, cardKeys: string[]): string {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const levels = ['basic-secondary', 'tvet', 'higher', 'postgraduate'];
  const fields = ['social', 'economic', 'pedagogical', 'medical', 'psychological', 'legal', 'other'];
  const lines = ['id,card,level,education,field,none,second,first,higher'];
  for (let i = 0; i < rows; i++) {
    const [code, level] = (cardKeys[rand(cardKeys.length)] as string).split('/');
    const years = () => (rand(3) === 0 ? '' : String(rand(8)));
    lines.push([`T-${i}`, code, level, levels[rand(4)], fields[rand(7)], years(), years(), years(), years()].join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function kasipChild(appRoot: string, dataDir: string, idleMs: number): Promise<Snapshot[]> {
  const started = performance.now();
  const out: Snapshot[] = [];
  const m = await appModules(appRoot);
  const { syntheticEdition } = await import('./synthetic-standard.js');

  // As `kasip serve` starts: open, migrate, services, app; a first card and a first search.
  const database = await m.openDb({ kind: 'embedded', dataDir });
  await database.migrate();
  const services = m.createServices(database);
  const app = m.createApp({ services });
  const get = async (url: string, init?: RequestInit) => {
    const response = await app.request(url, init);
    const body = await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`${url}: ${response.status} ${new TextDecoder().decode(body)}`);
    return body.byteLength;
  };
  await get('/api/v1/cards/2635-3-001/5');
  await get(`/api/v1/search?q=${encodeURIComponent('әлеуметтік жұмыс')}&limit=10`).catch((error) =>
    // A search that fails is reported, not fatal: the memory figures stay useful without it.
    process.stderr.write(`search failed: ${error}\n`),
  );
  await sleep(idleMs);
  out.push(snapshot('serve started, idle', started));

  const [folder] = await m.findEditionFolders(path.join(appRoot, 'data/standards'));
  if (!folder) throw new Error('no bundled edition');
  const edition = await m.readEdition(folder);
  const cardKeys = edition.cards.map((c) => `${c.code.value}/${c.level.value}`);
  const rows = Number(args.rows);
  let csv: string | undefined = batchCsv(rows, cardKeys);
  await get('/api/v1/qualification/category:batch?format=csv&lang=kk', {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  csv = undefined;
  out.push(snapshot(`batch of ${rows.toLocaleString('en')} rows, CSV in and out`, started));

  const OPERATOR = { credentials: { operator: true as const } };
  const staffRows = Number(args['staff-rows']);
  const org = await services.pipeline.execute(
    services.ops.orgs.create,
    { name: 'Memory bench', kind: 'social-service-provider' },
    OPERATOR,
  );
  const preview = await services.pipeline.execute(
    services.ops.staffImport.preview,
    {
      orgId: org.id,
      file: { rows: m.toRecords(m.parseCsv(m.staffFixture(staffRows, 262))) },
      fileName: 'staff.csv',
      lang: 'kk',
    },
    OPERATOR,
  );
  out.push(snapshot(`staff import of ${staffRows.toLocaleString('en')} rows, previewed`, started));
  await services.pipeline.execute(
    services.ops.staffImport.commit,
    { orgId: org.id, importId: preview.importId },
    OPERATOR,
  );
  out.push(snapshot(`staff import of ${staffRows.toLocaleString('en')} rows, committed`, started));

  for (let i = 0; i < 3; i++) await get('/api/v1/editions/current/export');
  for (let i = 0; i < 2; i++) await services.editions.load(syntheticEdition(i));
  await get('/api/v1/editions/current/export');
  out.push(snapshot('4 edition exports, 2 synthetic edition loads', started));

  // Left alone, V8 collects an idle heap by itself (its memory reducer), but not at once.
  await sleep(idleMs * 4);
  out.push(snapshot(`idle ${(idleMs * 4) / 1000} s, no forced gc`, started));
  gc();
  await sleep(idleMs);
  gc();
  await sleep(idleMs);
  out.push(snapshot('after gc + idle', started));
  await database.close();
  return out;
}

async function runChild(): Promise<void> {
  trackWebAssemblyMemories();
  const dataDir = args['data-dir'] as string;
  const appRoot = path.resolve(args['app-root']?.[0] ?? root);
  const idleMs = Number(args.idle) * 1000;
  const kind = args.child;
  const snapshots =
    kind === 'floor'
      ? await floorChild(dataDir, idleMs)
      : kind === 'floor-small-buffers'
        ? await floorChild(dataDir, idleMs, ['shared_buffers=32MB'])
        : kind === 'floor-prepare'
          ? await floorPrepareChild(dataDir)
          : kind === 'prepare'
            ? await prepareChild(appRoot, dataDir)
            : await kasipChild(appRoot, dataDir, idleMs);
  process.send?.({ type: 'done', snapshots });
}

// ---------------------------------------------------------------------------------------------
// Parent
// ---------------------------------------------------------------------------------------------

function runInChild(kind: string, dataDir: string, appRoot: string): Promise<Snapshot[]> {
  const argv = [
    `--child=${kind}`,
    `--data-dir=${dataDir}`,
    `--app-root=${appRoot}`,
    `--rows=${args.rows}`,
    `--staff-rows=${args['staff-rows']}`,
    `--idle=${args.idle}`,
  ];
  const child = fork(fileURLToPath(import.meta.url), argv, {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    cwd: appRoot,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: Snapshot[] | undefined;
    child.on('message', (message: { type: string; snapshots: Snapshot[] }) => {
      if (message.type === 'done') result = message.snapshots;
    });
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`${kind} child exited with ${code} and no result`)),
    );
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const cell = (xs: number[]) =>
  `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;

async function runParent(): Promise<void> {
  const runs = Number(args.runs);
  const roots = (args['app-root']?.length ? args['app-root'] : [root]).map((r) => path.resolve(r));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kasip-memory-'));
  const log = (line = '') => process.stdout.write(`${line}\n`);
  log(
    `Node ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const results: Record<string, Snapshot[][]> = {};
  const record = (label: string, snapshots: Snapshot[]) => {
    results[label] = [...(results[label] ?? []), snapshots];
  };
  try {
    const prepared = new Map<string, string>();
    for (const [i, appRoot] of roots.entries()) {
      const dir = path.join(tmp, `prepared-${i}`);
      await runInChild('prepare', dir, appRoot);
      prepared.set(appRoot, dir);
    }
    for (let run = 0; run < runs; run++) {
      const floorDir = path.join(tmp, `floor-${run}`);
      record('floor, first open', await runInChild('floor-prepare', floorDir, root));
      record('floor', await runInChild('floor', floorDir, root));
      // The same bare PGlite with Kasip's shared_buffers (src/storage/embedded-settings.ts).
      record('floor, shared_buffers=32MB', await runInChild('floor-small-buffers', floorDir, root));
      await rm(floorDir, { recursive: true, force: true });
      for (const appRoot of roots) {
        const label = `kasip ${path.basename(appRoot)}`;
        // Each run starts from the prepared directory, so earlier runs' imports do not add up.
        const dir = path.join(tmp, `run-${run}`);
        await rm(dir, { recursive: true, force: true });
        await cp(prepared.get(appRoot) as string, dir, { recursive: true });
        record(label, await runInChild('kasip', dir, appRoot));
        await rm(dir, { recursive: true, force: true });
      }
      log(
        `run ${run + 1}/${runs} done, load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  log();
  log('MB, median of runs (min–max)');
  log('| scenario | phase | RSS | peak RSS | WebAssembly memory | heap used | external | array buffers | s |');
  log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [label, runsOf] of Object.entries(results)) {
    const phases = runsOf[0]?.map((s) => s.phase) ?? [];
    for (const [i, phase] of phases.entries()) {
      const of = (key: keyof Snapshot) => runsOf.map((r) => r[i]?.[key] as number);
      log(
        `| ${label} | ${phase} | ${cell(of('rssMb'))} | ${cell(of('peakMb'))} | ${cell(of('wasmMb'))} | ${cell(of('heapUsedMb'))} | ${cell(of('externalMb'))} | ${cell(of('arrayBuffersMb'))} | ${(median(of('ms')) / 1000).toFixed(0)} |`,
      );
    }
  }
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(root, 'bench/results/memory-latest.json'),
    JSON.stringify({ at: new Date().toISOString(), args, loadavg: os.loadavg(), results }, null, 2),
  );
}

if (args.child) await runChild();
else await runParent();
