/**
 * An edition (or nothing: the empty template) as the methodologists' XLSX workbook: the
 * instructions in kk/ru/en, the Standard sheet, terms, professions, one sheet per card laid out
 * like the printed card, and a Lists sheet the drop-downs read from. Frozen header row, column
 * widths and wrapped text so the workbook is usable in Excel and LibreOffice as it is.
 */
import ExcelJS from 'exceljs';
import type { Edition } from '../../domain/standard/edition.js';
import {
  CARD_COLUMNS,
  CARD_COLUMN_KEYS,
  DROPDOWNS,
  DROPDOWN_ROWS,
  EMPTY_CARD_SHEET,
  INSTRUCTIONS,
  PROFESSION_COLUMNS,
  SHEETS,
  STANDARD_ROWS,
  TERM_COLUMNS,
  type TemplateLanguage,
  columnLetter,
} from '../../domain/workbench/xlsx-template-layout.js';
import {
  type TemplateRow,
  cardRows,
  emptyCardRows,
  emptyStandardRows,
  professionRow,
  standardRows,
  termRow,
} from './template-rows.js';

const STANDARD_ROW_TYPES = Object.values(STANDARD_ROWS);
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const BLOCK_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const UNOFFICIAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** Sheet names are at most 31 characters, without []:*?/\ and unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function headerRow(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
  const row = sheet.addRow([...headers]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

/** A sheet in the card layout (card sheets and the Standard sheet). */
function addRowSheet(workbook: ExcelJS.Workbook, name: string, rows: TemplateRow[], standard = false): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = CARD_COLUMN_KEYS.map((key) => ({ width: CARD_COLUMNS[key].width }));
  headerRow(
    sheet,
    CARD_COLUMN_KEYS.map((key) => CARD_COLUMNS[key].header),
  );
  for (const r of rows) {
    const values: (string | number | null)[] = CARD_COLUMN_KEYS.map((key) => r[key] ?? null);
    const row = sheet.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (r.block) {
      row.font = { bold: true };
      row.getCell(1).fill = BLOCK_FILL;
    } else {
      row.getCell(CARD_COLUMNS.ru.index).fill = UNOFFICIAL_FILL;
      row.getCell(CARD_COLUMNS.en.index).fill = UNOFFICIAL_FILL;
    }
  }
  for (const dropdown of DROPDOWNS) {
    const index = dropdown.column === 'type' ? 1 : CARD_COLUMNS[dropdown.column].index;
    const letter = columnLetter(index);
    // The Standard sheet's row types are its own list, in the column after the card sheets' lists.
    const own = standard && dropdown.column === 'type';
    const listColumn = columnLetter(own ? DROPDOWNS.length + 1 : DROPDOWNS.indexOf(dropdown) + 1);
    const count = own ? STANDARD_ROW_TYPES.length : dropdown.values.length;
    // A list on the Lists sheet, not inline: inline lists are limited to 255 characters.
    // showErrorMessage false: several values (levels "ТжКБ, жоғары") stay possible; the importer checks.
    (
      sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${DROPDOWN_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${SHEETS.lists}'!$${listColumn}$1:$${listColumn}$${count}`],
      showErrorMessage: false,
    });
  }
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  rows: (string | number)[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((_, i) => ({ width: i < 2 ? 12 : 40 }));
  headerRow(sheet, headers);
  for (const r of rows) sheet.addRow(r).alignment = { wrapText: true, vertical: 'top' };
}

/** The workbook of an edition; without one, the empty template with one card sheet to copy. */
export async function editionToWorkbook(edition: Edition | undefined, lang: TemplateLanguage = 'kk'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kasip';
  const taken = new Set<string>(Object.values(SHEETS).map((s) => s.toLowerCase()));

  const instructions = workbook.addWorksheet(SHEETS.instructions);
  instructions.columns = [{ width: 110 }];
  const order: TemplateLanguage[] = [lang, ...(['kk', 'ru', 'en'] as const).filter((l) => l !== lang)];
  for (const l of order) {
    instructions.addRow([l.toUpperCase()]).font = { bold: true };
    for (const line of INSTRUCTIONS) instructions.addRow([line[l]]).alignment = { wrapText: true };
    instructions.addRow([]);
  }

  addRowSheet(workbook, SHEETS.standard, edition ? standardRows(edition) : emptyStandardRows(), true);
  addTableSheet(workbook, SHEETS.terms, TERM_COLUMNS, edition ? edition.terms.map(termRow) : []);
  addTableSheet(
    workbook,
    SHEETS.professions,
    PROFESSION_COLUMNS,
    edition ? edition.professions.map(professionRow) : [],
  );
  if (edition) {
    for (const card of edition.cards) {
      addRowSheet(workbook, sheetName(`${card.code.value} (${card.level.value})`, taken), cardRows(card));
    }
  } else {
    addRowSheet(workbook, EMPTY_CARD_SHEET, emptyCardRows());
  }

  const lists = workbook.addWorksheet(SHEETS.lists, { state: 'hidden' });
  DROPDOWNS.forEach((dropdown, i) => {
    dropdown.values.forEach((value, j) => {
      lists.getCell(j + 1, i + 1).value = value;
    });
  });
  STANDARD_ROW_TYPES.forEach((value, j) => {
    lists.getCell(j + 1, DROPDOWNS.length + 1).value = value;
  });
  // The Lists sheet is last so card sheets keep their order; it is still a fixed sheet the reader skips.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
