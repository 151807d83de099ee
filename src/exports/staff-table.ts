/**
 * The staff register as a table in the import layout: a header row in the chosen language, then
 * one row per person with values in that language and dates as `DD.MM.YYYY`. Importing the
 * table gives the same records back, so HR can export, edit in Excel and import again.
 * Trainings and the employers of periods are not in the layout (an import keeps them).
 */
import type { Lang } from '../domain/shared/localize.js';
import { columnHeader, STAFF_COLUMNS } from '../domain/hr/staff-columns.js';
import type { StaffRecord } from '../domain/hr/staff-record.js';
import { writeStaffRow } from '../domain/hr/staff-row.js';

export function staffTable(records: readonly StaffRecord[], lang: Lang): string[][] {
  const header = STAFF_COLUMNS.map((c) => columnHeader(c, lang));
  return [
    header,
    ...records.map((record) => {
      const row = writeStaffRow(record, lang);
      return STAFF_COLUMNS.map((c) => row[c]);
    }),
  ];
}
