/**
 * Lighthouse (mobile preset, performance only) on the home, card and search pages, repeatable:
 *
 *   node --import tsx bench/lighthouse.ts [--runs 3] [--pages home,card,search] [--shifts] [--json FILE]
 *     [--reports DIR]
 *
 * It builds the web app for production into a folder of its own (a build under way in web/dist
 * cannot change what is measured), serves it in-process over an in-memory PGlite with the bundled
 * edition, and runs Lighthouse `--runs` times per page with Debian's Chromium (CHROME_PATH,
 * /usr/bin/chromium by default). It prints the median and the spread (min–max) of each figure.
 *
 * Lighthouse is not a dependency of the project (146 packages that `npm ci` would install for
 * every test run): it is run with `npx --yes lighthouse@12.2.3`, pinned; 13 wants Node 22.
 * Lighthouse's mobile preset throttles by simulation (a slow 4G and a 4× slower CPU), so the
 * figures depend on this machine's own speed: on a shared or busy machine they are noisy, which
 * is why each page runs several times and the spread is printed. `--reports DIR` keeps each run's
 * whole Lighthouse report (`<page>-<run>.json`), to see what the critical chain and the LCP element were.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../src/http/app.js';
import { findEditionFolders, readEdition } from '../src/importer/read-edition.js';
import { createServices } from '../src/services/index.js';
import { openDb } from '../src/storage/db.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'card', path: '/cards/2635-3-001/5' },
  { name: 'search', path: `/search?q=${encodeURIComponent('әлеумет')}` },
];

type Figures = { score: number; fcpMs: number; lcpMs: number; tbtMs: number; cls: number; jsKiB: number };
type LighthouseReport = {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, unknown>[] } }>;
};

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    root: path.join(ROOT, 'web'),
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

function runLighthouse(url: string): Promise<LighthouseReport> {
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update',
  ];
  const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(out) as LighthouseReport);
    });
  });
}

/**
 * Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART, NO_FCP) and asks to be run
 * again: a run is tried up to three times before the benchmark gives up.
 */
async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`  (run failed, again: ${String(error).split('\n')[0]?.slice(0, 160)})`);
    }
  }
}

/** `--shifts`: what moved, to find a layout shift's cause. */
function printShifts(name: string, report: LighthouseReport): void {
  const items = (report.audits['layout-shifts']?.details?.items ?? []) as {
    score?: number;
    node?: { selector?: string; snippet?: string };
  }[];
  for (const item of items)
    console.log(`  ${name} shift ${item.score?.toFixed(3)}: ${item.node?.selector} ${item.node?.snippet}`);
}

function figures(report: LighthouseReport): Figures {
  const a = report.audits;
  const scripts = (a['network-requests']?.details?.items ?? []) as { resourceType?: string; transferSize?: number }[];
  const jsBytes = scripts.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0);
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: a['first-contentful-paint']?.numericValue ?? Number.NaN,
    lcpMs: a['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: a['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: a['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    jsKiB: jsBytes / 1024,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function summary(key: keyof Figures, runs: Figures[], digits: number): string {
  const values = runs.map((r) => r[key]);
  const f = (v: number) => v.toFixed(digits);
  return `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

async function main(): Promise<void> {
  const runs = Number(arg('runs', '3'));
  const jsonOut = arg('json', '');
  const reportsDir = arg('reports', '');
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });
  const outDir = mkdtempSync(path.join(tmpdir(), 'kasip-lighthouse-'));
  console.log('Building the web app for production…');
  await buildWeb(outDir);
  const database = await openDb({ kind: 'memory' });
  await database.migrate();
  const services = createServices(database);
  for (const folder of await findEditionFolders(path.join(ROOT, 'data/standards'))) {
    await services.editions.load(await readEdition(folder));
  }
  const server = serve({ fetch: createApp({ services, webDistDir: outDir }).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: Record<string, Figures[]> = {};
  try {
    const only = arg('pages', '').split(',').filter(Boolean);
    for (const page of PAGES.filter((p) => only.length === 0 || only.includes(p.name))) {
      results[page.name] = [];
      for (let i = 0; i < runs; i++) {
        const report = await withRetries(() => runLighthouse(`${base}${page.path}`));
        if (process.argv.includes('--shifts')) printShifts(page.name, report);
        if (reportsDir) writeFileSync(path.join(reportsDir, `${page.name}-${i + 1}.json`), JSON.stringify(report));
        const f = figures(report);
        results[page.name]?.push(f);
        console.log(`${page.name} run ${i + 1}: ${JSON.stringify(f)}`);
      }
    }
  } finally {
    server.close();
    await database.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile preset, ${runs} runs a page: median (min–max)`);
  console.log('| page | performance | FCP ms | LCP ms | TBT ms | CLS | JS KiB transferred |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| ${name} | ${summary('score', r, 0)} | ${summary('fcpMs', r, 0)} | ${summary('lcpMs', r, 0)} | ${summary('tbtMs', r, 0)} | ${summary('cls', r, 3)} | ${summary('jsKiB', r, 1)} |`,
    );
  }
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ lighthouse: LIGHTHOUSE, runs, results }, null, 2)}\n`);
}

await main();
process.exit(0);
