/**
 * An edition as the tables of its CSV bundle (csv-layout.ts): one table per file, the header
 * first, every cell a string. Pure, so the service can answer the tables and the HTTP layer
 * writes them as CSV text or a zip (src/exports/standard-csv).
 */
import type { Edition } from '../standard/edition.js';
import { flattenEdition } from '../standard/item-tree.js';
import type { Source } from '../standard/schemas.js';
import {
  EDITION_FILE,
  ITEM_FILES,
  PROVISIONS_FILE,
  editionHeader,
  getPath,
  itemHeader,
  provisionsHeader,
  toCell,
} from './csv-layout.js';

export type CsvTable = { name: string; rows: string[][] };

/** `12-14` (or `12`): where a text stands in the official text. */
function linesCell(source: unknown): string {
  const lines = (source as Source | undefined)?.lines;
  if (!lines) return '';
  return lines[0] === lines[1] ? String(lines[0]) : `${lines[0]}-${lines[1]}`;
}

const mainSource = (data: unknown, sourced: readonly string[]) => {
  const holder = getPath(data, sourced[0] ?? '');
  return (holder as { source?: unknown } | undefined)?.source;
};

/**
 * Every table of the bundle, in BUNDLE_FILE_NAMES order; a kind the edition has none of still
 * gets its header, so a methodologist sees every file to fill in.
 */
export function editionCsvTables(edition: Edition, uuidOf: (id: string) => string): CsvTable[] {
  const meta = edition.meta;
  const editionRow = [...EDITION_FILE.columns.map((c) => toCell(c.type, getPath(meta, c.path))), uuidOf(meta.id)];
  const provisions = meta.provisions.map((p, i) => [
    p.id,
    uuidOf(p.id),
    String(i),
    ...PROVISIONS_FILE.columns.map((c) => toCell(c.type, getPath(p, c.path))),
    linesCell(p.source),
  ]);
  const records = flattenEdition(edition);
  const items = ITEM_FILES.map((file) => ({
    name: file.name,
    rows: [
      itemHeader(file),
      ...records
        .filter((r) => r.kind === file.kind)
        .map((r) => [
          r.id,
          uuidOf(r.id),
          r.parentId ?? '',
          r.cardId ?? '',
          String(r.position),
          ...file.columns.map((c) => toCell(c.type, getPath(r.data, c.path))),
          linesCell(mainSource(r.data, file.sourced)),
        ]),
    ],
  }));
  return [
    { name: EDITION_FILE.name, rows: [editionHeader(), editionRow] },
    { name: PROVISIONS_FILE.name, rows: [provisionsHeader(), ...provisions] },
    ...items,
  ];
}
