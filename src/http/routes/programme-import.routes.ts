/**
 * The curriculum import (a multipart form whose XLSX or DOCX file the importer takes apart
 * before the operation runs) and suggestions for one outcome's text.
 */
import { XLSX_MEDIA_TYPE } from '../../exports/career-xlsx.js';
import { tableToXlsx } from '../../exports/table-xlsx.js';
import { MAX_CURRICULUM_BYTES } from '../../importer/curriculum-file.js';
import { readCurriculumForm } from '../../importer/curriculum-form.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const ORG = '/v1/orgs/{orgId}';
const tags = ['Programmes'];
/** The form's boundaries and its other fields around the file: generous, still bounded. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export function programmeImportRoutes(ops: Operations): HttpBinding[] {
  const { programmeImport } = ops;
  return [
    bind({
      op: programmeImport.import,
      method: 'post',
      path: `${ORG}/programmes:import`,
      tags,
      language: true,
      description:
        'Body: a form (multipart/form-data) with `file` (the curriculum as XLSX or DOCX, at most 10 MB), `card`, `level`, `type`, `lang` (the programme’s language, kk or ru) and optional `title`. The first sheet or Word table with a recognised header row (kk, ru or en: «Модуль атауы», «Оқыту нәтижелері», «Бағалау критерийлері», «Сағат»…) and those after it are read, one learning outcome per row. Nothing is saved: the answer is a programme document whose outcomes carry suggested links (state `pending`) and a report with warnings naming the sheet or table, row and column; save it with `programmes.create`. A file that cannot be read answers 400 with a message in `lang` (the query’s, else Accept-Language).',
      body: {
        field: 'form',
        maxBytes: MAX_CURRICULUM_BYTES + FORM_OVERHEAD_BYTES,
        formats: { 'multipart/form-data': { read: readCurriculumForm } },
      },
    }),
    bind({
      op: programmeImport.suggest,
      method: 'get',
      path: `${ORG}/programmes:suggest`,
      tags,
      language: true,
      description:
        'The card’s skill and knowledge items one outcome text (Kazakh or Russian) develops, best first, eight at most, with a score from 0 to 1. Items have official Kazakh text only: a Russian text is matched through the items’ task and function names, which finds the task more often than the item (docs/programmes.md gives the measured precision).',
    }),
    bind({
      op: programmeImport.template,
      method: 'get',
      path: `${ORG}/programmes:import-template`,
      tags,
      language: true,
      files: [XLSX_MEDIA_TYPE],
      description:
        'An XLSX workbook in the layout the import reads: the header row in `lang` (kk, ru or en) and example rows, one learning outcome per row.',
      render: async (output) => ({
        file: {
          contentType: XLSX_MEDIA_TYPE,
          filename: 'curriculum-template.xlsx',
          body: new Uint8Array(await tableToXlsx('curriculum', output.rows)),
        },
      }),
    }),
  ];
}
