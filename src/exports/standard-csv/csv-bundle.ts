/**
 * The CSV bundle of an edition as files: each table as RFC 4180 CSV (UTF-8 with a BOM and CRLF,
 * as the staff export writes it, so Excel shows Kazakh letters right; formula-like texts get a
 * leading `'`), and all of them in one zip. The tables come from domain/workbench/csv-tables.ts.
 */
import { zipSync } from 'fflate';
import { stringifyCsv } from '../../domain/shared/csv.js';
import type { CsvTable } from '../../domain/workbench/csv-tables.js';

/** One table as CSV text. */
export const csvText = (table: CsvTable): string => stringifyCsv(table.rows);

/**
 * A fixed time for every entry: the same edition makes the same bytes, so the answer's ETag
 * holds until the edition changes. 1980-01-01 is the earliest time a zip entry can say.
 */
const ENTRY_TIME = new Date('1980-01-01T00:00:00Z');

/** Every table as `<name>.csv` in one zip. */
export function csvBundleZip(tables: readonly CsvTable[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const entries = Object.fromEntries(
    tables.map((t) => [`${t.name}.csv`, [encoder.encode(csvText(t)), { mtime: ENTRY_TIME }] as const]),
  );
  return zipSync(entries as never, { level: 6 });
}
