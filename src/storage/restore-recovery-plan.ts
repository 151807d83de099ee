/**
 * What to do, at the next open, about an embedded restore that a kill or a power loss cut short.
 * Pure: given the names beside the data directory and the restore journal (restore-journal.ts),
 * it returns the file steps; restore-journal.ts looks, and carries them out.
 *
 * A restore (embedded-backup.ts) prepares the backup in `<data>.restoring-<pid>`, then writes the
 * journal `<data>.restore.json` naming that staging directory and `<data>.replaced-<pid>`, then
 * swaps by two renames (data → replaced, staging → data), then removes `replaced` and the
 * journal. The journal is the commit point: it is written only once the staging database is
 * complete, migrated, closed and flushed, so from then on recovery always finishes the restore.
 * Before it, the restore never happened: its staging directory is a leftover to remove.
 *
 * Every plan starts again from what exists, so a recovery that is itself killed part-way is
 * finished by the next one (each step moves the scene to another case below).
 */

/** The journal's contents: names of directories beside the data directory, not paths (a moved parent still works). */
export type RestoreJournal = { staging: string; previous: string; startedAt: string; pid: number };

export type RestoreScene = {
  /** The data directory's own name (its last path segment). */
  dataDirName: string;
  /** Every name in the data directory's parent. */
  present: readonly string[];
  /** The parsed journal; `unreadable` when the file exists but is not a journal this plan trusts. */
  journal: RestoreJournal | 'unreadable' | undefined;
};

export type RecoveryStep =
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'remove'; name: string }
  | { kind: 'remove-journal' };

export type RecoveryOutcome =
  /** Nothing was interrupted. */
  | 'none'
  /** Journal: killed between the renames or before them; the restored database is put in place. */
  | 'finished'
  /** Journal: the swap was done; only leftovers were removed. */
  | 'cleaned-up'
  /** Journal, but the restored copy is gone: the database it was to replace is put back. */
  | 'previous-put-back'
  /** Journal, but no database anywhere: the journal is dropped, a new database will be made. */
  | 'nothing-to-recover'
  /** No journal: staging directories of restores killed before they were complete are removed. */
  | 'staging-removed'
  /** No journal (a Kasip from before the journal): the one replaced directory goes back to a missing data directory. */
  | 'legacy-put-back'
  /** A scene no restore leaves behind: nothing is touched and the open is refused. */
  | 'refuse';

export type RecoveryPlan = { outcome: RecoveryOutcome; steps: RecoveryStep[] };

export const JOURNAL_SUFFIX = '.restore.json';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<data>.restoring-<pid>`, the staging directory, and its lock files (it is opened while prepared). */
const stagingPattern = (dataDirName: string) =>
  new RegExp(`^${escapeRegExp(dataDirName)}\\.restoring-\\d+(\\.lock.*)?$`);
const stagingDirPattern = (dataDirName: string) => new RegExp(`^${escapeRegExp(dataDirName)}\\.restoring-\\d+$`);
const previousPattern = (dataDirName: string) => new RegExp(`^${escapeRegExp(dataDirName)}\\.replaced-\\d+$`);
/** A journal's temp file, left if the writer was killed before its rename. */
const journalTempPattern = (dataDirName: string) =>
  new RegExp(`^${escapeRegExp(dataDirName + JOURNAL_SUFFIX)}\\.\\d+\\.tmp$`);

export const stagingName = (dataDirName: string, pid: number) => `${dataDirName}.restoring-${pid}`;
export const previousName = (dataDirName: string, pid: number) => `${dataDirName}.replaced-${pid}`;

/**
 * The journal from its text, or `unreadable`. The names must be this data directory's staging and
 * replaced names: recovery renames and removes them, so a journal edited to name anything else
 * (the data directory itself, `..`) is not obeyed.
 */
export function parseRestoreJournal(text: string, dataDirName: string): RestoreJournal | 'unreadable' {
  try {
    const value = JSON.parse(text) as Partial<RestoreJournal>;
    const { staging, previous, startedAt, pid } = value;
    if (typeof staging !== 'string' || typeof previous !== 'string') return 'unreadable';
    if (!stagingDirPattern(dataDirName).test(staging) || !previousPattern(dataDirName).test(previous)) {
      return 'unreadable';
    }
    return {
      staging,
      previous,
      startedAt: typeof startedAt === 'string' ? startedAt : '',
      pid: typeof pid === 'number' ? pid : 0,
    };
  } catch {
    return 'unreadable';
  }
}

export function planRestoreRecovery(scene: RestoreScene): RecoveryPlan {
  const { dataDirName, present, journal } = scene;
  const has = (name: string) => present.includes(name);
  const stray = (keep?: string): RecoveryStep[] =>
    present
      .filter(
        (name) =>
          name !== keep && (stagingPattern(dataDirName).test(name) || journalTempPattern(dataDirName).test(name)),
      )
      .map((name) => ({ kind: 'remove', name }));

  if (journal === 'unreadable') return { outcome: 'refuse', steps: [] };

  if (!journal) {
    const steps = stray();
    const replaced = present.filter((name) => previousPattern(dataDirName).test(name));
    // Before the journal, a kill between the renames left only `replaced`: the operator's data.
    // It goes back rather than a new empty database being made in its place; with two, which
    // one is the operator's cannot be told, so the open is refused.
    if (!has(dataDirName) && replaced.length > 1) return { outcome: 'refuse', steps: [] };
    if (!has(dataDirName) && replaced.length === 1) {
      return {
        outcome: 'legacy-put-back',
        steps: [{ kind: 'rename', from: replaced[0] as string, to: dataDirName }, ...steps],
      };
    }
    return { outcome: steps.length ? 'staging-removed' : 'none', steps };
  }

  const { staging, previous } = journal;
  const done: RecoveryStep[] = [...stray(staging), { kind: 'remove-journal' }];
  const removePrevious: RecoveryStep[] = has(previous) ? [{ kind: 'remove', name: previous }] : [];

  if (has(dataDirName) && has(staging)) {
    // Killed after the journal, before the first rename: the swap is still to do. A `replaced`
    // already there would be overwritten by it, and no restore leaves that: refuse.
    if (has(previous)) return { outcome: 'refuse', steps: [] };
    return {
      outcome: 'finished',
      steps: [
        { kind: 'rename', from: dataDirName, to: previous },
        { kind: 'rename', from: staging, to: dataDirName },
        { kind: 'remove', name: previous },
        ...done,
      ],
    };
  }
  if (has(staging)) {
    return {
      outcome: 'finished',
      steps: [{ kind: 'rename', from: staging, to: dataDirName }, ...removePrevious, ...done],
    };
  }
  if (has(dataDirName)) return { outcome: 'cleaned-up', steps: [...removePrevious, ...done] };
  if (has(previous))
    return { outcome: 'previous-put-back', steps: [{ kind: 'rename', from: previous, to: dataDirName }, ...done] };
  return { outcome: 'nothing-to-recover', steps: done };
}
