/**
 * A staff list uploaded as CSV or XLSX, read into `{ rows }` of header → text: the body formats
 * of every route that takes such a list (the batch category check, the staff import).
 */
import { parseCsv, toRecords } from '../domain/shared/csv.js';
import { validationFailed } from '../domain/shared/errors.js';
import { XLSX_MEDIA_TYPE } from '../exports/career-xlsx.js';
import { xlsxRecords } from '../importer/staff-file.js';

export function tableUploadFormats(csvExample: string) {
  return {
    'text/csv': {
      read: async (bytes: Uint8Array) => ({ rows: toRecords(parseCsv(new TextDecoder().decode(bytes))) }),
      example: csvExample,
    },
    [XLSX_MEDIA_TYPE]: {
      read: async (bytes: Uint8Array) => {
        try {
          return { rows: await xlsxRecords(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
        } catch {
          throw validationFailed('The body is not a readable XLSX workbook.');
        }
      },
    },
  };
}
