/**
 * Reads a staff list (CSV or XLSX; the first sheet, a header row, one person per row) into
 * records for the batch category engine and the staff import. Errors name the file and what is
 * wrong. Every reader is bounded while it reads, so a hostile file is refused before it can
 * exhaust memory: rows are counted as they are parsed and reading stops at the cap, and an XLSX
 * is refused on its declared inflated size before anything is inflated (zip-bounds.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, validationFailed } from '../domain/shared/errors.js';
import { parseCsv, toRecords, tooManyRows } from '../domain/shared/csv.js';
import { XLSX_LIMITS, checkZipBounds } from './zip-bounds.js';

/** The most rows a staff list may have (the batch category check's bound). */
export const MAX_STAFF_ROWS = 200_000;
/** The largest staff file the CLI reads, as the batch route's body bound. */
export const MAX_STAFF_FILE_BYTES = 32 * 1024 * 1024;

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

/** The records of a CSV text, refusing more than `maxRows` rows below the header. */
export function csvRecords(text: string, maxRows = MAX_STAFF_ROWS): Record<string, string>[] {
  return toRecords(parseCsv(text, { maxRows }));
}

/**
 * The records of an XLSX workbook's first sheet, refusing more than `maxRows` rows below the
 * header. The sheet is streamed row by row, so reading stops at the cap with little held.
 */
export async function xlsxRecords(data: Uint8Array, maxRows = MAX_STAFF_ROWS): Promise<Record<string, string>[]> {
  checkZipBounds(data, XLSX_LIMITS);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(data)]), {
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // exceljs reads a sheet that comes before xl/workbook.xml in the zip (exceljs's own writer puts
  // it there now and then) through `this.model.sheets` before anything set `model`, and fails
  // with a TypeError; an empty model only leaves that sheet unnamed, which is not read here.
  Object.assign(reader, { model: { sheets: [] } });
  let readSheet = false;
  const rows: string[][] = [];
  try {
    for await (const sheet of reader) {
      readSheet = true;
      for await (const row of sheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (!values.some((v) => v.trim() !== '')) continue;
        if (rows.length > maxRows) throw tooManyRows(maxRows);
        rows.push(values);
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw validationFailed('The file is not a readable XLSX workbook.');
  }
  if (!readSheet) throw validationFailed('The workbook has no sheet; put the staff list on its first sheet.');
  return toRecords(rows);
}

/** A staff list file as records, with the same bounds as an upload (size, rows, inflated size). */
export async function readStaffFile(file: string, maxRows = MAX_STAFF_ROWS): Promise<Record<string, string>[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.txt' && ext !== '.xlsx') {
    throw new AppError('validation_failed', `${file}: only .csv and .xlsx staff lists are read.`);
  }
  let data: Buffer;
  try {
    const { size } = await stat(file);
    if (size > MAX_STAFF_FILE_BYTES) {
      throw validationFailed(`${file} is larger than ${MAX_STAFF_FILE_BYTES / 1024 / 1024} MB; split it.`);
    }
    data = await readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not_found', `Cannot read ${file}.`);
  }
  try {
    return ext === '.xlsx' ? await xlsxRecords(data, maxRows) : csvRecords(data.toString('utf8'), maxRows);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `${file}: ${error.message}`, error.errors);
    throw error;
  }
}
