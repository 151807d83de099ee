/**
 * A staff list uploaded as CSV or XLSX, read into `{ rows }` of header → text: the body formats
 * of every route that takes such a list (the batch category check, the staff import). Each
 * reader stops at the route's row cap while it reads, and an XLSX is refused on its declared
 * inflated size before it is inflated (src/importer/staff-file.ts), so one upload cannot take
 * the server's memory.
 */
import { XLSX_MEDIA_TYPE } from '../exports/career-xlsx.js';
import { MAX_STAFF_ROWS, csvRecords, xlsxRecords } from '../importer/staff-file.js';

/** The body formats of a table upload; `maxRows` rows below the header at most. */
export function tableUploadFormats(csvExample: string, maxRows = MAX_STAFF_ROWS) {
  return {
    'text/csv': {
      read: async (bytes: Uint8Array) => ({ rows: csvRecords(new TextDecoder().decode(bytes), maxRows) }),
      example: csvExample,
    },
    [XLSX_MEDIA_TYPE]: {
      read: async (bytes: Uint8Array) => ({ rows: await xlsxRecords(bytes, maxRows) }),
    },
  };
}
