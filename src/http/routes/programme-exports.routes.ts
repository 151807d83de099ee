/**
 * A programme's documents: DOCX, XLSX of the matrix, PDF, Moodle competency framework CSV and
 * IMS CASE associations, written here from what the export operations answer (file formats live
 * in src/exports, which services may not use). All are downloads of the organisation's own
 * work, never kept by shared caches; a card's Moodle framework is public.
 */
import { XLSX_MEDIA_TYPE } from '../../exports/career-xlsx.js';
import { caseAssociations, caseAssociationsSchema } from '../../exports/programmes/case-associations.js';
import { renderCoverageXlsx } from '../../exports/programmes/coverage-xlsx.js';
import {
  MOODLE_CSV_MEDIA_TYPE,
  moodleCompetencyCsv,
  moodleFileName,
} from '../../exports/programmes/moodle-competencies.js';
import { DOCX_MEDIA_TYPE, renderProgrammeDocx } from '../../exports/programmes/programme-docx.js';
import { programmeFileName } from '../../exports/programmes/programme-document.js';
import { renderProgrammePdf } from '../../exports/programmes/programme-pdf.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = ['Programmes'];
const PROGRAMME = '/v1/orgs/{orgId}/programmes/{programmeId}';
const LANG =
  'Labels in `lang` (kk or ru; the programme’s language by default); item texts are always the official Kazakh.';
const MOODLE =
  "Moodle's Import competency framework format (admin/tool/lpimportcsv): its header row, a framework row with a default two-value scale, then card → labour functions → tasks → skills and knowledge, each with its parent's ID number. ID numbers are Kasip item ids (stable across editions); descriptions are the official Kazakh text. UTF-8 with BOM, comma-separated.";

export function programmeExportRoutes(ops: Operations, publicUrl: string): HttpBinding[] {
  const x = ops.programmeExports;
  return [
    bind({
      op: x.docx,
      method: 'get',
      path: `${PROGRAMME}/programme.docx`,
      tags,
      files: [DOCX_MEDIA_TYPE],
      description: `The programme as a Word document in the usual Kazakh layout (A4, Times New Roman, margins 3/1.5/2/2 cm, page numbers): title page («ЖОБА»/«ПРОЕКТ» while draft), modules with hours and credits, outcomes with criteria, method and linked card items, the coverage matrix, exceptions and hours per labour function. ${LANG}`,
      render: async (data) => ({
        file: {
          contentType: DOCX_MEDIA_TYPE,
          filename: programmeFileName(data, 'docx'),
          body: new Uint8Array(await renderProgrammeDocx({ ...data, generatedAt: new Date() })),
        },
      }),
    }),
    bind({
      op: x.pdf,
      method: 'get',
      path: `${PROGRAMME}/programme.pdf`,
      tags,
      files: ['application/pdf'],
      disposition: 'inline',
      description: `The same content as the DOCX as a PDF (Noto Sans, the matrix on landscape pages). ${LANG}`,
      render: async (data) => ({
        file: {
          contentType: 'application/pdf',
          filename: programmeFileName(data, 'pdf'),
          body: new Uint8Array(await renderProgrammePdf({ ...data, generatedAt: new Date() })),
        },
      }),
    }),
    bind({
      op: x.coverageXlsx,
      method: 'get',
      path: `${PROGRAMME}/coverage.xlsx`,
      tags,
      files: [XLSX_MEDIA_TYPE],
      description: `The coverage matrix as a heat map (number of outcomes per item and module, status column, frozen header and item columns), a sheet of hours per labour function and a sheet of exceptions. ${LANG}`,
      render: async (data) => ({
        file: {
          contentType: XLSX_MEDIA_TYPE,
          filename: programmeFileName(data, 'xlsx').replace(/^programme-/, 'coverage-'),
          body: new Uint8Array(await renderCoverageXlsx(data)),
        },
      }),
    }),
    bind({
      op: x.moodle,
      method: 'get',
      path: `${PROGRAMME}/moodle-competencies.csv`,
      tags,
      files: [MOODLE_CSV_MEDIA_TYPE],
      description: `The programme's cards as a Moodle competency framework. ${MOODLE}`,
      render: async (data) => ({
        file: { contentType: MOODLE_CSV_MEDIA_TYPE, filename: moodleFileName(data), body: moodleCompetencyCsv(data) },
      }),
    }),
    bind({
      op: x.caseAssociations,
      method: 'get',
      path: `${PROGRAMME}/case-associations.json`,
      tags,
      description:
        "IMS CASE 1.1 CFAssociations (`isRelatedTo`) from each learning outcome to each card item it links. Identifiers are deterministic UUIDs (v5): a card item has the same CFItem identifier in every export and edition. The destination uri is the item's public API address.",
      present: { schema: caseAssociationsSchema, body: (_c, data) => caseAssociations(data, publicUrl) },
    }),
    bind({
      op: x.cardMoodle,
      method: 'get',
      path: '/v1/cards/{code}/{level}/moodle-competencies.csv',
      tags: ['Registry'],
      files: [MOODLE_CSV_MEDIA_TYPE],
      description: `A card of the current edition as a Moodle competency framework. ${MOODLE}`,
      render: async (data) => ({
        file: { contentType: MOODLE_CSV_MEDIA_TYPE, filename: moodleFileName(data), body: moodleCompetencyCsv(data) },
      }),
    }),
  ];
}
