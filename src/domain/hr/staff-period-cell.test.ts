import { describe, expect, it } from 'vitest';
import { readCellDate, writeCellDate } from './staff-cell-date.js';
import { readExperienceCell, readLeaveCell, writeExperienceCell, writeLeaveCell } from './staff-period-cell.js';

describe('dates in cells', () => {
  it('reads DD.MM.YYYY, D.M.YYYY, a trailing «ж.» and ISO', () => {
    expect(readCellDate('01.09.2015')).toBe('2015-09-01');
    expect(readCellDate('1.9.2015')).toBe('2015-09-01');
    expect(readCellDate('01.09.2015 ж.')).toBe('2015-09-01');
    expect(readCellDate('2015-09-01')).toBe('2015-09-01');
    expect(readCellDate(' 29.02.2020 ')).toBe('2020-02-29');
  });

  it('refuses dates that are not in the calendar and two-digit years', () => {
    expect(readCellDate('31.02.2020')).toBeNull();
    expect(readCellDate('29.02.2019')).toBeNull();
    expect(readCellDate('2020-13-01')).toBeNull();
    expect(readCellDate('01.09.15')).toBeNull();
    expect(readCellDate('бүгін')).toBeNull();
  });

  it('writes DD.MM.YYYY', () => {
    expect(writeCellDate('2015-09-01')).toBe('01.09.2015');
  });
});

describe('the experience cell', () => {
  it('reads periods with either dash, an open end and ISO dates', () => {
    const cell = 'екінші: 01.09.2015–31.08.2019; бірінші: 01.09.2019 -\n высшая: 2023-01-01 — 2023-12-31';
    expect(readExperienceCell(cell, 'kk')).toEqual({
      periods: [
        { category: 'second', from: '2015-09-01', to: '2019-08-31' },
        { category: 'first', from: '2019-09-01' },
        { category: 'higher', from: '2023-01-01', to: '2023-12-31' },
      ],
      problems: [],
    });
    expect(readExperienceCell('санатсыз: 01.09.2019–по н.в.', 'ru').periods).toEqual([
      { category: 'none', from: '2019-09-01' },
    ]);
    expect(readExperienceCell('  ', 'kk')).toEqual({ periods: [], problems: [] });
  });

  it('names the line and the part of a period it cannot read', () => {
    const { periods, problems } = readExperienceCell(
      'екінші: 01.09.2015–31.08.2019; үшінші: 01.09.2019–; бірінші: 31.02.2020–; бірінші 01.03.2020',
      'kk',
    );
    expect(periods).toEqual([{ category: 'second', from: '2015-09-01', to: '2019-08-31' }]);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'experience.1.category category-unknown',
      'experience.2.from date-invalid',
      'experience.3 period-format',
    ]);
    expect(problems[2]?.vars?.example).toBe('бірінші: 01.09.2019–31.08.2022');
  });

  it('requires the dash: a lone date is not a period', () => {
    expect(readExperienceCell('бірінші: 01.09.2019', 'kk').problems[0]?.code).toBe('period-format');
  });

  it('writes what it reads, in the chosen language', () => {
    const periods = [
      { category: 'second', from: '2015-09-01', to: '2019-08-31' },
      { category: 'first', from: '2019-09-01' },
    ] as const;
    expect(writeExperienceCell([...periods], 'kk')).toBe('екінші: 01.09.2015–31.08.2019; бірінші: 01.09.2019–');
    expect(writeExperienceCell([...periods], 'ru')).toBe('вторая: 01.09.2015–31.08.2019; первая: 01.09.2019–');
    expect(readExperienceCell(writeExperienceCell([...periods], 'en'), 'en').periods).toEqual(periods);
  });
});

describe('the leave cell', () => {
  it('reads and writes kinds of leave', () => {
    const cell = 'по уходу за ребёнком: 10.01.2021–09.01.2024; другой: 01.02.2025–';
    const { periods, problems } = readLeaveCell(cell, 'ru');
    expect(problems).toEqual([]);
    expect(periods).toEqual([
      { kind: 'child-care', from: '2021-01-10', to: '2024-01-09' },
      { kind: 'other', from: '2025-02-01' },
    ]);
    expect(writeLeaveCell(periods, 'kk')).toBe('бала күтімі: 10.01.2021–09.01.2024; басқа: 01.02.2025–');
    expect(readLeaveCell('демалыс: 01.01.2020–', 'kk').problems[0]?.code).toBe('leave-kind-unknown');
  });
});
