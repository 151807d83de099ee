/**
 * The category check as operations: one person on one card, and a whole staff list. Both read
 * public data and store nothing; their answers hold what the person sent, so they are private.
 */
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { categoryPdfOperation } from './category-pdf.ops.js';
import { validationFailed } from '../../domain/shared/errors.js';
import {
  MAX_JSON_BATCH_ROWS,
  categoryBatchInput,
  categoryBatchResultSchema,
  categoryInput,
  categoryResultSchema,
} from './schemas/qualification.js';

export function qualificationOperations(useCases: UseCases) {
  const category = defineOperation({
    name: 'qualification.category',
    summary: 'Qualification category of a person on a card',
    input: categoryInput,
    output: categoryResultSchema,
    action: 'registry.read',
    writes: false,
    // The answer carries the person's education and experience: never kept by a cache, nor shared.
    cache: 'private',
    audit: null,
    run: ({ request, edition }) => useCases.qualification.category({ ...request, edition }),
  });

  const categoryBatch = defineOperation({
    name: 'qualification.category-batch',
    summary: 'Categories for a whole staff list',
    input: categoryBatchInput,
    output: categoryBatchResultSchema,
    action: 'registry.read',
    writes: false,
    // A staff list is personal data of many people: private, like the single check.
    cache: 'private',
    audit: null,
    run: ({ staff, edition, format }) => {
      // Refused before any row is checked: the JSON answer would be too large to write.
      if (format === 'json' && staff.rows.length > MAX_JSON_BATCH_ROWS) {
        throw validationFailed(
          `A JSON answer has at most ${MAX_JSON_BATCH_ROWS} rows and this list has ${staff.rows.length}; ask for a table instead: format=csv or format=xlsx (on the command line, --output FILE.csv or FILE.xlsx).`,
          [{ path: 'format', message: `json answers at most ${MAX_JSON_BATCH_ROWS} rows; use csv or xlsx` }],
        );
      }
      return useCases.qualification.batch(staff.rows, edition);
    },
  });

  return { category, categoryBatch, categoryPdf: categoryPdfOperation(useCases) };
}
