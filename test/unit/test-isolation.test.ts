/**
 * Most test files share their worker's modules (isolate: false in vitest.config.ts). A file that
 * replaces a module with vi.mock would then see the real module, already imported by an earlier
 * file, and pass or fail by the order the files ran in. Such files must be named *.mocked.test.ts,
 * which the `mocked` project runs isolated.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const MODULE_REPLACING = /\bvi\.(mock|doMock|unmock|resetModules|importActual)\s*\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('test isolation', () => {
  it('names every test file that replaces a module *.mocked.test.ts', () => {
    const files = ['src', 'test', 'web/src'].flatMap((dir) => testFiles(path.join(ROOT, dir)));
    const misnamed = files
      .filter((file) => !file.endsWith('.mocked.test.ts') && file !== import.meta.filename)
      .filter((file) => MODULE_REPLACING.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(files.length).toBeGreaterThan(100);
    expect(misnamed).toEqual([]);
  });
});
