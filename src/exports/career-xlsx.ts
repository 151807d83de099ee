/**
 * Tables as an XLSX workbook, one sheet per table (used for the career gap report): lines above
 * each table in bold, the header bold and frozen, given column widths, wrapped text, Kazakh text
 * as it is.
 */
import ExcelJS from 'exceljs';
import type { Sheet } from '../domain/career/gap-sheets.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kasip';
  for (const s of sheets) {
    const headerRow = s.preamble.length + 1;
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    const name = s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    for (const row of s.preamble) sheet.addRow(row).font = { bold: true };
    sheet.addRow(s.header).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => {
      column.width = s.widths[i] ?? 14;
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
