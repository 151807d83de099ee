/**
 * Editions as operations: the list, the standards with their editions, one edition, its
 * official text and the whole edition as one document. `current` names the current edition.
 */
import { z } from 'zod';
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import {
  editionInput,
  editionListSchema,
  editionSummarySchema,
  sourceTextSchema,
  standardsSchema,
} from './schemas/edition.js';
import { exportDocumentSchema, exportInput } from './schemas/export.js';

const publicRead = { action: 'registry.read', writes: false, cache: 'public', audit: null } as const;

/**
 * The domain builds the export as an untyped tree (a uuid right after every id). Checking it
 * against its schema types it; parsing would copy it in the schema's key order instead.
 */
function isExportDocument(value: unknown): value is z.output<typeof exportDocumentSchema> {
  return exportDocumentSchema.safeParse(value).success;
}

/** `current` is the edition used when none is named. */
const named = (id: string) => (id === 'current' ? undefined : id);

export function editionOperations({ editions }: Pick<UseCases, 'editions'>) {
  return {
    list: defineOperation({
      ...publicRead,
      name: 'editions.list',
      summary: 'List loaded editions',
      input: z.object({}),
      output: editionListSchema,
      run: async () => ({ editions: await editions.list() }),
    }),

    standards: defineOperation({
      ...publicRead,
      name: 'editions.standards',
      summary: 'Standards with their editions',
      input: z.object({}),
      output: standardsSchema,
      run: async () => ({ standards: await editions.standards() }),
    }),

    get: defineOperation({
      ...publicRead,
      name: 'editions.get',
      summary: 'One edition',
      input: editionInput,
      output: editionSummarySchema,
      run: ({ id }) => editions.summary(named(id)),
    }),

    source: defineOperation({
      ...publicRead,
      name: 'editions.source',
      summary: 'The official text',
      input: editionInput,
      output: sourceTextSchema,
      run: async ({ id }) => {
        const { edition, text } = await editions.sourceText(named(id));
        return { edition, lines: text.split('\n') };
      },
    }),

    export: defineOperation({
      ...publicRead,
      name: 'editions.export',
      summary: 'The whole edition as one document',
      input: exportInput,
      output: exportDocumentSchema,
      run: async ({ id }) => {
        const document = await editions.export(named(id));
        if (!isExportDocument(document)) throw new Error('the export document does not match its schema');
        return document;
      },
    }),
  };
}

export type EditionOperations = ReturnType<typeof editionOperations>;
