/**
 * Reads a CSV bundle (a zip of the files domain/workbench/csv-layout.ts lays out, or one of those
 * files alone) into an edition. Every problem becomes an issue placed by file, row and column
 * and said in Kazakh, Russian and English; bad bytes never throw. A CSV carries no official
 * text, so every `source` is the placeholder `[1, 1]` (the `source_lines` column is written for
 * information only): the texts are located once the official document is attached
 * (domain/workbench/locate-source.ts).
 */
import { unzipSync } from 'fflate';
import type { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import { englishOnly } from '../../domain/shared/messages/import-standard.js';
import { messagesWith } from '../../domain/shared/messages/index.js';
import type { Lang } from '../../domain/shared/messages/lang.js';
import { parseCsv } from '../../domain/shared/csv.js';
import type { Edition } from '../../domain/standard/edition.js';
import { type ItemKind, type ItemRecord, assembleEdition } from '../../domain/standard/item-tree.js';
import { type EditionMeta, editionSchema } from '../../domain/standard/schemas.js';
import {
  BUNDLE_FILE_NAMES,
  type CsvColumn,
  type CsvFile,
  EDITION_FILE,
  ITEM_FILES,
  PROVISIONS_FILE,
  SOURCE_COLUMN,
  STRUCTURE_COLUMNS,
  fromCell,
  setPath,
} from '../../domain/workbench/csv-layout.js';
import {
  type ImportIssue,
  type ImportMessage,
  type ImportPlace,
  type ImportedStandard,
  PLACEHOLDER_SOURCE,
} from '../../domain/workbench/imported-standard.js';
import { checkZipBounds, zipFailureTexts } from '../zip-bounds.js';
import { ITEM_DATA } from '../../domain/standard/item-data.js';

/** A sentence whose trailing reason may be empty, without the space before it. */
const trimmed = (t: ImportMessage): ImportMessage => ({ kk: t.kk.trim(), ru: t.ru.trim(), en: t.en.trim() });

/** The most rows one file may have: Order 262 has about 2,000 items; a large standard ten times that. */
export const MAX_CSV_ROWS = 100_000;
const ZIP_LIMITS = { maxInflatedBytes: 100 * 1024 * 1024, maxEntries: 100 };

type Json = Record<string, unknown>;
type Table = { file: string; header: string[]; rows: string[][] };

class Issues {
  readonly list: ImportIssue[] = [];
  error(place: ImportPlace, message: ImportMessage) {
    this.list.push({ severity: 'error', place, message });
  }
  warning(place: ImportPlace, message: ImportMessage) {
    this.list.push({ severity: 'warning', place, message });
  }
  get failed() {
    return this.list.some((i) => i.severity === 'error');
  }
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const baseName = (path: string) => (path.split('/').pop() ?? path).toLowerCase();

/** The files of the upload as texts, by name (`cards.csv`); undefined when nothing could be read. */
function filesOf(bytes: Uint8Array, issues: Issues): Map<string, string> | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (file: string, data: Uint8Array) => {
    try {
      return decoder.decode(data);
    } catch {
      issues.error({ file }, messagesWith('import.csv.notUtf8', {}));
      return undefined;
    }
  };
  if (!isZip(bytes)) {
    const text = decode('', bytes);
    return text === undefined ? undefined : new Map([['', text]]);
  }
  let entries: Record<string, Uint8Array>;
  try {
    checkZipBounds(bytes, ZIP_LIMITS);
    entries = unzipSync(bytes);
  } catch (error) {
    const detail = error instanceof AppError ? error.message.replace('XLSX workbook', 'zip archive') : '';
    // Each language its own reason (not the English one inside a Kazakh sentence).
    const failure = zipFailureTexts(error);
    const said = (lang: Lang) => {
      if (!failure) return '';
      if (!failure.reason) return failure.sentence[lang];
      return `${failure.reason[lang].charAt(0).toLocaleUpperCase(lang)}${failure.reason[lang].slice(1)}.`;
    };
    issues.error(
      {},
      trimmed(messagesWith('import.csv.zipUnreadable', { reason: { kk: said('kk'), ru: said('ru'), en: detail } })),
    );
    return undefined;
  }
  const files = new Map<string, string>();
  for (const [path, data] of Object.entries(entries)) {
    const name = baseName(path);
    if (path.endsWith('/') || name.startsWith('.') || path.startsWith('__MACOSX/')) continue;
    if (!name.endsWith('.csv') || !BUNDLE_FILE_NAMES.includes(name.slice(0, -4))) {
      issues.warning(
        { file: path },
        messagesWith('import.csv.skippedFile', { files: BUNDLE_FILE_NAMES.map((n) => `${n}.csv`).join(', ') }),
      );
      continue;
    }
    const text = decode(name, data);
    if (text !== undefined) files.set(name, text);
  }
  return files;
}

function tableOf(file: string, text: string, issues: Issues): Table | undefined {
  let rows: string[][];
  try {
    rows = parseCsv(text, { maxRows: MAX_CSV_ROWS });
  } catch {
    issues.error({ file }, messagesWith('import.csv.tooManyRows', { max: String(MAX_CSV_ROWS) }));
    return undefined;
  }
  const [header = [], ...body] = rows;
  return { file, header: header.map((h) => h.trim().toLowerCase()), rows: body };
}

/** Which file of the layout a lone CSV is: the one whose columns its header has most of. */
function guessFileName(header: readonly string[]): string | undefined {
  const candidates = [
    { name: EDITION_FILE.name, columns: EDITION_FILE.columns.map((c) => c.name) },
    { name: PROVISIONS_FILE.name, columns: ['id', 'position', ...PROVISIONS_FILE.columns.map((c) => c.name)] },
    ...ITEM_FILES.map((f) => ({ name: f.name, columns: [...STRUCTURE_COLUMNS, ...f.columns.map((c) => c.name)] })),
  ];
  const scored = candidates
    .map((c) => ({ name: c.name, hits: c.columns.filter((n) => header.includes(n)).length, size: c.columns.length }))
    .filter((c) => c.hits === c.size || c.hits >= c.size - 2)
    .sort((a, b) => b.hits - a.hits || a.size - b.size);
  return scored[0]?.name;
}

/** A spreadsheet-neutralised text (`'=…`, written so Excel shows it as text) back as written. */
const unneutralise = (cell: string) =>
  /^'[=+\-@\t\r]/.test(cell) && !/^'[+-]?\d+(?:[.,]\d+)?$/.test(cell) ? cell.slice(1) : cell;

type RowReader = { table: Table; index: Map<string, number> };

function rowReader(table: Table, columns: readonly string[], issues: Issues): RowReader {
  const index = new Map(table.header.map((name, i) => [name, i] as const));
  for (const name of table.header) {
    if (name !== '' && !columns.includes(name)) {
      issues.warning(
        { file: table.file, row: 1, column: name },
        messagesWith('import.csv.unknownColumn', { column: name }),
      );
    }
  }
  return { table, index };
}

const cellOf = (reader: RowReader, row: string[], name: string) => {
  const i = reader.index.get(name);
  return i === undefined ? '' : (row[i] ?? '');
};

/** Reads a row's layout columns into `data`; returns false when a cell was wrong. */
function readColumns(
  reader: RowReader,
  row: string[],
  rowNumber: number,
  columns: readonly CsvColumn[],
  data: Json,
  issues: Issues,
): boolean {
  let ok = true;
  for (const column of columns) {
    const place = { file: reader.table.file, row: rowNumber, column: column.name };
    const cell = unneutralise(cellOf(reader, row, column.name));
    if (column.required && cell.trim() === '') {
      ok = false;
      issues.error(
        place,
        reader.index.has(column.name)
          ? messagesWith('import.csv.cellRequired', {})
          : messagesWith('import.csv.missingColumn', { column: column.name }),
      );
      continue;
    }
    const read = fromCell(column.type, cell);
    if ('problem' in read) {
      ok = false;
      issues.error(place, read.problem);
    } else if (read.value !== undefined) setPath(data, column.path, read.value);
  }
  return ok;
}

/** Gives every sourced text of an item the placeholder source. */
function addSources(data: Json, sourced: readonly string[]): void {
  for (const path of sourced) {
    if (path === '') data.source = structuredClone(PLACEHOLDER_SOURCE);
    else {
      const holder = path.split('.').reduce<unknown>((at, key) => (at as Json | undefined)?.[key], data);
      if (holder && typeof holder === 'object') (holder as Json).source = structuredClone(PLACEHOLDER_SOURCE);
    }
  }
}

/** Zod's complaints about a row, placed on the column whose path they name. */
function schemaIssues(
  file: string,
  rowNumber: number,
  columns: readonly CsvColumn[],
  error: z.ZodError,
  issues: Issues,
): void {
  for (const problem of error.issues) {
    const path = problem.path.join('.');
    const column = [...columns]
      .sort((a, b) => b.path.length - a.path.length)
      .find((c) => path === c.path || path.startsWith(`${c.path}.`) || c.path.startsWith(`${path}.`));
    const name = column?.name ?? path;
    issues.error(
      { file, row: rowNumber, column: column?.name },
      messagesWith('import.csv.badValue', { column: name, detail: problem.message }),
    );
  }
}

type ReadItem = ItemRecord & { file: string; row: number };

function readItems(file: CsvFile, table: Table, issues: Issues): ReadItem[] {
  const reader = rowReader(table, [...STRUCTURE_COLUMNS, ...file.columns.map((c) => c.name), SOURCE_COLUMN], issues);
  const items: ReadItem[] = [];
  table.rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const place = (column: string) => ({ file: table.file, row: rowNumber, column });
    const id = cellOf(reader, row, 'id').trim();
    const data: Json = { id };
    let ok = readColumns(reader, row, rowNumber, file.columns, data, issues);
    const positionCell = cellOf(reader, row, 'position').trim();
    const position = positionCell === '' ? i : Number(positionCell);
    if (!/^\d*$/.test(positionCell)) {
      ok = false;
      issues.error(place('position'), messagesWith('import.csv.position', {}));
    }
    addSources(data, file.sourced);
    if (file.kind === 'card') {
      data.source = structuredClone(PLACEHOLDER_SOURCE);
      data.labels = [];
      data.qualification = data.qualification ?? {};
    }
    if (!ok) return;
    const parsed = ITEM_DATA[file.kind].safeParse(data);
    if (!parsed.success) {
      schemaIssues(
        table.file,
        rowNumber,
        [{ name: 'id', path: 'id', type: 'text', meaning: '' }, ...file.columns],
        parsed.error,
        issues,
      );
      return;
    }
    const parentId = cellOf(reader, row, 'parent_id').trim() || null;
    items.push({
      id,
      kind: file.kind,
      parentId,
      cardId: null,
      position,
      text: null,
      source: null,
      data: parsed.data as Json,
      file: table.file,
      row: rowNumber,
    });
  });
  return items;
}

const PARENT_WORDS: Record<ItemKind, string> = {
  card: 'card',
  otherName: 'other name',
  qualificationGroup: 'requirement group',
  qualificationRule: 'requirement',
  labourFunction: 'labour function',
  task: 'task',
  skill: 'skill',
  knowledge: 'knowledge',
  link: 'link',
  qualificationLink: 'qualification link',
  term: 'term',
  profession: 'profession',
};

/** Ids unique across the bundle; every parent exists and is of a kind that holds this one. */
function checkTree(items: readonly ReadItem[], issues: Issues): void {
  const byId = new Map<string, ReadItem>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (seen) {
      issues.error(
        { file: item.file, row: item.row, column: 'id' },
        messagesWith('import.csv.idTwice', { id: item.id, file: seen.file, row: String(seen.row) }),
      );
    } else byId.set(item.id, item);
  }
  for (const item of items) {
    const parents = ITEM_FILES.find((f) => f.kind === item.kind)?.parents ?? [];
    const place = { file: item.file, row: item.row, column: 'parent_id' };
    if (parents.length === 0) {
      if (item.parentId !== null) {
        issues.error(place, messagesWith('import.csv.noParentAllowed', {}));
      }
      continue;
    }
    const parent = item.parentId === null ? undefined : byId.get(item.parentId);
    if (!parent || !parents.includes(parent.kind)) {
      const wanted = parents.map((k) => PARENT_WORDS[k]).join(' or ');
      issues.error(
        place,
        messagesWith('import.csv.badParent', {
          wanted,
          notOne: englishOnly(item.parentId ? `; "${item.parentId}" is not one` : ''),
        }),
      );
    }
  }
}

/** Fills each item's card id from its ancestors (the `card_id` column is written for convenience). */
function withCardIds(items: ReadItem[]): ItemRecord[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const cardOf = (item: ReadItem | undefined, depth = 0): string | null => {
    if (!item || depth > 10) return null;
    if (item.kind === 'card') return item.id;
    return cardOf(item.parentId ? byId.get(item.parentId) : undefined, depth + 1);
  };
  return items.map(({ file: _file, row: _row, ...record }) => ({
    ...record,
    cardId: record.kind === 'card' ? null : cardOf(record.parentId ? byId.get(record.parentId) : undefined),
  }));
}

const DEFAULT_META: EditionMeta = {
  id: 'imported-standard',
  standard: { id: 'imported-standard', title: { kk: 'Кәсіптік стандарт', source: { lines: [1, 1] } } },
  status: 'draft',
  order: {
    number: '-',
    date: '2000-01-01',
    registration: { number: '-', date: '2000-01-01' },
    inForceFrom: '2000-01-01',
    issuer: { kk: '-' },
    legalBasis: { kk: '-' },
    source: { lines: [1, 1] },
  },
  provisions: [],
  sourceFile: 'source.kk.txt',
};

function readMeta(tables: Map<string, Table>, issues: Issues): EditionMeta | undefined {
  const table = tables.get(EDITION_FILE.name);
  if (!table || table.rows.length === 0) {
    issues.warning({ file: `${EDITION_FILE.name}.csv` }, messagesWith('import.csv.noEditionFile', {}));
    return structuredClone(DEFAULT_META);
  }
  const reader = rowReader(table, [...EDITION_FILE.columns.map((c) => c.name), 'uuid'], issues);
  const [row = []] = table.rows;
  const data: Json = { provisions: [] };
  if (!readColumns(reader, row, 2, EDITION_FILE.columns, data, issues)) return undefined;
  addSources(data, EDITION_FILE.sourced);
  const provisions = tables.get(PROVISIONS_FILE.name);
  if (provisions) {
    const read = rowReader(
      provisions,
      ['id', 'uuid', 'position', ...PROVISIONS_FILE.columns.map((c) => c.name), SOURCE_COLUMN],
      issues,
    );
    const list: { position: number; value: Json }[] = [];
    provisions.rows.forEach((r, i) => {
      const value: Json = { id: cellOf(read, r, 'id').trim() };
      if (!readColumns(read, r, i + 2, PROVISIONS_FILE.columns, value, issues)) return;
      value.source = structuredClone(PLACEHOLDER_SOURCE);
      const position = Number(cellOf(read, r, 'position').trim() || i);
      list.push({ position: Number.isFinite(position) ? position : i, value });
    });
    data.provisions = list.sort((a, b) => a.position - b.position).map((p) => p.value);
  }
  data.sourceFile = data.sourceFile ?? 'source.kk.txt';
  const parsed = editionSchema.safeParse(data);
  if (!parsed.success) {
    const provisionsIssues = parsed.error.issues.filter((i) => i.path[0] === 'provisions');
    const own = parsed.error.issues.filter((i) => i.path[0] !== 'provisions');
    if (own.length > 0) schemaIssues(table.file, 2, EDITION_FILE.columns, { issues: own } as z.ZodError, issues);
    if (provisionsIssues.length > 0) {
      for (const problem of provisionsIssues) {
        const rowNumber = Number(problem.path[1]) + 2;
        schemaIssues(
          `${PROVISIONS_FILE.name}.csv`,
          rowNumber,
          PROVISIONS_FILE.columns,
          { issues: [{ ...problem, path: problem.path.slice(2) }] } as z.ZodError,
          issues,
        );
      }
    }
    return undefined;
  }
  return parsed.data;
}

/**
 * Reads a zip of the bundle's CSV files, or one of them alone, into an edition without an
 * official text (its sources are placeholders), with every problem placed and said in kk/ru/en.
 */
export async function readCsvBundle(bytes: Uint8Array): Promise<ImportedStandard> {
  const issues = new Issues();
  const files = filesOf(bytes, issues);
  if (!files) return { edition: undefined, issues: issues.list };
  const tables = new Map<string, Table>();
  for (const [name, text] of files) {
    const table = tableOf(name || 'upload.csv', text, issues);
    if (!table) continue;
    const fileName = name ? name.slice(0, -4) : guessFileName(table.header);
    if (!fileName) {
      issues.error({ file: table.file, row: 1 }, messagesWith('import.csv.unknownFile', {}));
      continue;
    }
    tables.set(fileName, { ...table, file: `${fileName}.csv` });
  }
  if (issues.failed) return { edition: undefined, issues: issues.list };
  const meta = readMeta(tables, issues);
  const items = ITEM_FILES.flatMap((file) => {
    const table = tables.get(file.name);
    return table ? readItems(file, table, issues) : [];
  });
  checkTree(items, issues);
  if (issues.failed || !meta) return { edition: undefined, issues: issues.list };
  let edition: Edition;
  try {
    edition = assembleEdition(meta, '', withCardIds(items));
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 300) : '';
    issues.error({}, messagesWith('import.csv.notWhole', { detail }));
    return { edition: undefined, issues: issues.list };
  }
  return { edition, issues: issues.list };
}
