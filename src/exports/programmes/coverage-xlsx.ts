/**
 * The coverage matrix as an XLSX workbook: a heat map of items × modules (each cell is the
 * number of the module's outcomes that link the item, filled darker the more there are), a
 * status column filled as the web shows it, the header row and the item columns frozen; a sheet
 * of hours per labour function; a sheet of exceptions with their reasons. Labels in the
 * document's language, item texts the official Kazakh.
 */
import ExcelJS from 'exceljs';
import type { CoverageStatus } from '../../domain/programmes/coverage.js';
import { type ProgrammeDocumentInput, programmeDocumentModel } from './programme-document.js';

/** Fills by the number of outcomes linking the item: one, two, three or more. */
export const HEAT_FILLS = ['FFD9EAD3', 'FF93C47D', 'FF38761D'] as const;

export const STATUS_FILLS: Record<CoverageStatus, string> = {
  covered: 'FFD9EAD3',
  'theory-only': 'FFFFF2CC',
  uncovered: 'FFF4CCCC',
  excepted: 'FFE7E6E6',
};

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export async function renderCoverageXlsx(input: ProgrammeDocumentInput): Promise<Buffer> {
  const m = programmeDocumentModel(input);
  const l = m.labels;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kasip';
  workbook.title = m.title;

  const fixed = ['№', 'ID', l.kind, l.item];
  const matrix = workbook.addWorksheet(sheetName(l.matrixHeading), {
    views: [{ state: 'frozen', xSplit: fixed.length, ySplit: 1 }],
  });
  matrix.addRow([...fixed, ...m.matrix.moduleCodes, l.statusColumn]).font = { bold: true };
  const byItem = new Map(input.coverage.rows.map((r) => [r.itemId, r]));
  m.matrix.rows.forEach((r, i) => {
    const cells = input.programme.content.modules.map(
      (mod) => byItem.get(r.itemId)?.cells.find((c) => c.moduleId === mod.id)?.outcomeIds.length ?? 0,
    );
    const row = matrix.addRow([i + 1, r.itemId, r.kind, r.kk, ...cells.map((n) => (n === 0 ? null : n)), r.status]);
    cells.forEach((n, c) => {
      if (n === 0) return;
      const cell = row.getCell(fixed.length + c + 1);
      cell.fill = solid(HEAT_FILLS[Math.min(n, HEAT_FILLS.length) - 1] ?? HEAT_FILLS[0]);
      cell.alignment = { horizontal: 'center' };
      if (n >= 3) cell.font = { color: { argb: 'FFFFFFFF' }, bold: true };
    });
    row.getCell(fixed.length + cells.length + 1).fill = solid(STATUS_FILLS[r.statusKey]);
  });
  matrix.columns.forEach((column, i) => {
    column.width = i === 3 ? 70 : i === 1 ? 24 : i < fixed.length ? 10 : 12;
    if (i === 3) column.alignment = { wrapText: true, vertical: 'top' };
  });

  const hours = workbook.addWorksheet(sheetName(l.hoursHeading), { views: [{ state: 'frozen', ySplit: 1 }] });
  hours.addRow([l.labourFunction, l.hoursColumn, l.items, l.covered]).font = { bold: true };
  for (const h of m.hours) hours.addRow([h.labourFunction, h.hours, h.items, h.covered]);
  hours.addRow([l.unattributed, m.unattributedHours]);
  hours.columns.forEach((column, i) => {
    column.width = i === 0 ? 80 : 12;
  });

  const exceptions = workbook.addWorksheet(sheetName(l.exceptionsHeading.split(' (')[0] ?? 'Exceptions'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  exceptions.addRow(['ID', l.item, l.reason]).font = { bold: true };
  for (const e of m.exceptions) exceptions.addRow([e.itemId, e.kk, e.reason]);
  exceptions.columns.forEach((column, i) => {
    column.width = i === 0 ? 24 : 60;
    column.alignment = { wrapText: true, vertical: 'top' };
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
