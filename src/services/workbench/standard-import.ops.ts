/**
 * Importing a standard from a file as a new draft (XLSX template, CASE CFPackage, CSV bundle,
 * Kasip JSON: the HTTP layer reads the body with the right importer), and attaching the
 * official text to a draft so every text cites where it is printed. A file with any error
 * becomes nothing: 422, each problem placed (sheet, row, column; file and line; JSON path) and
 * said in the request's language. Warnings travel with the new draft.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Edition } from '../../domain/standard/edition.js';
import { flattenEdition } from '../../domain/standard/item-tree.js';
import { isEditable } from '../../domain/workbench/draft.js';
import { locateSources } from '../../domain/workbench/locate-source.js';
import { listDraftItems, updateDraftItem, updateDraftStatus } from '../../storage/repositories/draft.repository.js';
import { langSchema } from '../analysis/schemas/common.js';
import { defineOperation } from '../operations/operation.js';
import { materialiseRow, requireDraft } from './draft-core.js';
import { draftParam, draftRevisionSchema, draftSchema } from './draft-schemas.js';
import { insertDraft } from './draft-store.js';
import { draftView } from './draft-view.js';
import { type ImportFormat, importIssueView, importedFileSchema, issueView } from './standard-file-schemas.js';
import type { WorkbenchDeps } from './workbench-deps.js';

/** The largest official text attached to a draft (Order 262's is 200 KB). */
export const MAX_OFFICIAL_TEXT_CHARS = 5_000_000;

const ORIGIN: Record<ImportFormat, 'xlsx' | 'case' | 'csv' | 'json'> = {
  xlsx: 'xlsx',
  case: 'case',
  csv: 'csv',
  json: 'json',
};

const REFUSED = {
  kk: (n: number) => `Файлда ${n} қате бар; жоба жасалмады. Әр қатенің орны мен себебі төменде.`,
  ru: (n: number) => `В файле ошибок: ${n}; черновик не создан. Место и причина каждой ниже.`,
  en: (n: number) => `The file has ${n} error(s); no draft was made. Each is placed and explained below.`,
};

export function standardImportOperations(_deps: WorkbenchDeps) {
  const importFile = defineOperation({
    name: 'drafts.import',
    summary: 'Import a standard from a file (XLSX template, CASE CFPackage, zip of CSVs, Kasip JSON) as a new draft',
    input: z.object({
      // Optional so a signed-out call without a body is refused as signed out, not as malformed.
      file: importedFileSchema.optional(),
      lang: langSchema.default('kk'),
    }),
    output: z.object({ draft: draftSchema, warnings: z.array(importIssueView) }).strict(),
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.imported',
    run: async ({ file, lang }, ctx) => {
      if (!file) throw new AppError('validation_failed', 'Send the file of the standard as the request body.');
      const errors = file.issues.filter((i) => i.severity === 'error');
      if (errors.length > 0 || !file.edition) {
        const shown = errors.length > 0 ? errors : file.issues;
        throw new AppError(
          'unprocessable',
          REFUSED[lang](Math.max(1, errors.length)),
          // The place's parts go along too (sheet, row, column), so a client can show them as it likes.
          shown.map((i) => ({ ...i.place, path: issueView(i, lang).where || '-', message: i.message[lang] })),
        );
      }
      const edition = file.edition as Edition;
      const createdBy = userIdOf(ctx.actor);
      const id = await insertDraft(ctx.db, {
        edition,
        origin: ORIGIN[file.format],
        baseEditionId: null,
        // The file's texts cite placeholders until the official text is attached (drafts.attachSource).
        officialText: edition.sourceText === '' ? null : edition.sourceText,
        createdBy,
        now: ctx.now,
      });
      const row = await requireDraft(ctx.db, id);
      ctx.audit({
        targetKind: 'draft',
        targetId: id,
        after: { standardId: row.standardId, origin: row.origin, cards: edition.cards.length },
      });
      return {
        draft: await draftView(ctx.db, row, ctx.actor),
        warnings: file.issues.filter((i) => i.severity === 'warning').map((i) => issueView(i, lang)),
      };
    },
  });

  const attachSource = defineOperation({
    name: 'drafts.attachSource',
    summary: "Attach the standard's official text to a draft: every text is located in it and cites its lines",
    input: draftParam.extend({
      revision: draftRevisionSchema,
      text: z
        .string()
        .max(MAX_OFFICIAL_TEXT_CHARS)
        .optional()
        .meta({ description: 'The official text (text/plain, UTF-8)' }),
    }),
    output: z
      .object({
        draft: draftSchema,
        located: z.number(),
        unlocated: z.array(z.object({ path: z.string(), itemId: z.string().nullable(), text: z.string() }).strict()),
      })
      .strict(),
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.source-attached',
    run: async ({ draftId, revision, text }, ctx) => {
      if (!text || text.trim() === '') {
        throw new AppError(
          'validation_failed',
          'Send the official text of the standard as the request body (text/plain).',
        );
      }
      const row = await requireDraft(ctx.db, draftId);
      if (!isEditable(row.status)) {
        throw new AppError('conflict', `The draft is ${row.status}; an official text is attached while it is a draft.`);
      }
      if (row.revision !== revision) {
        throw new AppError(
          'conflict',
          `The draft changed since you read it (revision ${row.revision}, you read ${revision}).`,
        );
      }
      const items = await listDraftItems(ctx.db, draftId);
      const { edition } = materialiseRow(row, items, false);
      // The edition keeps the text its sources cited until now (the old official one, or the
      // compiled one): the layout labels of its cards are kept only when that is this very text.
      const result = locateSources(edition, text);
      const located = new Map(flattenEdition(result.edition).map((r) => [r.id, r.data]));
      const by = userIdOf(ctx.actor);
      // One after the other: the embedded engine has one connection, held by this transaction.
      for (const item of items) {
        const data = located.get(item.id);
        if (!data || JSON.stringify(data) === JSON.stringify(item.data)) continue;
        await updateDraftItem(ctx.db, draftId, { ...item, data }, by, ctx.now);
      }
      const { sourceKind: _compiled, ...meta } = result.edition.meta;
      const changed = await updateDraftStatus(
        ctx.db,
        draftId,
        {
          officialText: text,
          meta: meta as unknown as Record<string, unknown>,
          revision: row.revision + 1,
          updatedAt: ctx.now,
        },
        row.revision,
      );
      if (!changed) throw new AppError('conflict', 'The draft changed while the text was being attached; try again.');
      ctx.audit({
        targetKind: 'draft',
        targetId: draftId,
        after: { located: result.located, unlocated: result.unlocated.length, chars: text.length },
      });
      return {
        draft: await draftView(ctx.db, await requireDraft(ctx.db, draftId), ctx.actor),
        located: result.located,
        unlocated: result.unlocated,
      };
    },
  });

  return { importFile, attachSource };
}
