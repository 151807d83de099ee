/**
 * What the restore journal's promise costs: before the journal is written, `kasip restore`
 * flushes every file of the staging database (src/storage/restore-journal.ts, `fsyncTree`).
 * Measured on a freshly copied data directory (its pages dirty, as the staging directory's are
 * just after PGlite wrote them), with FSYNC_WIDTH fsyncs in flight, against the baseline of the
 * same walk one fsync at a time, alternating in one run.
 *   node --import tsx bench/restore-fsync.ts [--rounds N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDb } from '../src/storage/db.js';
import { FSYNC_WIDTH, fsyncTree } from '../src/storage/restore-journal.js';

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;

const work = mkdtempSync(path.join(tmpdir(), 'kasip-bench-fsync-'));
const source = path.join(work, 'pglite');
const database = await openDb({ kind: 'embedded', dataDir: source });
await database.migrate();
await database.close();
const count = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? 1 + count(path.join(dir, e.name)) : 1),
    0,
  );
const entries = count(source);
const size = execFileSync('du', ['-sm', source], { encoding: 'utf8' }).split('\t')[0];

async function timed(width: number, round: number): Promise<number> {
  const copy = path.join(work, `copy-${width}-${round}`);
  execFileSync('cp', ['-r', source, copy]);
  const t = performance.now();
  await fsyncTree(copy, width);
  const ms = performance.now() - t;
  rmSync(copy, { recursive: true, force: true });
  return ms;
}

const serial: number[] = [];
const parallel: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which goes first, so neither always meets the disk just after the other's copy.
  if (round % 2 === 0) {
    serial.push(await timed(1, round));
    parallel.push(await timed(FSYNC_WIDTH, round));
  } else {
    parallel.push(await timed(FSYNC_WIDTH, round));
    serial.push(await timed(1, round));
  }
}
rmSync(work, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
console.log(`data directory: ${entries} entries, ${size} MB; ${ROUNDS} rounds`);
console.log(`one at a time (baseline): median ${median(serial).toFixed(0)} ms (${spread(serial)})`);
console.log(`${FSYNC_WIDTH} in flight: median ${median(parallel).toFixed(0)} ms (${spread(parallel)})`);
console.log(`ratio to baseline: ${(median(parallel) / median(serial)).toFixed(3)}`);
