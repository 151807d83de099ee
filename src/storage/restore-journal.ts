/**
 * The restore journal of the embedded database, and the recovery that reads it. The journal,
 * `<dataDir>.restore.json`, is written by a restore once its staging database is complete and
 * before the swap; recovery runs at every open of the data directory and at the start of a
 * restore, always under the data directory's lock (whose file, `<dataDir>.lock`, is beside the
 * directory and so stays put while the directory itself is renamed). What to do is decided by
 * restore-recovery-plan.ts; this file looks at the disk and carries it out.
 *
 * Power loss as well as kill -9: the staging files, the journal and each rename are flushed
 * (fsync of the files and of the directory holding the names) before the next step relies on them.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../domain/shared/errors.js';
import {
  JOURNAL_SUFFIX,
  parseRestoreJournal,
  planRestoreRecovery,
  type RecoveryOutcome,
  type RecoveryPlan,
  type RestoreJournal,
} from './restore-recovery-plan.js';

export const journalPath = (dataDir: string) => `${path.resolve(dataDir)}${JOURNAL_SUFFIX}`;

/** Flushes a file or a directory (a directory's entries: names created, renamed or removed in it). */
export function fsyncPath(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every file and directory under `dir`, the directories after their contents. */
function treeOf(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) treeOf(full, found);
    if (entry.isDirectory() || entry.isFile()) found.push(full);
  }
  return found;
}

async function fsyncOne(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsyncs in flight at once: the disk takes them together (bench/restore-fsync.ts: 2.5–6 times faster than one by one). */
export const FSYNC_WIDTH = 16;

/**
 * Flushes every file and directory under `dir`: PGlite writes without fsync, and the journal
 * promises a complete copy, so its files must be on disk before the journal is.
 */
export async function fsyncTree(dir: string, width = FSYNC_WIDTH): Promise<void> {
  const all = treeOf(dir);
  let next = 0;
  const worker = async () => {
    while (next < all.length) await fsyncOne(all[next++] as string);
  };
  await Promise.all(Array.from({ length: width }, worker));
  await fsyncOne(dir);
}

/** Writes the journal whole (temp file, fsync, rename, fsync of the parent): it is never seen half-written. */
export function writeRestoreJournal(dataDir: string, journal: RestoreJournal): void {
  const file = journalPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(journal, null, 2)}\n`, { mode: 0o600 });
    fsyncPath(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncPath(path.dirname(file));
}

export function removeRestoreJournal(dataDir: string): void {
  const file = journalPath(dataDir);
  rmSync(file, { force: true });
  fsyncPath(path.dirname(file));
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/** What is beside the data directory, as the plan needs it. */
function lookAround(dataDir: string): Parameters<typeof planRestoreRecovery>[0] {
  const dataDirName = path.basename(dataDir);
  const text = readText(journalPath(dataDir));
  let present: string[];
  try {
    present = readdirSync(path.dirname(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    present = []; // a data directory whose parent is not made yet: nothing to recover
  }
  return { dataDirName, present, journal: text === undefined ? undefined : parseRestoreJournal(text, dataDirName) };
}

const SAID: Record<Exclude<RecoveryOutcome, 'none' | 'refuse'>, string> = {
  finished:
    'a restore was interrupted after its backup was ready (journal found); finished it: the restored database is in place, the one it replaced removed',
  'cleaned-up': 'a restore was interrupted after its swap (journal found); removed what it left behind',
  'previous-put-back':
    'a restore was interrupted and its restored copy is missing; put the database it was to replace back in place',
  'nothing-to-recover':
    'a restore journal was found but neither the data directory nor its copies exist; removed the journal, a new database will be created',
  'staging-removed':
    'removed what a restore interrupted before its backup was ready left behind; the database was not touched',
  'legacy-put-back':
    'a restore by an older Kasip was interrupted between its renames; put the database it was replacing back in place',
};

function carryOut(dataDir: string, plan: RecoveryPlan): void {
  const parent = path.dirname(dataDir);
  for (const step of plan.steps) {
    if (step.kind === 'rename') {
      renameSync(path.join(parent, step.from), path.join(parent, step.to));
      fsyncPath(parent); // the rename is on disk before anything that relies on it is removed
    } else if (step.kind === 'remove') {
      rmSync(path.join(parent, step.name), { recursive: true, force: true });
    } else {
      removeRestoreJournal(dataDir);
    }
  }
}

const isDirectory = (file: string) => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Recovers an interrupted restore of `dataDir`. The caller holds the data directory's lock, so no
 * restore is running: what a restore left is a leftover. Says what it did in one line (`log`,
 * stderr by default); an interrupted restore is rare and the operator should know. A scene no
 * restore leaves (an unreadable journal, two replaced directories) is refused as
 * `data_dir_unusable` with nothing touched, rather than risk opening an empty database.
 */
export function recoverInterruptedRestore(
  dataDirAsGiven: string,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): RecoveryOutcome {
  const dataDir = path.resolve(dataDirAsGiven);
  const scene = lookAround(dataDir);
  const plan = planRestoreRecovery(scene);
  if (plan.outcome === 'none') return plan.outcome;
  if (plan.outcome === 'refuse') {
    const leftovers = scene.present.filter(
      (name) => name.startsWith(`${scene.dataDirName}.`) && isDirectory(path.join(path.dirname(dataDir), name)),
    );
    throw new AppError(
      'data_dir_unusable',
      `The data directory ${dataDir} was left by an interrupted restore in a state Kasip cannot recover by itself (journal ${journalPath(dataDir)}${scene.journal === 'unreadable' ? ', unreadable' : ''}; beside it: ${leftovers.join(', ') || 'nothing'}). Keep the directory that holds your data as ${dataDir}, move the others and the journal away, then start again.`,
    );
  }
  carryOut(dataDir, plan);
  const removed = plan.steps.flatMap((s) => (s.kind === 'remove' ? [s.name] : []));
  log(`kasip: ${dataDir}: ${SAID[plan.outcome]}${removed.length ? ` (removed ${removed.join(', ')})` : ''}.`);
  return plan.outcome;
}
