/**
 * The template reader on bad input: each kind of mistake is an error placed at its sheet, row
 * and column and said in kk, ru and en; random bytes and randomly damaged workbooks give an
 * answer (issues), never a throw.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_COLUMNS, type CardColumn, EMPTY_CARD_SHEET } from '../../src/domain/workbench/xlsx-template-layout.js';
import { editionToWorkbook } from '../../src/exports/standard-xlsx/edition-workbook.js';
import { readXlsxTemplate } from '../../src/importer/standard/xlsx-template.js';
import { TWO_CARD_XLSX } from '../support/paths.js';

/** The fixture with some cells of «Карта 1» changed (row numbers as Excel shows them). */
async function damaged(change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(TWO_CARD_XLSX) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(EMPTY_CARD_SHEET);
  if (!sheet) throw new Error('no card sheet');
  change(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const set = (sheet: ExcelJS.Worksheet, row: number, column: CardColumn, value: string | number | null) => {
  sheet.getCell(row, CARD_COLUMNS[column].index).value = value;
};
/** The row of the sheet whose column A reads `type` (the first one). */
const rowOf = (sheet: ExcelJS.Worksheet, type: string): number => {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === type) return r;
  throw new Error(`no row ${type}`);
};

async function errorsOf(bytes: Uint8Array) {
  const { edition, issues } = await readXlsxTemplate(bytes);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) expect(edition).toBeUndefined();
  return errors;
}

describe('XLSX template reader: mistakes', () => {
  it('reads the hand-filled fixture without errors, giving new items ids', async () => {
    const { edition, issues } = await readXlsxTemplate(readFileSync(TWO_CARD_XLSX));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(edition?.cards.map((c) => c.id)).toEqual(['2622-1-001.5', '2622-1-002.6']);
    expect(edition?.cards[0]?.labourFunctions[0]?.tasks[0]?.skills.map((s) => s.id)).toEqual([
      '2622-1-001.5.f1.t1.s1',
      '2622-1-001.5.f1.t1.s2',
    ]);
  });

  it.each([
    {
      what: 'a bad profession code',
      change: (s: ExcelJS.Worksheet) => set(s, rowOf(s, 'Кәсіп коды'), 'kk', '26221001'),
      column: 'D',
      type: 'Кәсіп коды',
      en: /must look like 2635-3-001/,
    },
    {
      what: 'a missing required cell (a numbered skill without text)',
      change: (s: ExcelJS.Worksheet) => set(s, rowOf(s, 'Дағды'), 'kk', null),
      column: 'D',
      type: 'Дағды',
      en: /required cell is blank/,
    },
    {
      what: 'an unknown value of a drop-down',
      change: (s: ExcelJS.Worksheet) => set(s, rowOf(s, 'Білім нұсқасы'), 'educationLevel', 'магистр'),
      column: 'J',
      type: 'Білім нұсқасы',
      en: /Unknown value “магистр”/,
    },
    {
      what: 'an unknown row type',
      change: (s: ExcelJS.Worksheet) => set(s, rowOf(s, 'Міндет'), 'type', 'Тапсырма'),
      column: 'A',
      type: 'Тапсырма',
      en: /Unknown row type/,
    },
    {
      what: 'a level out of range',
      change: (s: ExcelJS.Worksheet) => set(s, rowOf(s, 'СБШ бойынша біліктілік деңгейі'), 'kk', 9),
      column: 'D',
      type: 'СБШ бойынша біліктілік деңгейі',
      en: /number from 1 to 8/,
    },
  ])('$what is an error at its sheet, row and column', async ({ change, column, type, en }) => {
    let row = 0;
    const bytes = await damaged((s) => {
      change(s);
      row = rowOf(s, type);
    });
    const errors = await errorsOf(bytes);
    // The first error is the mistake itself (rows below it may follow from it: a task's skills).
    expect(errors[0]?.place).toEqual({ sheet: EMPTY_CARD_SHEET, row, column });
    expect(errors[0]?.message.en).toMatch(en);
    expect(errors[0]?.message.kk).not.toBe(errors[0]?.message.en);
    expect(errors[0]?.message.ru).not.toBe(errors[0]?.message.en);
  });

  it('a skill row without a task above it is an error on that row', async () => {
    let row = 0;
    const bytes = await damaged((s) => {
      const task = rowOf(s, 'Міндет');
      set(s, task, 'type', 'Дағды');
      row = task;
    });
    const errors = await errorsOf(bytes);
    expect(errors).toContainEqual(expect.objectContaining({ place: { sheet: EMPTY_CARD_SHEET, row, column: 'A' } }));
    expect(errors.find((e) => e.place.row === row)?.message.en).toMatch(/no “Міндет” row above it/);
  });

  it('a duplicate id is an error naming where it was first', async () => {
    const bytes = await damaged((s) => {
      set(s, rowOf(s, 'Дағды'), 'id', 'x.s1');
      set(s, rowOf(s, 'Білім'), 'id', 'x.s1');
    });
    const errors = await errorsOf(bytes);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.en).toMatch(/used twice \(first at Карта 1!\d+\)/);
  });

  it('a standard id that is not an id is an error on the Standard sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(TWO_CARD_XLSX) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Стандарт');
    if (!sheet) throw new Error('no Standard sheet');
    const row = rowOf(sheet, 'Стандарт');
    set(sheet, row, 'id', 'Library Work');
    const errors = await errorsOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(errors).toEqual([expect.objectContaining({ place: { sheet: 'Стандарт', row, column: 'B' } })]);
  });

  it('the empty template says which rows a card lacks instead of failing', async () => {
    const { edition, issues } = await readXlsxTemplate(await editionToWorkbook(undefined));
    expect(edition).toBeUndefined();
    expect(issues.some((i) => i.severity === 'error')).toBe(true);
  });
});

describe('XLSX template reader: never throws', () => {
  it('answers issues for random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const { edition, issues } = await readXlsxTemplate(bytes);
        expect(edition).toBeUndefined();
        expect(issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('answers for randomly damaged workbooks (bytes flipped, cut short)', async () => {
    const valid = new Uint8Array(readFileSync(TWO_CARD_XLSX));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat(valid.length), { nil: undefined }),
        async (flips, cut) => {
          const bytes = valid.slice(0, cut);
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const { issues, edition } = await readXlsxTemplate(bytes);
          if (!edition) expect(issues.some((i) => i.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('answers for workbooks with random cell values in random places', async () => {
    const cellValue = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.constantFrom('Дағды', 'Міндет', 'Еңбек функциясы', 'Білім нұсқасы', 'жоғары', '', '2635-3-001'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 20 }), cellValue), {
          minLength: 1,
          maxLength: 10,
        }),
        async (writes) => {
          const bytes = await damaged((s) => {
            for (const [row, column, value] of writes) s.getCell(row, column).value = value;
          });
          const { issues, edition } = await readXlsxTemplate(bytes);
          if (!edition) expect(issues.some((i) => i.severity === 'error')).toBe(true);
          for (const i of issues) expect(i.message.kk.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
