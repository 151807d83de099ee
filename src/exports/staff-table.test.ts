import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staffRecordArb } from '../../test/support/staff-records.js';
import { planImport } from '../domain/hr/import-plan.js';
import { applyMapping, detectMapping } from '../domain/hr/staff-columns.js';
import type { StaffRecord } from '../domain/hr/staff-record.js';
import { parseCsv, stringifyCsv, toRecords } from '../domain/shared/csv.js';
import { staffTable } from './staff-table.js';

const TODAY = '2026-06-30';
const opts = (lang: 'kk' | 'ru') => ({ today: TODAY, lang, cardExists: () => true });

/** Export → CSV → the importer's own path (headers detected, rows mapped and planned). */
function reimport(records: readonly StaffRecord[], lang: 'kk' | 'ru') {
  const rows = parseCsv(stringifyCsv(staffTable(records, lang)));
  const { mapping, missing } = detectMapping(rows[0] ?? []);
  expect(missing).toEqual([]);
  return planImport(
    toRecords(rows).map((r) => applyMapping(r, mapping)),
    new Map(),
    opts(lang),
  );
}

describe('staffTable', () => {
  it('writes headers and values in the chosen language, dates as DD.MM.YYYY', () => {
    const record: StaffRecord = {
      personnelNo: '7',
      fullName: 'Омарова Сәуле Болатқызы',
      position: { cardCode: '3412-0-008', level: 4, since: '2020-01-15' },
      education: { level: 'tvet', field: 'medical', certificate: 'social-training' },
      experience: [{ category: 'second', from: '2020-01-15' }],
      leave: [],
      trainings: [],
    };
    const [header, row] = staffTable([record], 'ru');
    expect(header?.slice(0, 3)).toEqual(['Табельный номер', 'ФИО', 'ИИН']);
    expect(row).toEqual([
      '7',
      'Омарова Сәуле Болатқызы',
      '',
      '',
      '',
      '',
      '',
      '3412-0-008',
      '4',
      '15.01.2020',
      'техническое и профессиональное',
      'медицинское',
      'сертификат о профессиональной подготовке по социальной работе',
      '',
      '',
      'вторая: 15.01.2020–',
      '',
    ]);
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`round-trips through CSV and the importer exactly, in ${lang} (property)`, () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(staffRecordArb(TODAY), { maxLength: 6, selector: (r) => r.personnelNo }),
          (records) => {
            const plan = reimport(records, lang);
            expect(plan.reject).toEqual([]);
            expect(plan.add.map((a) => a.record)).toEqual(records);
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
