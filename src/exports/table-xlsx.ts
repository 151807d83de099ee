/**
 * A table (header row + rows) as an XLSX workbook: bold header, frozen first row, widths to fit,
 * Kazakh text as it is.
 */
import ExcelJS from 'exceljs';

export async function tableToXlsx(
  sheetName: string,
  table: readonly (readonly (string | number)[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kasip';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of table) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    // A loop, not Math.max(...): spreading 200,000 rows overflows the call stack.
    let longest = 0;
    for (const r of table) longest = Math.max(longest, String(r[i] ?? '').length);
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
