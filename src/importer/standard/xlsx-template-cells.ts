/**
 * Cells of the methodologists' template as the reader sees them: every sheet as rows of trimmed
 * strings with their 1-based row numbers, and a collector of issues that knows where it is.
 */
import type ExcelJS from 'exceljs';
import type { ImportIssue, ImportMessage } from '../../domain/workbench/imported-standard.js';
import { CARD_COLUMNS, type CardColumn, columnLetter } from '../../domain/workbench/xlsx-template-layout.js';

export type SheetRow = { row: number; cells: string[] };
export type Sheet = { name: string; rows: SheetRow[] };

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => String(r.text ?? '')).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value)
      return value.result === undefined || value.result === null ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** Every sheet's non-blank rows, cells trimmed (the first cell is column A). */
export function sheetsOf(workbook: ExcelJS.Workbook): Sheet[] {
  return workbook.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? (row.values as ExcelJS.CellValue[]).slice(1) : [];
      const cells = Array.from({ length: values.length }, (_, i) => cellText(values[i] ?? null).trim());
      if (cells.some((c) => c !== '')) rows.push({ row: rowNumber, cells });
    });
    return { name: ws.name, rows };
  });
}

/** Collects issues, placing each at a sheet, row and column. */
export class Issues {
  readonly list: ImportIssue[] = [];
  error(
    sheet: string | undefined,
    row: number | undefined,
    column: CardColumn | string | undefined,
    message: ImportMessage,
  ) {
    this.add('error', sheet, row, column, message);
  }
  warning(
    sheet: string | undefined,
    row: number | undefined,
    column: CardColumn | string | undefined,
    message: ImportMessage,
  ) {
    this.add('warning', sheet, row, column, message);
  }
  get hasErrors(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }
  private add(
    severity: ImportIssue['severity'],
    sheet: string | undefined,
    row: number | undefined,
    column: string | undefined,
    message: ImportMessage,
  ) {
    const letter =
      column === undefined
        ? undefined
        : column in CARD_COLUMNS
          ? columnLetter(CARD_COLUMNS[column as CardColumn].index)
          : column;
    this.list.push({
      severity,
      place: { ...(sheet ? { sheet } : {}), ...(row ? { row } : {}), ...(letter ? { column: letter } : {}) },
      message,
    });
  }
}

/** A row of a sheet in the card layout, read by column name. */
export const cell = (row: SheetRow, column: CardColumn): string => row.cells[CARD_COLUMNS[column].index - 1] ?? '';
