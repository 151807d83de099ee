/**
 * The 50-row staff list of a territorial social-service centre (scripts/make-staff-fixture.ts)
 * read the way the service reads an upload: CSV → records → header mapping → plan.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffFixture } from '../../../scripts/make-staff-fixture.js';
import { BUNDLED_EDITION, ROOT } from '../../../test/support/paths.js';
import { readEdition } from '../../importer/read-edition.js';
import { parseCsv, toRecords } from '../shared/csv.js';
import { planImport } from './import-plan.js';
import { applyMapping, detectMapping } from './staff-columns.js';

const FILE = path.join(ROOT, 'test/fixtures/hr/staff-50.kk.csv');
let cardExists: (code: string, level: number) => boolean;

beforeAll(async () => {
  const cards = new Set((await readEdition(BUNDLED_EDITION)).cards.map((c) => `${c.code.value}/${c.level.value}`));
  cardExists = (code, level) => cards.has(`${code}/${level}`);
});

describe('the kk staff fixture', () => {
  const text = readFileSync(FILE, 'utf8');

  it('is what the generator writes (regenerate it with scripts/make-staff-fixture.ts)', () => {
    expect(text).toBe(staffFixture(50, 262));
  });

  it('maps every Kazakh header but the row counter, and plans 48 adds and 2 rejects naming the cells', () => {
    const rows = parseCsv(text);
    const { mapping, missing } = detectMapping(rows[0] ?? []);
    expect(missing).toEqual([]);
    expect(Object.entries(mapping).filter(([, c]) => c === null)).toEqual([['№ р/с', null]]);
    const records = toRecords(rows).map((r) => applyMapping(r, mapping));
    const plan = planImport(records, new Map(), { today: '2026-01-15', lang: 'kk', cardExists });
    expect(plan.add).toHaveLength(48);
    expect(plan.reject.map((r) => [r.row, r.personnelNo, r.errors.map((e) => e.column)])).toEqual([
      [18, '01017', ['positionSince']],
      [43, '01042', ['educationLevel']],
    ]);
    expect(plan.reject[0]?.errors[0]?.message).toBe(
      'Лауазымға тағайындалған күні: лауазымға тағайындалған күн туған күннен бұрын тұр.',
    );
    expect(plan.reject[1]?.errors[0]?.message).toMatch(/^Білімі: «жогарғы\?\?» деген білім деңгейі танылмады/);
    expect(new Set(plan.add.map((a) => a.record.position.cardCode))).toEqual(
      new Set(['1344-0-004', '2635-3-001', '2634-9-004', '3412-0-008', '3412-0-009']),
    );
  });
});
