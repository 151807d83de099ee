/**
 * `kasip admin create`: the operator's way to the first platform admin. The password comes
 * only from standard input, is never echoed, and a short one or a taken email is refused with
 * the documented exit codes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFirstLine } from '../../src/cli/commands/admin.js';
import { MIN_PASSWORD_LENGTH } from '../../src/services/accounts/passwords.js';
import { ROOT } from '../support/paths.js';

const PASSWORD = 'Қазақстан-2026 steppe';

function kasip(dataDir: string, args: string[], stdin = '') {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: '' },
    input: stdin,
    encoding: 'utf8',
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe('kasip admin', () => {
  it('takes the first line of standard input as the password, without its line end', async () => {
    expect(await readFirstLine(Readable.from(['pass', 'word\r\n', 'second line\n']))).toBe('password');
    const word = Buffer.from('сөз\n');
    expect(await readFirstLine(Readable.from([word.subarray(0, 3), word.subarray(3)]))).toBe('сөз');
    expect(await readFirstLine(Readable.from(['no newline at the end']))).toBe('no newline at the end');
    expect(await readFirstLine(Readable.from([]))).toBe('');
  });

  it('creates a platform admin from a password on standard input, and refuses the same email again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-admin-'));
    const created = kasip(
      dir,
      ['admin', 'create', '--email', 'Admin@Example.kz', '--password-stdin', '--name', 'Әлия'],
      `${PASSWORD}\r\nignored\n`,
    );
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^Created platform admin admin@example\.kz \("Әлия", id [0-9a-f-]{36}\)/);
    expect(created.out + created.err).not.toContain(PASSWORD);

    const listed = kasip(dir, ['admin', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).admins).toEqual([
      expect.objectContaining({ email: 'admin@example.kz', displayName: 'Әлия', platformRoles: ['admin'] }),
    ]);

    const again = kasip(dir, ['admin', 'create', '--email', 'admin@example.kz', '--password-stdin'], `${PASSWORD}\n`);
    expect(again.code).toBe(4);
    expect(again.err).toMatch(/already exists/);

    const reset = kasip(dir, ['admin', 'reset-link', '--email', 'admin@example.kz']);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/\/reset\/[A-Za-z0-9_-]{40,}\n/);
    const unknown = kasip(dir, ['admin', 'reset-link', '--email', 'nobody@example.kz']);
    expect(unknown.code).toBe(3);
  }, 120_000);

  it('refuses a missing, empty or short password before touching the database (exit 1, 2)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-admin-'));
    const args = ['admin', 'create', '--email', 'a@example.kz', '--password-stdin'];
    const short = kasip(dir, args, `${'x'.repeat(MIN_PASSWORD_LENGTH - 1)}\n${'y'.repeat(20)}\n`);
    expect(short.code).toBe(2);
    expect(short.err).toContain(`a password has ${MIN_PASSWORD_LENGTH} to 256 characters`);
    const empty = kasip(dir, args, '\n');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/no password on standard input/);
    const noFlag = kasip(dir, ['admin', 'create', '--email', 'a@example.kz'], `${PASSWORD}\n`);
    expect(noFlag.code).toBe(1);
    expect(noFlag.err).toMatch(/--password-stdin/);
    expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
  }, 120_000);
});
