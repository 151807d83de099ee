/**
 * Career paths and gap analysis over HTTP:
 * - GET /api/v1/career/paths?from=CODE/LEVEL&to=CODE/LEVEL — the paths between two cards, each
 *   step with what changes (matched by text) and what the next card requires;
 * - POST /api/v1/career/gap — coverage of a target card by a self-assessment, with the
 *   requirement gap of the category engine when education and experience are given;
 * - POST /api/v1/career/gap.xlsx and gap.pdf — the same report as a workbook or a PDF, written
 *   here since the file formats live in src/exports.
 */
import { gapDocumentText, gapSheets } from '../../domain/career/gap-sheets.js';
import { isLang } from '../locale.js';
import { tablesToPdf } from '../../exports/career-pdf.js';
import { XLSX_MEDIA_TYPE, sheetsToXlsx } from '../../exports/career-xlsx.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = ['Career'];
const langOf = (input: Record<string, unknown>) => (isLang(input.lang) ? input.lang : 'kk');
const fileName = (card: { code: string; level: number }, extension: string) =>
  `gap-${card.code}-${card.level}.${extension}`;

export function careerRoutes(ops: Operations): HttpBinding[] {
  const { career } = ops;
  return [
    bind({
      op: career.paths,
      method: 'get',
      path: '/v1/career/paths',
      tags,
      description:
        'The career graph’s nodes are the cards of the edition; its edges are the links the standard states and the same profession’s next level. Gives the simple paths from `from` to `to`, shortest first, and for each step what changes — labour functions, tasks, skills and knowledge matched by the similarity of their Kazakh text (ids differ between cards): `same`, `changed` (reworded, with the similarity), `added`, `removed` — and what the next card requires of a newcomer (education, entry rule per group, years). No path: `paths: []`; from a card to itself: one path of no steps.',
      language: true,
      locateErrors: true,
    }),
    bind({
      op: career.gap,
      method: 'post',
      path: '/v1/career/gap',
      tags,
      description:
        'A self-assessment rates each skill and knowledge item of the card (function-level lists included) as none, partial or full. Gives the coverage per labour function and overall, the missing (none or unrated), partial and covered items, warnings for ids the card lacks, and — with `person` — the requirement gap from the category engine. Nothing is stored.',
      language: true,
      body: { field: 'assessment' },
    }),
    bind({
      op: career.gapXlsx,
      method: 'post',
      path: '/v1/career/gap.xlsx',
      tags,
      description:
        'The report of POST /v1/career/gap as a workbook with a sheet per section (summary per labour function, missing, partial, covered, requirements, warnings). Headers in the asked language; the items’ official Kazakh text as it is, with the translation beside it for ru/en where the data has one.',
      language: true,
      body: { field: 'assessment' },
      files: [XLSX_MEDIA_TYPE],
      render: async (report, input) => ({
        file: {
          contentType: XLSX_MEDIA_TYPE,
          filename: fileName(report.card, 'xlsx'),
          body: new Uint8Array(await sheetsToXlsx(gapSheets(report, langOf(input)))),
        },
      }),
    }),
    bind({
      op: career.gapPdf,
      method: 'post',
      path: '/v1/career/gap.pdf',
      tags,
      description:
        'The report of POST /v1/career/gap as an A4 PDF with the same sections as the workbook; Noto Sans embedded, so the Kazakh text prints, and can be selected and searched.',
      language: true,
      body: { field: 'assessment' },
      files: ['application/pdf'],
      render: async (report, input) => {
        const lang = langOf(input);
        const generatedAt = new Date();
        const pdf = await tablesToPdf({
          ...gapDocumentText(report, lang, generatedAt),
          sheets: gapSheets(report, lang),
          generatedAt,
        });
        return { file: { contentType: 'application/pdf', filename: fileName(report.card, 'pdf'), body: pdf } };
      },
    }),
  ];
}
