/**
 * Standards in and out as files: import as a draft and the methodologists' XLSX template (CSV
 * and JSON-LD are in standard-csv.routes.ts). The import's body is read here, by the importer its
 * format names (services never touch file formats): the Content-Type first, the bytes
 * themselves when it says nothing useful (application/octet-stream).
 */
import { XLSX_MEDIA_TYPE } from '../../exports/career-xlsx.js';
import { editionToWorkbook } from '../../exports/standard-xlsx/edition-workbook.js';
import type { Edition } from '../../domain/standard/edition.js';
import { fromExportDocument } from '../../domain/standard/export-document.js';
import type { ImportedStandard } from '../../domain/workbench/imported-standard.js';
import { readCasePackage } from '../../importer/standard/case-package.js';
import { readCsvBundle } from '../../importer/standard/csv-bundle.js';
import { readXlsxTemplate } from '../../importer/standard/xlsx-template.js';
import type { Operations } from '../../services/operations/catalogue.js';
import type { ImportFormat, ImportedFile } from '../../services/workbench/standard-file-schemas.js';
import type { TemplateOutput } from '../../services/workbench/standard-xlsx.ops.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = ['Drafts'];
/** A standard's file is larger than other writes; Order 262 as XLSX is under 1 MB. */
export const MAX_STANDARD_FILE_BYTES = 20 * 1024 * 1024;

const message = (kk: string, ru: string, en: string) => ({ kk, ru, en });

const asFile = (format: ImportFormat, read: ImportedStandard): ImportedFile => ({
  format,
  ...(read.edition ? { edition: read.edition } : {}),
  issues: read.issues,
});

/** A JSON body: a Kasip export (`format: kasip.edition`) or a CASE CFPackage. */
function readJson(bytes: Uint8Array): ImportedFile {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const issue = {
      severity: 'error' as const,
      place: {},
      message: message('Файл оқылатын JSON емес.', 'Файл не является читаемым JSON.', 'The file is not readable JSON.'),
    };
    return { format: 'json', issues: [issue] };
  }
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === 'kasip.edition') {
    const read = fromExportDocument(json);
    if ('edition' in read) return { format: 'json', edition: read.edition as Edition, issues: [] };
    return {
      format: 'json',
      issues: read.issues.map((i) => ({
        severity: 'error' as const,
        place: { path: i.path },
        message: message(
          `Мән дұрыс емес: ${i.message}`,
          `Неверное значение: ${i.message}`,
          `Invalid value: ${i.message}`,
        ),
      })),
    };
  }
  return asFile('case', readCasePackage(json));
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** An XLSX is a zip whose parts include `xl/workbook.xml` (its name is stored plainly in the zip). */
const isWorkbook = (b: Uint8Array) =>
  isZip(b) && Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes('xl/workbook.xml');

/** Sniffs bytes that came without a useful Content-Type. */
async function readSniffed(bytes: Uint8Array): Promise<ImportedFile> {
  if (isWorkbook(bytes)) return asFile('xlsx', await readXlsxTemplate(bytes));
  if (isZip(bytes)) return asFile('csv', await readCsvBundle(bytes));
  const first = Buffer.from(bytes.subarray(0, 64)).toString('utf8').trimStart();
  if (first.startsWith('{') || first.startsWith('[')) return readJson(bytes);
  return asFile('csv', await readCsvBundle(bytes));
}

/** The import's body formats: each media type read by its importer into `ImportedFile`. */
export const standardImportFormats = {
  [XLSX_MEDIA_TYPE]: { read: async (bytes: Uint8Array) => asFile('xlsx', await readXlsxTemplate(bytes)) },
  'application/json': { read: async (bytes: Uint8Array) => readJson(bytes) },
  'application/ld+json': { read: async (bytes: Uint8Array) => readJson(bytes) },
  'application/zip': { read: async (bytes: Uint8Array) => readSniffed(bytes) },
  'application/x-zip-compressed': { read: async (bytes: Uint8Array) => readSniffed(bytes) },
  'text/csv': { read: async (bytes: Uint8Array) => asFile('csv', await readCsvBundle(bytes)) },
  'application/octet-stream': { read: async (bytes: Uint8Array) => readSniffed(bytes) },
};

const textFormat = {
  'text/plain': {
    read: async (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''),
    example: 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ...',
  },
};

const workbook = async (output: TemplateOutput) => ({
  file: {
    contentType: XLSX_MEDIA_TYPE,
    filename: `${output.name}.xlsx`,
    body: new Uint8Array(
      await editionToWorkbook(
        output.edition ? { ...(output.edition as Omit<Edition, 'sourceText'>), sourceText: '' } : undefined,
        output.lang,
      ),
    ),
  },
});

export function standardFileRoutes(ops: Operations): HttpBinding[] {
  const { standardImport: imp, standardXlsx: xlsx } = ops;
  return [
    bind({
      op: imp.importFile,
      method: 'post',
      path: '/v1/drafts:import',
      tags,
      status: 201,
      language: true,
      description:
        'Body: the standard as the XLSX template, a CASE 1.1 CFPackage (JSON), a zip of the CSV bundle or a Kasip JSON export (`format: kasip.edition`); the Content-Type names the format (application/octet-stream: the bytes are sniffed). Any error: 422 whose `errors` place each problem (sheet, row, column; file; JSON path) in `lang`. Success: 201 with the new draft and the warnings.',
      body: { field: 'file', maxBytes: MAX_STANDARD_FILE_BYTES, formats: standardImportFormats },
    }),
    bind({
      op: imp.attachSource,
      method: 'post',
      path: '/v1/drafts/{draftId}/source',
      tags,
      description:
        "Body: the standard's official text (text/plain, UTF-8). Every text of the draft is located in it and cites its lines; the answer counts the located texts and lists the others.",
      body: { field: 'text', maxBytes: MAX_STANDARD_FILE_BYTES, formats: textFormat },
    }),
    bind({
      op: xlsx.edition,
      method: 'get',
      path: '/v1/editions/{id}/template.xlsx',
      tags: ['Editions'],
      files: [XLSX_MEDIA_TYPE],
      render: workbook,
    }),
    bind({
      op: xlsx.draft,
      method: 'get',
      path: '/v1/drafts/{draftId}/template.xlsx',
      tags,
      files: [XLSX_MEDIA_TYPE],
      render: workbook,
    }),
    bind({
      op: xlsx.empty,
      method: 'get',
      path: '/v1/standards/template.xlsx',
      tags: ['Editions'],
      files: [XLSX_MEDIA_TYPE],
      render: workbook,
    }),
  ];
}
