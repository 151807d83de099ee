/**
 * The CLI's contract: usage errors are one line and exit 1, invalid data exits 2, and the
 * commands that need no database work from a fresh checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { MINI_EDITION, ROOT } from '../support/paths.js';

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(args, { err: (s) => (err += s) });
  return { code, err };
}

describe('kasip CLI', () => {
  it('rejects an unknown command or option with a short message and exit 1', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/unknown command 'frobnicate'/);
    const badFormat = await run(['export', '--format', 'csv']);
    expect(badFormat.code).toBe(1);
    expect(badFormat.err).toMatch(/Allowed choices are json/);
  });

  it('validates a sound edition folder', async () => {
    expect((await run(['validate', '--dir', MINI_EDITION])).code).toBe(0);
  });

  it('exits 2 and names the file and path of invalid data', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-bad-'));
    cpSync(MINI_EDITION, dir, { recursive: true });
    const card = path.join(dir, 'cards/1111-1-001-4.yaml');
    writeFileSync(card, readFileSync(card, 'utf8').replace('level: { value: 4,', 'level: { value: four,'));
    const result = await run(['validate', '--dir', dir]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('1111-1-001-4.yaml at level.value');
  });

  it('exits 2 when a text is not faithful to its source lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-unfaithful-'));
    cpSync(MINI_EDITION, dir, { recursive: true });
    const card = path.join(dir, 'cards/1111-1-001-5.yaml');
    writeFileSync(card, readFileSync(card, 'utf8').replace('Нәтижені тексеру.', 'Нәтижені қайта тексеру.'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', '--dir', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.status).toBe(2);
    expect(child.stdout).toMatch(/fidelity\s+cards\.1111-1-001\.5\.labourFunctions\[0\]\.tasks\[0\]\.skills\[0\]\.kk/);
    expect(child.stderr).toMatch(/^kasip: The data files have problems/);
  }, 60_000);

  it('prints help for every command', async () => {
    for (const command of [
      'serve',
      'migrate',
      'load',
      'export',
      'validate',
      'search',
      'category',
      'lint',
      'career',
      'diff',
    ]) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', command, '--help'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(child.status, command).toBe(0);
      expect(child.stdout, command).toContain(`Usage: kasip ${command}`);
    }
  }, 120_000);
});
