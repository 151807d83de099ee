import { describe, expect, it } from 'vitest';
import type { Coverage, CoverageRow, ProgrammeContent } from '../../api/programme-tabs';
import { withException } from '../../api/programme-tabs';
import { groupRows, isCoverageFilter } from './CoverageMatrix';

const row = (itemId: string, labourFunctionId: string, taskId: string | null): CoverageRow => ({
  itemId,
  kind: itemId.includes('.k') ? 'knowledge' : 'skill',
  kk: itemId,
  cardCode: '3412-0-008',
  cardLevel: 4,
  labourFunctionId,
  taskId,
  cells: [],
  status: 'uncovered',
  exceptionReason: null,
});

describe('the coverage matrix rows', () => {
  it('groups rows by labour function, then task, keeping the report order and naming each function', () => {
    const rows = [row('f1.t1.s1', 'f1', 'f1.t1'), row('f1.t1.k1', 'f1', 'f1.t1'), row('f1.t2.s1', 'f1', 'f1.t2')];
    rows.push(row('f2.k1', 'f2', null), row('f1.t1.s2', 'f1', 'f1.t1'));
    const coverage = { functions: [{ labourFunctionId: 'f1', kk: 'Бірінші' }] } as Coverage;
    const groups = groupRows(coverage, rows);
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['f1', 'Бірінші'],
      ['f2', ''],
    ]);
    expect(groups[0]?.tasks.map((t) => [t.taskId, t.rows.map((r) => r.itemId)])).toEqual([
      ['f1.t1', ['f1.t1.s1', 'f1.t1.k1', 'f1.t1.s2']],
      ['f1.t2', ['f1.t2.s1']],
    ]);
    expect(groups[1]?.tasks).toEqual([{ taskId: null, rows: [rows[3]] }]);
  });

  it('takes only the known filters from the address', () => {
    expect(['all', 'uncovered', 'theory-only', 'excepted'].every(isCoverageFilter)).toBe(true);
    expect(isCoverageFilter('covered')).toBe(false);
    expect(isCoverageFilter(null)).toBe(false);
    expect(isCoverageFilter('<script>')).toBe(false);
  });
});

describe('an exception in the document', () => {
  const content = {
    exceptions: [{ itemId: 'a', reason: 'Бұрынғы' }],
  } as unknown as ProgrammeContent;

  it('is added with its reason trimmed, replacing one for the same item', () => {
    expect(withException(content, 'b', '  Жұмыс орнында.  ').exceptions).toEqual([
      { itemId: 'a', reason: 'Бұрынғы' },
      { itemId: 'b', reason: 'Жұмыс орнында.' },
    ]);
    expect(withException(content, 'a', 'Жаңа').exceptions).toEqual([{ itemId: 'a', reason: 'Жаңа' }]);
  });

  it('is removed with a null reason, leaving the others and the document unchanged', () => {
    expect(withException(content, 'a', null).exceptions).toEqual([]);
    expect(withException(content, 'x', null).exceptions).toEqual(content.exceptions);
    expect(content.exceptions).toHaveLength(1);
  });
});
