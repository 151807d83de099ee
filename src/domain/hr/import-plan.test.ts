import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARDS, staffRecordArb } from '../../../test/support/staff-records.js';
import { type ExistingStaff, planImport } from './import-plan.js';
import type { StaffCells } from './staff-columns.js';
import type { StaffRecord } from './staff-record.js';
import { writeStaffRow } from './staff-row.js';

const TODAY = '2026-06-30';
const KNOWN = new Set(CARDS.map(([code, level]) => `${code}/${level}`));
const opts = {
  today: TODAY,
  lang: 'kk' as const,
  cardExists: (code: string, level: number) => KNOWN.has(`${code}/${level}`),
};

const row = (over: StaffCells = {}): StaffCells => ({
  personnelNo: 'Т-1',
  fullName: 'Әбілқасымов Нұрлан Серікұлы',
  birthDate: '03.11.1985',
  positionTitle: 'Әлеуметтік қызметкер',
  cardCode: '3412-0-008',
  level: '4',
  positionSince: '01.02.2018',
  educationLevel: 'ТжКБ',
  educationField: 'әлеуметтік',
  experience: 'санатсыз: 01.02.2018–',
  ...over,
});

const record: StaffRecord = {
  personnelNo: 'Т-1',
  fullName: 'Әбілқасымов Нұрлан Серікұлы',
  birthDate: '1985-11-03',
  position: { title: 'Әлеуметтік қызметкер', cardCode: '3412-0-008', level: 4, since: '2018-02-01' },
  education: { level: 'tvet', field: 'social' },
  experience: [{ category: 'none', from: '2018-02-01' }],
  leave: [],
  trainings: [],
};

const register = (...records: StaffRecord[]) =>
  new Map<string, ExistingStaff>(records.map((r, i) => [r.personnelNo, { id: `id-${i}`, version: 3, record: r }]));

describe('planImport', () => {
  it('adds new people, with spreadsheet row numbers (the header is row 1)', () => {
    const plan = planImport([row(), row({ personnelNo: 'Т-2' })], register(), opts);
    expect(plan.add.map((a) => [a.row, a.record.personnelNo])).toEqual([
      [2, 'Т-1'],
      [3, 'Т-2'],
    ]);
    expect(plan.add[0]?.record).toEqual(record);
    expect([plan.change, plan.unchanged, plan.reject]).toEqual([[], [], []]);
  });

  it('tells a changed person from an unchanged one, and names the fields that changed', () => {
    const plan = planImport(
      [row(), row({ personnelNo: 'Т-2', level: '5', educationLevel: 'жоғары' })],
      register(record, { ...record, personnelNo: 'Т-2' }),
      opts,
    );
    expect(plan.unchanged).toEqual([{ row: 2, id: 'id-0' }]);
    expect(plan.change.map((c) => [c.row, c.id, c.version, c.changed])).toEqual([
      [3, 'id-1', 3, ['position', 'education']],
    ]);
    expect(plan.change[0]?.record.position.level).toBe(5);
  });

  it('rejects a personnel number repeated in the file, keeping the first row', () => {
    const plan = planImport([row(), row({ fullName: 'Басқа Адам' }), row()], register(), opts);
    expect(plan.add.map((a) => a.row)).toEqual([2]);
    expect(plan.reject.map((r) => [r.row, r.personnelNo, r.errors.map((e) => e.column)])).toEqual([
      [3, 'Т-1', ['personnelNo']],
      [4, 'Т-1', ['personnelNo']],
    ]);
    expect(plan.reject[0]?.errors[0]?.message).toBe(
      'Табель нөмірі: бұл табель нөмірі файлдың 2-жолында бұрын кездескен.',
    );
  });

  it('rejects a card the current edition does not have, and a bad row with its own errors', () => {
    const plan = planImport(
      [row({ level: '8' }), row({ personnelNo: 'Т-3', positionSince: '31.02.2020' }), row({ personnelNo: '' })],
      register(),
      opts,
    );
    expect(plan.reject.map((r) => [r.row, r.personnelNo, r.errors.map((e) => e.column)])).toEqual([
      [2, 'Т-1', ['cardCode']],
      [3, 'Т-3', ['positionSince']],
      [4, null, ['personnelNo']],
    ]);
    expect(plan.reject[0]?.errors[0]?.message).toContain('3412-0-008 карточкасының 8-деңгейі жоқ');
  });

  it('keeps what the file cannot say: missing columns, trainings and the employers of periods', () => {
    const current: StaffRecord = {
      ...record,
      iin: '851103300019',
      email: 'n.abilkasymov@mail.kz',
      experience: [{ category: 'none', from: '2018-02-01', employer: 'Астана қ. №2 ӘҚКО' }],
      trainings: [{ title: 'Кейс-менеджмент', completedOn: '2024-05-20' }],
    };
    const { iin: _iin, ...withoutIin } = row();
    const plan = planImport([withoutIin], register(current), opts);
    // The file has no IIN or email column: the register keeps them; nothing changed.
    expect(plan.unchanged).toEqual([{ row: 2, id: 'id-0' }]);
    const cleared = planImport([row({ email: '' })], register(current), opts);
    expect(cleared.change[0]?.changed).toEqual(['email']);
    expect(cleared.change[0]?.record.trainings).toEqual(current.trainings);
    expect(cleared.change[0]?.record.experience).toEqual(current.experience);
  });

  it('checks a kept birth date against the file’s new dates', () => {
    const { birthDate: _b, ...noBirth } = row({ positionSince: '01.09.1980', experience: '' });
    const plan = planImport([noBirth], register(record), opts);
    expect(plan.reject.map((r) => r.errors.map((e) => e.column))).toEqual([['positionSince']]);
  });

  it('plans 10,000 rows: every generated person is added or found unchanged', () => {
    const records = fc.sample(staffRecordArb(TODAY), { numRuns: 10_000, seed: 11 }).map((r, i) => ({
      ...r,
      personnelNo: `P-${i}`,
    }));
    const rows = records.map((r) => writeStaffRow(r, 'ru'));
    const existing = register(...records.slice(0, 5_000));
    const plan = planImport(rows, existing, { ...opts, lang: 'ru' });
    expect(plan.reject).toEqual([]);
    expect(plan.change).toEqual([]);
    expect(plan.unchanged).toHaveLength(5_000);
    expect(plan.add.map((a) => a.record)).toEqual(records.slice(5_000));
  });
});
