/**
 * The methodologists' XLSX template: any published edition, any draft, or nothing (the empty
 * template to fill in). The operations answer the edition as a value; the HTTP layer writes the
 * workbook from it (src/exports/standard-xlsx), since services do not touch file formats.
 */
import { z } from 'zod';
import { langSchema } from '../analysis/schemas/common.js';
import { defineOperation } from '../operations/operation.js';
import { editionIdOrCurrent } from '../registry/schemas/params.js';
import { listDraftItems } from '../../storage/repositories/draft.repository.js';
import { materialiseRow, requireDraft } from './draft-core.js';
import { draftParam } from './draft-schemas.js';
import { editionValueSchema } from './standard-file-schemas.js';
import type { WorkbenchDeps } from './workbench-deps.js';

const templateOutput = z
  .object({
    /** The workbook's file name, without the extension. */
    name: z.string(),
    lang: langSchema,
    /** Null: the empty template. */
    edition: editionValueSchema.nullable(),
  })
  .strict();
export type TemplateOutput = z.output<typeof templateOutput>;

const langParam = { lang: langSchema.default('kk').meta({ description: 'The language the instructions open in' }) };

export function standardXlsxOperations({ useCases }: WorkbenchDeps) {
  const edition = defineOperation({
    name: 'editions.template',
    summary: 'A published edition in the methodologists’ XLSX template',
    input: z.object({ id: editionIdOrCurrent, ...langParam }),
    output: templateOutput,
    action: 'registry.read',
    writes: false,
    cache: 'public',
    audit: null,
    run: async ({ id, lang }) => {
      // The template carries the translations but not their review state (docs/interchange.md).
      const {
        sourceText: _text,
        translationReviews: _reviews,
        ...value
      } = await useCases.editions.read(id === 'current' ? undefined : id);
      return { name: value.meta.id, lang, edition: value };
    },
  });

  const draft = defineOperation({
    name: 'drafts.template',
    summary: 'A draft in the methodologists’ XLSX template (deprecated items left out, as publishing would)',
    input: draftParam.extend(langParam),
    output: templateOutput,
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async ({ draftId, lang }, ctx) => {
      const row = await requireDraft(ctx.db, draftId);
      const { edition: materialised } = materialiseRow(row, await listDraftItems(ctx.db, draftId));
      const { sourceText: _text, translationReviews: _reviews, ...value } = materialised;
      return { name: `${value.meta.id}-draft`, lang, edition: value };
    },
  });

  const empty = defineOperation({
    name: 'standards.template',
    summary: 'The empty methodologists’ XLSX template, to fill in for a new standard',
    input: z.object(langParam),
    output: templateOutput,
    action: 'registry.read',
    writes: false,
    cache: 'public',
    audit: null,
    run: async ({ lang }) => ({ name: 'standard-template', lang, edition: null }),
  });

  return { edition, draft, empty };
}
