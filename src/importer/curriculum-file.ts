/**
 * Takes an uploaded curriculum apart into tables of cell text: an XLSX workbook's sheets (with
 * exceljs) or a DOCX document's tables (with mammoth, converted to HTML, whose tables keep their
 * row and column spans; the cells under a span are left blank, which the layout reads as "the
 * same as above", just as it reads a merged cell of a workbook). Both are zips: their declared
 * and actual inflated sizes are checked before either library inflates anything (zip-bounds.ts).
 * A file that cannot be read answers the reason, never throws, so the operation can say it in
 * the caller's language.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import {
  CURRICULUM_LIMITS,
  type CurriculumFile,
  type CurriculumTable,
  type UnreadableReason,
  cleanCell,
} from '../domain/programmes/curriculum-table.js';
import { AppError } from '../domain/shared/errors.js';
import { checkZipBounds } from './zip-bounds.js';

/** The largest curriculum file accepted (the route's body bound adds the form's overhead). */
export const MAX_CURRICULUM_BYTES = 10 * 1024 * 1024;
/** A curriculum of a few hundred rows unpacks to a few MB; 60 MB leaves room for pictures. */
const CURRICULUM_ZIP_LIMITS = { maxInflatedBytes: 60 * 1024 * 1024, maxEntries: 2000 };

class Unreadable extends Error {
  readonly reason: UnreadableReason;
  constructor(reason: UnreadableReason) {
    super(reason);
    this.reason = reason;
  }
}

const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

/** The kind of office file, from the part names a zip lists (they are stored uncompressed). */
function formatOf(bytes: Uint8Array): 'xlsx' | 'docx' | undefined {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  // A document first: one may embed a workbook (a chart's data), a workbook never holds a document.
  if (has(bytes, 'word/document.xml')) return 'docx';
  if (has(bytes, 'xl/workbook.xml')) return 'xlsx';
  return undefined;
}

/** The tables of an uploaded curriculum, or why it cannot be read. */
export async function readCurriculumFile(bytes: Uint8Array): Promise<CurriculumFile> {
  try {
    if (bytes.byteLength === 0) throw new Unreadable('not-a-file');
    if (bytes.byteLength > MAX_CURRICULUM_BYTES) throw new Unreadable('too-large');
    const format = formatOf(bytes);
    if (!format) throw new Unreadable('unknown-format');
    try {
      checkZipBounds(bytes, CURRICULUM_ZIP_LIMITS);
    } catch (error) {
      if (error instanceof AppError && /unpacks to more|too many parts/.test(error.message))
        throw new Unreadable('too-large');
      throw new Unreadable('damaged');
    }
    const tables = format === 'xlsx' ? await xlsxTables(bytes) : await docxTables(bytes);
    return { format, tables };
  } catch (error) {
    if (error instanceof Unreadable) return { unreadable: error.reason };
    return { unreadable: 'damaged' };
  }
}

function cellText(cell: ExcelJS.Cell): string {
  // A merged range's other cells repeat its first cell's value in exceljs; they are blank here.
  if (cell.isMerged && cell.master !== cell) return '';
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return '';
  }
  return String(value);
}

async function xlsxTables(bytes: Uint8Array): Promise<CurriculumTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  if (workbook.worksheets.length > CURRICULUM_LIMITS.tables) throw new Unreadable('too-many-tables');
  return workbook.worksheets.map((sheet) => {
    if (sheet.rowCount > CURRICULUM_LIMITS.rows) throw new Unreadable('too-many-rows');
    const columns = Math.min(sheet.columnCount, CURRICULUM_LIMITS.columns);
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= columns; c++) cells.push(cleanCell(cellText(row.getCell(c))));
      rows.push(cells);
    }
    return { kind: 'sheet' as const, name: cleanCell(sheet.name).slice(0, 200), rows };
  });
}

async function docxTables(bytes: Uint8Array): Promise<CurriculumTable[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlTables(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

type RawCell = { text: string; rowSpan: number; colSpan: number };
const span = (attributes: string, name: string) => {
  const value = Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, CURRICULUM_LIMITS.rows) : 1;
};

/**
 * The top-level tables of mammoth's HTML as grids: spans expanded, the cells they cover blank,
 * a cell's paragraphs and list items one line each. A table inside a cell becomes that cell's text.
 */
export function htmlTables(html: string): CurriculumTable[] {
  const tables: CurriculumTable[] = [];
  let depth = 0;
  let rows: RawCell[][] = [];
  let cell: RawCell | undefined;
  const tokens = html.matchAll(/<(\/?)(table|tr|td|th|p|li|br)\b([^>]*)>|([^<]+)/gi);
  for (const [, closing, rawTag, attributes = '', text] of tokens) {
    const tag = rawTag?.toLowerCase();
    if (text !== undefined) {
      if (cell) cell.text += decode(text);
      continue;
    }
    if (tag === 'table') {
      if (!closing) {
        depth++;
        if (depth === 1) rows = [];
      } else if (depth > 0) {
        depth--;
        if (depth === 0) {
          if (tables.length >= CURRICULUM_LIMITS.tables) throw new Unreadable('too-many-tables');
          tables.push({ kind: 'table', name: String(tables.length + 1), rows: grid(rows) });
        }
      }
      continue;
    }
    if (depth !== 1) {
      if (cell && (tag === 'p' || tag === 'li' || tag === 'br' || tag === 'tr') && !closing) cell.text += '\n';
      continue;
    }
    if (tag === 'tr' && !closing) {
      if (rows.length >= CURRICULUM_LIMITS.rows) throw new Unreadable('too-many-rows');
      rows.push([]);
    } else if ((tag === 'td' || tag === 'th') && !closing) {
      cell = { text: '', rowSpan: span(attributes, 'rowspan'), colSpan: span(attributes, 'colspan') };
      rows.at(-1)?.push(cell);
    } else if ((tag === 'td' || tag === 'th') && closing) {
      cell = undefined;
    } else if (cell && (tag === 'p' || tag === 'li' || tag === 'br') && !closing && cell.text !== '') {
      cell.text += '\n';
    }
  }
  return tables;
}

/** Rows of cells with spans → a grid: a spanned-over place is blank. */
function grid(rows: RawCell[][]): string[][] {
  const out: string[][] = [];
  const taken = new Map<number, number>(); // column → rows still covered from above
  for (const raw of rows) {
    const line: string[] = [];
    let column = 0;
    const place = (text: string) => {
      if (column < CURRICULUM_LIMITS.columns) line[column] = text;
      column++;
    };
    for (const cell of raw) {
      while ((taken.get(column) ?? 0) > 0) place('');
      const text = cleanCell(cell.text.replace(/\n{2,}/g, '\n').trim());
      for (let c = 0; c < cell.colSpan; c++) {
        if (cell.rowSpan > 1) taken.set(column, cell.rowSpan);
        place(c === 0 ? text : '');
      }
    }
    while ([...taken.keys()].some((k) => k >= column && (taken.get(k) ?? 0) > 0)) place('');
    // A span covers the rows below its first row: one fewer left after each row.
    for (const [k, left] of taken) if (left > 0) taken.set(k, left - 1);
    out.push(Array.from({ length: line.length }, (_, i) => line[i] ?? ''));
  }
  return out;
}
