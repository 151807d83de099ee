/**
 * Reads a staff list (CSV or XLSX; the first sheet, a header row, one person per row) into
 * records for the batch category engine. Errors name the file and what is wrong.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../domain/shared/errors.js';
import { parseCsv, toRecords } from '../domain/shared/csv.js';

export const MAX_STAFF_ROWS = 200_000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return String(value.result ?? '');
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** The records of an XLSX workbook's first sheet. */
export async function xlsxRecords(data: ArrayBuffer | Buffer): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1).map(cellText));
  });
  return toRecords(rows);
}

export async function readStaffFile(file: string): Promise<Record<string, string>[]> {
  const ext = path.extname(file).toLowerCase();
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    throw new AppError('not_found', `Cannot read ${file}.`);
  }
  let records: Record<string, string>[];
  if (ext === '.csv' || ext === '.txt') records = toRecords(parseCsv(data.toString('utf8')));
  else if (ext === '.xlsx') {
    try {
      records = await xlsxRecords(data);
    } catch {
      throw new AppError('validation_failed', `${file} is not a readable XLSX workbook.`);
    }
  } else throw new AppError('validation_failed', `${file}: only .csv and .xlsx staff lists are read.`);
  if (records.length > MAX_STAFF_ROWS) {
    throw new AppError(
      'validation_failed',
      `${file} has ${records.length} rows; at most ${MAX_STAFF_ROWS} are read at once.`,
    );
  }
  return records;
}
