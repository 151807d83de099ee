/**
 * The pure decision of restore-recovery-plan.ts, case by case: what an interrupted embedded
 * restore left beside the data directory, and the steps that finish it, undo it or refuse.
 */
import { describe, expect, it } from 'vitest';
import {
  parseRestoreJournal,
  planRestoreRecovery,
  type RestoreJournal,
  type RestoreScene,
} from '../../src/storage/restore-recovery-plan.js';

const journal: RestoreJournal = {
  staging: 'pglite.restoring-41',
  previous: 'pglite.replaced-41',
  startedAt: '2026-12-07T13:00:00.000Z',
  pid: 41,
};
/** `none`: no journal file (an explicit `undefined` would take the default). */
const scene = (present: string[], j: RestoreJournal | 'unreadable' | 'none' = journal): RestoreScene => ({
  dataDirName: 'pglite',
  present: [...present, ...(j === 'none' ? [] : ['pglite.restore.json']), 'pglite.lock'],
  journal: j === 'none' ? undefined : j,
});

describe('planRestoreRecovery with a journal (the restore had its backup ready)', () => {
  it('killed between the renames: the restored directory goes in place, the replaced one and the journal go', () => {
    expect(planRestoreRecovery(scene(['pglite.restoring-41', 'pglite.replaced-41']))).toEqual({
      outcome: 'finished',
      steps: [
        { kind: 'rename', from: 'pglite.restoring-41', to: 'pglite' },
        { kind: 'remove', name: 'pglite.replaced-41' },
        { kind: 'remove-journal' },
      ],
    });
  });

  it('a restore into a new data directory (nothing replaced), killed before its rename, is finished too', () => {
    expect(planRestoreRecovery(scene(['pglite.restoring-41']))).toEqual({
      outcome: 'finished',
      steps: [{ kind: 'rename', from: 'pglite.restoring-41', to: 'pglite' }, { kind: 'remove-journal' }],
    });
  });

  it('killed after the journal, before the first rename: the whole swap is done (the journal is the commit point)', () => {
    expect(planRestoreRecovery(scene(['pglite', 'pglite.restoring-41', 'pglite.restoring-41.lock']))).toEqual({
      outcome: 'finished',
      steps: [
        { kind: 'rename', from: 'pglite', to: 'pglite.replaced-41' },
        { kind: 'rename', from: 'pglite.restoring-41', to: 'pglite' },
        { kind: 'remove', name: 'pglite.replaced-41' },
        { kind: 'remove', name: 'pglite.restoring-41.lock' },
        { kind: 'remove-journal' },
      ],
    });
  });

  it('killed after the swap, while cleaning up: the replaced directory and the journal are removed', () => {
    expect(planRestoreRecovery(scene(['pglite', 'pglite.replaced-41']))).toEqual({
      outcome: 'cleaned-up',
      steps: [{ kind: 'remove', name: 'pglite.replaced-41' }, { kind: 'remove-journal' }],
    });
    expect(planRestoreRecovery(scene(['pglite']))).toEqual({
      outcome: 'cleaned-up',
      steps: [{ kind: 'remove-journal' }],
    });
  });

  it('the restored copy is gone, the replaced one is there: it is put back', () => {
    expect(planRestoreRecovery(scene(['pglite.replaced-41']))).toEqual({
      outcome: 'previous-put-back',
      steps: [{ kind: 'rename', from: 'pglite.replaced-41', to: 'pglite' }, { kind: 'remove-journal' }],
    });
  });

  it('nothing at all: the journal is dropped', () => {
    expect(planRestoreRecovery(scene([]))).toEqual({
      outcome: 'nothing-to-recover',
      steps: [{ kind: 'remove-journal' }],
    });
  });

  it('other stale staging directories and journal temp files go with it; the data directory lock is never touched', () => {
    const plan = planRestoreRecovery(
      scene([
        'pglite',
        'pglite.restoring-7',
        'pglite.restoring-7.lock',
        'pglite.restore.json.7.tmp',
        'other.restoring-9',
      ]),
    );
    expect(plan.steps).toEqual([
      { kind: 'remove', name: 'pglite.restoring-7' },
      { kind: 'remove', name: 'pglite.restoring-7.lock' },
      { kind: 'remove', name: 'pglite.restore.json.7.tmp' },
      { kind: 'remove-journal' },
    ]);
  });

  it('a scene no restore leaves (data, staging and replaced all there) or an unreadable journal: refused, nothing done', () => {
    expect(planRestoreRecovery(scene(['pglite', 'pglite.restoring-41', 'pglite.replaced-41']))).toEqual({
      outcome: 'refuse',
      steps: [],
    });
    expect(planRestoreRecovery(scene(['pglite.restoring-41'], 'unreadable'))).toEqual({ outcome: 'refuse', steps: [] });
  });
});

describe('planRestoreRecovery without a journal', () => {
  it('nothing left: nothing to do', () => {
    expect(planRestoreRecovery(scene(['pglite'], 'none'))).toEqual({ outcome: 'none', steps: [] });
    expect(planRestoreRecovery(scene([], 'none'))).toEqual({ outcome: 'none', steps: [] });
  });

  it('a staging directory (killed before the backup was ready) is removed, with its lock; the data directory stays', () => {
    expect(planRestoreRecovery(scene(['pglite', 'pglite.restoring-41', 'pglite.restoring-41.lock'], 'none'))).toEqual({
      outcome: 'staging-removed',
      steps: [
        { kind: 'remove', name: 'pglite.restoring-41' },
        { kind: 'remove', name: 'pglite.restoring-41.lock' },
      ],
    });
  });

  it('an older Kasip killed between its renames: the one replaced directory goes back; two are refused', () => {
    expect(planRestoreRecovery(scene(['pglite.replaced-5', 'pglite.restoring-5'], 'none'))).toEqual({
      outcome: 'legacy-put-back',
      steps: [
        { kind: 'rename', from: 'pglite.replaced-5', to: 'pglite' },
        { kind: 'remove', name: 'pglite.restoring-5' },
      ],
    });
    expect(planRestoreRecovery(scene(['pglite.replaced-5', 'pglite.replaced-6'], 'none')).outcome).toBe('refuse');
    // Beside a data directory, a replaced one is left to the operator.
    expect(planRestoreRecovery(scene(['pglite', 'pglite.replaced-5'], 'none'))).toEqual({ outcome: 'none', steps: [] });
  });
});

describe('parseRestoreJournal', () => {
  it('reads a journal that names this data directory’s staging and replaced directories', () => {
    expect(parseRestoreJournal(JSON.stringify(journal), 'pglite')).toEqual(journal);
  });

  it('refuses garbage and names it would not be safe to rename or remove', () => {
    expect(parseRestoreJournal('{"staging": "pglite.rest', 'pglite')).toBe('unreadable');
    expect(parseRestoreJournal('null', 'pglite')).toBe('unreadable');
    for (const [staging, previous] of [
      ['pglite', 'pglite.replaced-41'],
      ['pglite.restoring-41', 'pglite'],
      ['../pglite.restoring-41', 'pglite.replaced-41'],
      ['other.restoring-41', 'pglite.replaced-41'],
      ['pglite.restoring-41/..', 'pglite.replaced-41'],
    ]) {
      expect(parseRestoreJournal(JSON.stringify({ ...journal, staging, previous }), 'pglite')).toBe('unreadable');
    }
  });
});
