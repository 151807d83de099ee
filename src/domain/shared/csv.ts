import { validationFailed } from './errors.js';

/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields with doubled quotes, CRLF or LF, a
 * UTF-8 BOM from Excel, and `;` as the separator where a locale uses the comma for decimals.
 */
export function detectSeparator(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[',']) return counts['\t'] > counts[';'] ? '\t' : ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/** The error of a table longer than a reader's bound, naming the bound. */
export const tooManyRows = (maxRows: number) =>
  validationFailed(`The table has more than ${maxRows} rows; at most ${maxRows} are read at once. Split it.`);

/**
 * Parses CSV text into rows of fields (blank rows dropped). Never throws on its syntax: an
 * unclosed quote ends at the end of the text. With `maxRows`, throws `tooManyRows` as soon as
 * more than that many rows follow the first (the header), so a million short lines never
 * become a million arrays.
 */
export function parseCsv(text: string, { maxRows = Number.POSITIVE_INFINITY } = {}): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = detectSeparator(input.slice(0, input.search(/\r?\n|$/)));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f.trim() !== '')) {
      if (rows.length > maxRows) throw tooManyRows(maxRows);
      rows.push(row);
    }
    row = [];
    field = '';
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Rows with a header → records keyed by the trimmed, lower-cased header names. */
export function toRecords(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const keys = header.map((h) => h.trim().toLowerCase());
  return body.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

function quote(value: string): string {
  return /[",;\r\n\t]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+7 701 …`, `@SUM(…)`)
 * gets a leading `'`, so it is shown as text (OWASP, CSV injection). Numbers stay numbers:
 * a JS number is never touched and neither is a text that is just a number ("-5").
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function cellOf(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutraliseFormula(value) : String(value);
}

/** CSV text with a BOM (so Excel reads UTF-8 Kazakh text correctly) and CRLF line ends. */
export function stringifyCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map((v) => quote(cellOf(v))).join(',')).join('\r\n')}\r\n`;
}
