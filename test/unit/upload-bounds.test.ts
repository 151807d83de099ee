/** Staff lists are bounded while they are read: rows counted as parsed, an XLSX refused before it is inflated. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/shared/csv.js';
import { csvRecords, readStaffFile, xlsxRecords } from '../../src/importer/staff-file.js';
import { XLSX_LIMITS, checkZipBounds } from '../../src/importer/zip-bounds.js';
import { zipOf } from '../support/zip.js';

async function workbookOf(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('staff');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: Error & { code?: string }) => ({ code: error.code, message: error.message }),
  );

const list = (n: number) => ['id,card', ...Array.from({ length: n }, (_, i) => `T-${i},2635-3-001`)].join('\n');

describe('upload bounds', () => {
  it('stops a CSV at the row cap as it parses, naming the cap', () => {
    expect(csvRecords(list(3), 3)).toHaveLength(3);
    expect(() => csvRecords(list(4), 3)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    expect(() => csvRecords(list(4), 3)).toThrow(/more than 3 rows/);
    // Blank lines are not rows, so they do not count against the cap.
    expect(csvRecords(`${list(3)}\n\n\n`, 3)).toHaveLength(3);
    expect(() => parseCsv(list(1_000_000), { maxRows: 200_000 })).toThrow(/more than 200000 rows/);
  });

  it('reads a workbook within the bounds, and stops one over the row cap', async () => {
    const rows = [['id', 'card'], ...Array.from({ length: 5 }, (_, i) => [`T-${i}`, '2635-3-001'])];
    expect(await xlsxRecords(await workbookOf(rows), 5)).toEqual(rows.slice(1).map(([id, card]) => ({ id, card })));
    expect(await refusal(xlsxRecords(await workbookOf(rows), 4))).toEqual({
      code: 'validation_failed',
      message: expect.stringContaining('more than 4 rows'),
    });
  });

  it('reads a workbook whose sheet comes before xl/workbook.xml in the zip (exceljs writes that now and then)', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const workbook = zipOf([
      {
        name: '[Content_Types].xml',
        data: `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
      {
        name: 'xl/sharedStrings.xml',
        data: `${xml}<sst xmlns="${main}" count="2" uniqueCount="2"><si><t>id</t></si><si><t>T-1</t></si></sst>`,
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: `${xml}<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`,
      },
      {
        name: 'xl/workbook.xml',
        data: `${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="staff" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    ]);
    expect(await xlsxRecords(workbook)).toEqual([{ id: 'T-1' }]);
  });

  it('refuses a zip bomb on its declared size, without inflating it', async () => {
    const sheet = '<worksheet><sheetData/></worksheet>';
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 400 * 1024 * 1024 }]);
    const started = performance.now();
    expect(await refusal(xlsxRecords(bomb))).toEqual({
      code: 'validation_failed',
      message: expect.stringContaining(`more than ${XLSX_LIMITS.maxInflatedBytes / 1024 / 1024} MB`),
    });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a part that inflates past what it declares, and parts the directory does not list', () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const liar = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1024 }]);
    expect(() => checkZipBounds(liar)).toThrow(/unpacks to more than it declares/);
    const hidden = zipOf([
      { name: 'a.xml', data: '<a/>' },
      { name: 'xl/worksheets/sheet1.xml', data: zeros, unlisted: true },
    ]);
    expect(() => checkZipBounds(hidden)).toThrow(/table of contents does not list/);
  });

  it('refuses too many parts, an empty zip and a workbook without a sheet', async () => {
    const many = zipOf(Array.from({ length: 12 }, (_, i) => ({ name: `p${i}.xml`, data: '<p/>' })));
    expect(() => checkZipBounds(many, { maxInflatedBytes: 1024, maxEntries: 10 })).toThrow(/at most 10 are read/);
    expect(await refusal(xlsxRecords(zipOf([])))).toEqual({
      code: 'validation_failed',
      message: expect.stringContaining('the archive is empty'),
    });
    const noSheet = zipOf([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: 'xl/workbook.xml', data: '<workbook><sheets/></workbook>' },
    ]);
    expect(await refusal(xlsxRecords(noSheet))).toEqual({
      code: 'validation_failed',
      message: expect.stringContaining('no sheet'),
    });
    expect(await refusal(xlsxRecords(Buffer.from('not a zip at all')))).toMatchObject({ code: 'validation_failed' });
  });

  it('gives the command line the same bounds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-staff-'));
    const csv = path.join(dir, 'staff.csv');
    writeFileSync(csv, list(4));
    expect(await readStaffFile(csv, 4)).toHaveLength(4);
    expect(await refusal(readStaffFile(csv, 3))).toEqual({
      code: 'validation_failed',
      message: expect.stringMatching(/staff\.csv: .*more than 3 rows/),
    });
    const xlsx = path.join(dir, 'bomb.xlsx');
    writeFileSync(xlsx, zipOf([{ name: 'xl/worksheets/sheet1.xml', data: '<x/>', declaredSize: 2 ** 32 - 2 }]));
    expect(await refusal(readStaffFile(xlsx))).toEqual({
      code: 'validation_failed',
      message: expect.stringMatching(/bomb\.xlsx: .*unpacks to more than/),
    });
  });
});
