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

type ExportDocument = z.output<typeof exportDocumentSchema>;

/** Exports kept at once (the current edition's and one other): each is several MB of objects. */
export const KEPT_EXPORTS = 2;

export function editionOperations({ editions }: Pick<UseCases, 'editions'>) {
  // An export is read from the database, assembled and checked against its schema only when its
  // edition changes, not per request. Handing out the same document also lets the HTTP layer
  // serialise, hash and compress it once (src/http/cached-json.ts). Keyed by the edition's
  // revision, so a replaced edition is never served even before the change event arrives.
  const exports = new Map<string, Promise<ExportDocument>>();
  editions.onChange(() => exports.clear());
  async function exportOf(id: string | undefined): Promise<ExportDocument> {
    const editionId = await editions.resolveEditionId(id);
    const revision = await editions.revision(editionId);
    const kept = exports.get(revision);
    if (kept) return kept;
    const made = editions.export(editionId).then((document) => {
      if (!isExportDocument(document)) throw new Error('the export document does not match its schema');
      return document;
    });
    exports.set(revision, made);
    made.catch(() => {
      if (exports.get(revision) === made) exports.delete(revision);
    });
    if (exports.size > KEPT_EXPORTS) exports.delete(exports.keys().next().value as string);
    return made;
  }

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
      run: ({ id }) => exportOf(named(id)),
    }),
  };
}

export type EditionOperations = ReturnType<typeof editionOperations>;
