/**
 * Career paths and gap analysis as operations. They read public data and store nothing. The gap
 * report carries what the person rated and their education, so it is private; it is declared
 * three times, as JSON, as a workbook and as a PDF, since each is its own route: the workbook and
 * the PDF answer the same report, which the adapters write out (the file formats live in
 * src/exports, which services may not import).
 */
import type { CardKey } from '../../domain/standard/edition.js';
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { gapInput, gapReportSchema } from './schemas/career-gap.js';
import { pathsInput, pathsSchema } from './schemas/career-paths.js';

/** `2635-3-001/4` (checked by the input schema) → `{ code: '2635-3-001', level: 4 }`. */
function cardKeyOf(text: string): CardKey {
  const [code = '', level = ''] = text.split('/');
  return { code, level: Number(level) };
}

export function careerOperations(useCases: UseCases) {
  const paths = defineOperation({
    name: 'career.paths',
    summary: 'Career paths from one card to another',
    input: pathsInput,
    output: pathsSchema,
    action: 'registry.read',
    writes: false,
    // The same for everybody asking the same URL (and language).
    cache: 'public',
    audit: null,
    run: ({ from, to, maxPaths, edition, lang }) =>
      useCases.career.paths({ from: cardKeyOf(from), to: cardKeyOf(to), maxPaths, edition, lang: lang ?? 'kk' }),
  });

  const gapOperation = (name: string, summary: string) =>
    defineOperation({
      name,
      summary,
      input: gapInput,
      output: gapReportSchema,
      action: 'registry.read',
      writes: false,
      // The report holds the person's self-assessment and education: never cached, nor shared.
      cache: 'private',
      audit: null,
      run: ({ assessment, edition, lang }) =>
        useCases.career.gap({ ...assessment, edition, madeOn: assessment.edition, lang: lang ?? 'kk' }),
    });

  return {
    paths,
    gap: gapOperation('career.gap', 'Gap analysis against a target card'),
    gapXlsx: gapOperation('career.gap-xlsx', 'Gap analysis as an XLSX workbook'),
    gapPdf: gapOperation('career.gap-pdf', 'Gap analysis as a PDF'),
  };
}
