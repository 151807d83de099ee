/**
 * The first page load's JavaScript stays within 120 KiB compressed (issue 16's goal), from the
 * build manifest: the entry, every chunk it imports statically, and the dictionary of the default
 * language (main.tsx loads it before the first render). A page, a graph library or another
 * language pulled into the entry by mistake fails here, not in a Lighthouse run weeks later.
 *
 * The web app is built into a folder of the test's own, so a build under way in web/dist (the
 * browser tests) is neither disturbed nor read half-written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

type Chunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };
type Manifest = Record<string, Chunk>;

const BUDGET_BYTES = 120 * 1024;
/** The language the app starts in without a saved choice. */
const DEFAULT_DICTIONARY = 'src/i18n/kk.ts';

let outDir: string;
let manifest: Manifest;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'kasip-web-budget-'));
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, and Vite then bundles React's development build (half as large
  // again); `npm start` builds for production, which is what a browser gets.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    root: path.join(ROOT, 'web'),
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The chunk and everything it imports statically, as manifest keys. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(next, seen);
  return seen;
}

function firstLoad(): string[] {
  const keys = new Set([...staticClosure('index.html'), ...staticClosure(DEFAULT_DICTIONARY)]);
  return [...keys].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js'));
}

const size = (file: string) => statSync(path.join(outDir, file)).size;

describe('the first load', () => {
  it('is the entry and one language, within 120 KiB of brotli and of gzip', () => {
    expect(manifest['index.html']?.isEntry).toBe(true);
    expect(manifest[DEFAULT_DICTIONARY], 'the dictionary is a chunk of its own').toBeDefined();
    const files = firstLoad();
    for (const f of files) {
      expect(existsSync(path.join(outDir, `${f}.br`)), `${f}.br`).toBe(true);
      expect(existsSync(path.join(outDir, `${f}.gz`)), `${f}.gz`).toBe(true);
    }
    const br = files.reduce((sum, f) => sum + size(`${f}.br`), 0);
    const gz = files.reduce((sum, f) => sum + size(`${f}.gz`), 0);
    console.log(
      `[budget] first load: ${files.join(', ')}; ${(br / 1024).toFixed(1)} KiB br, ${(gz / 1024).toFixed(1)} KiB gzip`,
    );
    expect(br).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(gz).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('pulls in no page but the home page, no graph library and no other language', () => {
    const loaded = [...staticClosure('index.html'), ...staticClosure(DEFAULT_DICTIONARY)];
    const banned = loaded.filter((k) => /cytoscape|i18n\/(ru|en)\.ts|pages\/(?!HomePage|NotFoundPage)/.test(k));
    expect(banned).toEqual([]);
  });
});
