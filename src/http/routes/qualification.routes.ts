/**
 * The category check over HTTP: POST /api/v1/qualification/category for one person on a card,
 * POST /api/v1/qualification/category:batch for a whole staff list (JSON, CSV or XLSX in; JSON,
 * CSV or XLSX out). The staff files are read and the tables written here, since their formats
 * live in src/importer and src/exports.
 */
import { batchTable } from '../../domain/qualification/batch.js';
import { stringifyCsv } from '../../domain/shared/csv.js';
import { isLang } from '../locale.js';
import { XLSX_MEDIA_TYPE } from '../../exports/career-xlsx.js';
import { categoryPdfFileName, renderCategoryPdf } from '../../exports/pdf/category-result-pdf.js';
import { tableToXlsx } from '../../exports/table-xlsx.js';
import { MAX_BATCH_ROWS } from '../../services/analysis/schemas/qualification.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { tableUploadFormats } from '../table-upload.js';

const MAX_BATCH_BYTES = 32 * 1024 * 1024;
const tags = ['Qualification'];

export function qualificationRoutes(ops: Operations): HttpBinding[] {
  const { qualification } = ops;
  return [
    bind({
      op: qualification.category,
      method: 'post',
      path: '/v1/qualification/category',
      tags,
      description:
        'Applies the card’s own requirement rules (education level and field, certificates, years held in each category). Returns whether the person is eligible, the highest category allowed, the rule that matched (quoted, with source lines), the group that applied, and what is missing for the next category.',
      body: { field: 'request' },
    }),
    bind({
      op: qualification.categoryPdf,
      method: 'post',
      path: '/v1/qualification/category.pdf',
      tags,
      description:
        'The answer of POST /v1/qualification/category (same body) on ONE A4 page, to print or keep: the card, the answer and its summary, the rule that matched quoted in the official Kazakh text with its source (order, card, lines of the official text), what the next category needs with its rule. `lang` (or Accept-Language) sets the labels; with ru or en the page says the rules stay in official Kazakh. Nothing is stored.',
      language: true,
      body: { field: 'request' },
      files: ['application/pdf'],
      render: async (print) => ({
        file: {
          contentType: 'application/pdf',
          filename: categoryPdfFileName(print.result.card),
          body: new Uint8Array(
            await renderCategoryPdf({
              result: print.result,
              card: { ...print.result.card, name: print.cardName },
              edition: { id: print.result.edition, order: print.order },
              lang: print.lang,
              generatedAt: print.generatedAt,
            }),
          ),
        },
      }),
    }),
    bind({
      op: qualification.categoryBatch,
      method: 'post',
      path: '/v1/qualification/category:batch',
      tags,
      description:
        'Body: `{rows: [...]}` as JSON, or a CSV (`text/csv`) or XLSX file with a header row. Columns: `id`, `card`, `level`, `education`, `field`, `certificate`, and years per category as columns `none`, `second`, `first`, `higher` or one column `experience` ("none:2,second:1"); a column may also be titled in Kazakh, Russian or English («Карточка коды», «Код карточки», "Card code"…), and education, field and certificate may be written as words in any of the three («жоғары», «высшее», «иә»). Every row is answered or its errors reported; the batch never aborts. Each row has a `status`: `eligible`, `not-eligible`, `no-requirements` (the card states none) or `unreadable` (with its `errors`, each in English as `message` and in kk, ru and en as `text`); answered rows carry the `summary` in kk, ru and en. `format=json|csv|xlsx` chooses the answer; `lang` the language of the table: its column titles, values and sentences.',
      body: {
        field: 'staff',
        maxBytes: MAX_BATCH_BYTES,
        formats: tableUploadFormats(
          'id,card,level,education,field,none,second\nT-0017,3412-0-008,5,tvet,social,1,1.5',
          MAX_BATCH_ROWS,
        ),
      },
      files: ['application/json', 'text/csv', XLSX_MEDIA_TYPE],
      render: async (result, input) => {
        if (input.format !== 'csv' && input.format !== 'xlsx') return undefined;
        const table = batchTable(result.rows, isLang(input.lang) ? input.lang : 'kk');
        return input.format === 'csv'
          ? { file: { contentType: 'text/csv; charset=utf-8', filename: 'categories.csv', body: stringifyCsv(table) } }
          : {
              file: {
                contentType: XLSX_MEDIA_TYPE,
                filename: 'categories.xlsx',
                body: new Uint8Array(await tableToXlsx('categories', table)),
              },
            };
      },
    }),
  ];
}
