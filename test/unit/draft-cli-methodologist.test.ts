/**
 * `kasip admin methodologist <email> [--revoke]`: the operator grants and takes back the
 * methodologist role of an existing account; an unknown account is refused (exit 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

function kasip(dataDir: string, args: string[], stdin = '') {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: '' },
    input: stdin,
    encoding: 'utf8',
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe('kasip admin methodologist', () => {
  it('grants, reports an unchanged grant, revokes, and refuses an unknown account', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-meth-'));
    const created = kasip(
      dir,
      ['admin', 'create', '--email', 'm@example.kz', '--password-stdin'],
      'a long passphrase 1\n',
    );
    expect(created.code).toBe(0);
    const granted = kasip(dir, ['admin', 'methodologist', 'M@example.kz']);
    expect(granted.err).toBe('');
    expect(granted.out).toBe('m@example.kz is a methodologist.\n');
    expect(kasip(dir, ['admin', 'methodologist', 'm@example.kz']).out).toBe(
      'm@example.kz is a methodologist (unchanged).\n',
    );
    expect(kasip(dir, ['admin', 'methodologist', 'm@example.kz', '--revoke']).out).toBe(
      'm@example.kz is not a methodologist.\n',
    );
    const unknown = kasip(dir, ['admin', 'methodologist', 'nobody@example.kz']);
    expect(unknown.code).toBe(3);
    expect(unknown.err).toMatch(/No active account/);
  }, 300_000);
});
