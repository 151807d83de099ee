/**
 * Reads the methodologists' XLSX template (src/exports/standard-xlsx writes it) into an edition.
 * Any bytes at all give an answer, never a throw: a file that is not a workbook, a missing
 * sheet, an unknown row type or drop-down value, a duplicate id, a skill with no task above it
 * are each an issue placed at its sheet, row and column, said in kk, ru and en. The workbook
 * carries no sources: every text cites PLACEHOLDER_SOURCE until the draft is compiled or its
 * official text is attached.
 */
import ExcelJS from 'exceljs';
import type { Edition } from '../../domain/standard/edition.js';
import {
  type EditionMeta,
  type Profession,
  type Term,
  cardSchema,
  editionSchema,
  itemIdSchema,
  professionSchema,
  termSchema,
} from '../../domain/standard/schemas.js';
import { type ImportedStandard, PLACEHOLDER_SOURCE } from '../../domain/workbench/imported-standard.js';
import {
  BLOCK_TITLES,
  CARD_COLUMNS,
  FIXED_SHEETS,
  PROVISION_KIND_LABELS,
  SHEETS,
  STANDARD_ROWS,
  STATUS_LABELS,
  type StandardRow,
} from '../../domain/workbench/xlsx-template-layout.js';
import { XLSX_LIMITS, checkZipBounds, zipFailureTexts } from '../zip-bounds.js';
import { message, restateAll } from '../../domain/shared/messages/index.js';
import { type Reader, readCardSheet, readEnum, readTexts } from './xlsx-template-card.js';
import { Issues, type Sheet, type SheetRow, cell, sheetsOf } from './xlsx-template-cells.js';
import { IdRegistry } from './xlsx-template-ids.js';
import { MSG } from './xlsx-template-messages.js';

/** The largest template read: Order 262 whole is under 1 MB. */
export const MAX_TEMPLATE_BYTES = 16 * 1024 * 1024;

const src = () => ({ lines: [...PLACEHOLDER_SOURCE.lines] as [number, number] });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STANDARD_BY_LABEL = new Map<string, StandardRow>(
  (Object.entries(STANDARD_ROWS) as [StandardRow, string][]).map(([k, v]) => [v.toLowerCase(), k]),
);
const SKIPPED = new Set([...Object.values(BLOCK_TITLES), CARD_COLUMNS.type.header].map((s) => s.toLowerCase()));

export type ReadTemplateOptions = { today?: Date };

export async function readXlsxTemplate(
  bytes: Uint8Array,
  options: ReadTemplateOptions = {},
): Promise<ImportedStandard> {
  const issues = new Issues();
  let sheets: Sheet[];
  try {
    if (bytes.byteLength > MAX_TEMPLATE_BYTES)
      throw new Error(message('en', 'zip.reason.largerThan', { mb: String(MAX_TEMPLATE_BYTES / 1024 / 1024) }));
    checkZipBounds(bytes, { ...XLSX_LIMITS, maxInflatedBytes: 64 * 1024 * 1024 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    sheets = sheetsOf(workbook);
  } catch (error) {
    const why =
      error instanceof Error
        ? error.message.replace(/^The file is not a readable XLSX workbook:?\s*/, '')
        : 'unreadable';
    // The reason in each language when it is one of the catalogue's (zip-bounds.ts, the size).
    const failure = zipFailureTexts(error);
    const known = failure ? (failure.reason ?? failure.sentence) : restateAll(why, 'zip.reason.');
    issues.error(undefined, undefined, undefined, MSG.notWorkbook(known ?? (why.slice(0, 200) || 'unreadable')));
    return { edition: undefined, issues: issues.list };
  }
  try {
    return readSheets(sheets, issues, options.today ?? new Date());
  } catch (error) {
    // A reader bug must still answer as an issue, not a 500.
    issues.error(undefined, undefined, undefined, MSG.invalid(error instanceof Error ? error.message : String(error)));
    return { edition: undefined, issues: issues.list };
  }
}

function readSheets(sheets: Sheet[], issues: Issues, today: Date): ImportedStandard {
  const ids = new IdRegistry(issues);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const standard = byName.get(SHEETS.standard);
  if (!standard) {
    issues.error(SHEETS.standard, undefined, undefined, MSG.missingSheet(SHEETS.standard));
    return { edition: undefined, issues: issues.list };
  }
  const { meta, editionId } = readStandard({ sheet: standard.name, issues, ids }, standard, today);
  const terms = readTerms({ sheet: SHEETS.terms, issues, ids }, byName.get(SHEETS.terms));
  const professions = readProfessions({ sheet: SHEETS.professions, issues, ids }, byName.get(SHEETS.professions));
  const cards = sheets
    .filter((s) => !FIXED_SHEETS.includes(s.name))
    .map((s) => readCardSheet(s, { issues, ids }))
    .filter((c) => c !== undefined);
  if (cards.length === 0) issues.error(undefined, undefined, undefined, MSG.noCards());
  ids.assign();
  meta.id = editionId.id;
  if (issues.hasErrors) return { edition: undefined, issues: issues.list };

  // The reader builds what the schemas ask; this is the net under it, said plainly when it catches.
  const checks: [string, { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }][] = [
    [SHEETS.standard, editionSchema.safeParse(meta)],
    ...terms.map((t) => [SHEETS.terms, termSchema.safeParse(t)] as [string, ReturnType<typeof termSchema.safeParse>]),
    ...professions.map(
      (p) =>
        [SHEETS.professions, professionSchema.safeParse(p)] as [string, ReturnType<typeof professionSchema.safeParse>],
    ),
    ...cards.map((c) => [c.id, cardSchema.safeParse(c)] as [string, ReturnType<typeof cardSchema.safeParse>]),
  ];
  for (const [sheet, result] of checks) {
    for (const i of result.error?.issues ?? []) {
      issues.error(sheet, undefined, undefined, MSG.invalid(`${i.path.map(String).join('.')}: ${i.message}`));
    }
  }
  if (issues.hasErrors) return { edition: undefined, issues: issues.list };
  const edition: Edition = { meta, terms, professions, cards, sourceText: '' };
  return { edition, issues: issues.list };
}

function readStandard(r: Reader, sheet: Sheet, today: Date): { meta: EditionMeta; editionId: { id: string } } {
  const values = new Map<StandardRow, SheetRow>();
  const provisions: EditionMeta['provisions'] = [];
  const provisionRows: { item: EditionMeta['provisions'][number]; row: SheetRow }[] = [];
  for (const row of sheet.rows) {
    const typeText = cell(row, 'type');
    if (SKIPPED.has(typeText.toLowerCase()) || !row.cells.slice(1).some((c) => c !== '')) continue;
    const type = STANDARD_BY_LABEL.get(typeText.toLowerCase());
    if (!type) {
      r.issues.error(
        sheet.name,
        row.row,
        'type',
        typeText ? MSG.unknownRowType(typeText) : MSG.required(CARD_COLUMNS.type.header),
      );
      continue;
    }
    if (type === 'provision') {
      const kind = readEnum(r, row, 'kind', PROVISION_KIND_LABELS);
      if (!cell(row, 'kind')) r.issues.error(sheet.name, row.row, 'kind', MSG.required(CARD_COLUMNS.kind.header));
      const item = {
        id: '',
        ...(cell(row, 'number') ? { number: cell(row, 'number') } : {}),
        kind: kind ?? 'purpose',
        ...readTexts(r, row, STANDARD_ROWS.provision),
        source: src(),
        ...(cell(row, 'note') ? { note: cell(row, 'note') } : {}),
      };
      provisions.push(item);
      provisionRows.push({ item, row });
      continue;
    }
    if (values.has(type)) r.issues.error(sheet.name, row.row, 'type', MSG.repeatedRow(STANDARD_ROWS[type]));
    values.set(type, row);
  }
  const text = (type: StandardRow) => {
    const row = values.get(type);
    if (!row) {
      r.issues.error(sheet.name, undefined, 'type', MSG.missingRow(STANDARD_ROWS[type]));
      return { kk: '-' };
    }
    return readTexts(r, row, STANDARD_ROWS[type]);
  };
  const standardRow = values.get('standard');
  const standardId = standardRow ? cell(standardRow, 'id') : '';
  if (standardRow && !standardId)
    r.issues.error(sheet.name, standardRow.row, 'id', MSG.required(STANDARD_ROWS.standard));
  else if (standardRow && !itemIdSchema.safeParse(standardId).success)
    r.issues.error(sheet.name, standardRow.row, 'id', MSG.badId(standardId));
  const editionRow = values.get('edition');
  const holder = { id: '' };
  r.ids.claim(
    holder,
    editionRow ? cell(editionRow, 'id') : '',
    sheet.name,
    editionRow?.row ?? 1,
    () => `${standardId || 'standard'}.draft`,
  );
  const status = editionRow && cell(editionRow, 'kk') ? readEnum(r, editionRow, 'kk', STATUS_LABELS) : undefined;

  const scalar = (type: StandardRow, date: boolean): string | undefined => {
    const row = values.get(type);
    const value = row ? cell(row, 'kk') : '';
    if (row && value && date && !ISO_DATE.test(value)) r.issues.error(sheet.name, row.row, 'kk', MSG.badDate(value));
    return value || undefined;
  };
  const number = scalar('orderNumber', false);
  const dates = {
    date: scalar('orderDate', true),
    registrationNumber: scalar('registrationNumber', false),
    registrationDate: scalar('registrationDate', true),
    inForceFrom: scalar('inForceFrom', true),
  };
  const day = today.toISOString().slice(0, 10);
  if (!number || !dates.date || !dates.registrationNumber || !dates.registrationDate || !dates.inForceFrom) {
    r.issues.warning(sheet.name, values.get('orderNumber')?.row, 'kk', MSG.orderBlank());
  }
  const meta: EditionMeta = {
    id: '',
    standard: { id: standardId, title: { ...text('standard'), source: src() } },
    status: status ?? 'draft',
    order: {
      number: number ?? '',
      date: dates.date ?? day,
      registration: { number: dates.registrationNumber ?? '', date: dates.registrationDate ?? day },
      inForceFrom: dates.inForceFrom ?? day,
      issuer: text('issuer'),
      legalBasis: text('legalBasis'),
      source: src(),
    },
    provisions,
    sourceFile: 'source.kk.txt',
  };
  const supersedes = values.get('supersedes');
  if (supersedes && cell(supersedes, 'id')) meta.supersedes = cell(supersedes, 'id');
  provisionRows.forEach(({ item, row }, i) => {
    r.ids.claim(item, cell(row, 'id'), sheet.name, row.row, () => `${holder.id}.p${i + 1}`);
  });
  return { meta, editionId: holder };
}

const col = (row: SheetRow, i: number) => row.cells[i] ?? '';
const body = (sheet: Sheet | undefined) => (sheet ? sheet.rows.filter((row) => row.row > 1) : []);
const opt = (key: string, value: string) => (value ? { [key]: value } : {});

function readTerms(r: Reader, sheet: Sheet | undefined): Term[] {
  return body(sheet).map((row, i) => {
    if (!col(row, 2)) r.issues.error(r.sheet, row.row, 'C', MSG.required('Термин (kk)'));
    if (!col(row, 5)) r.issues.error(r.sheet, row.row, 'F', MSG.required('Анықтамасы (kk)'));
    const term: Term = {
      id: '',
      ...opt('number', col(row, 1)),
      term: { kk: col(row, 2) || '-', ...opt('ru', col(row, 3)), ...opt('en', col(row, 4)) },
      definition: { kk: col(row, 5) || '-', ...opt('ru', col(row, 6)), ...opt('en', col(row, 7)) },
      source: src(),
    };
    r.ids.claim(term, col(row, 0), r.sheet, row.row, () => `term-${i + 1}`);
    return term;
  });
}

function readProfessions(r: Reader, sheet: Sheet | undefined): Profession[] {
  return body(sheet).map((row, i) => {
    if (!col(row, 2)) r.issues.error(r.sheet, row.row, 'C', MSG.required('Кәсіп атауы (kk)'));
    const levels = col(row, 5)
      .split(/[,;]/)
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 8) r.issues.error(r.sheet, row.row, 'F', MSG.badNumber(v, 1, 8));
        return n;
      });
    if (levels.length === 0) r.issues.error(r.sheet, row.row, 'F', MSG.required('СБШ деңгейлері'));
    const cards = col(row, 7)
      .split(';')
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((v) => {
        const match = /^(\d{4}-\d-\d{3})\s*\/\s*(\d)$/.exec(v);
        if (!match) r.issues.error(r.sheet, row.row, 'H', MSG.badCardRef(v));
        return { code: match?.[1] ?? v, level: Number(match?.[2] ?? 0) };
      });
    const name = col(row, 2) || '-';
    const profession: Profession = {
      id: '',
      ...opt('number', col(row, 1)),
      name: { kk: name, ...opt('ru', col(row, 3)), ...opt('en', col(row, 4)) },
      levels,
      kk: col(row, 6) || name,
      ...opt('ru', col(row, 9)),
      ...opt('en', col(row, 10)),
      source: src(),
      cards,
      ...opt('note', col(row, 8)),
    };
    r.ids.claim(profession, col(row, 0), r.sheet, row.row, () => `prof-${i + 1}`);
    return profession;
  });
}
