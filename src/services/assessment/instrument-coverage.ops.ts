/**
 * The coverage matrix over the API: every skill and knowledge item of a card (id, official
 * Kazakh text, text in the asked language) against the counts of instruments that assess it,
 * for a card or for one specification (then only its chosen practical tasks count, and the
 * answer carries what stops its publication).
 */
import { z } from 'zod';
import { coverageMatrix } from '../../domain/assessment/coverage.js';
import { publishProblems } from '../../domain/assessment/spec-check.js';
import { AppError } from '../../domain/shared/errors.js';
import { displayOf } from '../../domain/shared/localize.js';
import { TRANSLATION_REVIEW } from '../../domain/standard/translations.js';
import { findSpec } from '../../storage/repositories/instrument.repository.js';
import { langSchema } from '../analysis/schemas/common.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { cardCodeSchema, cardFor, cardLevelSchema, instrumentMissing } from './instrument-schemas.js';
import { instrumentRefs } from './instrument-specs.ops.js';

const displaySchema = z.object({
  text: z.string(),
  lang: langSchema,
  official: z.boolean(),
  review: z.enum(TRANSLATION_REVIEW).optional(),
});

export const coverageSchema = z
  .object({
    cardCode: z.string(),
    cardLevel: z.number(),
    editionId: z.string(),
    specId: z.string().nullable(),
    rows: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['skill', 'knowledge']),
        labourFunctionId: z.string(),
        taskId: z.string().nullable(),
        kk: z.string(),
        display: displaySchema,
        reviewedItems: z.number(),
        draftItems: z.number(),
        reviewedTasks: z.number(),
        draftTasks: z.number(),
        covered: z.boolean(),
      }),
    ),
    uncovered: z.array(z.string()),
    /** For a specification: everything that stops its publication (empty when it may be published). */
    problems: z.array(
      z.object({
        kind: z.enum(['knowledge-uncovered', 'skill-uncovered', 'too-few-items', 'task-not-usable']),
        id: z.string(),
        kk: z.string(),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'Coverage' });

export function coverageOperations(deps: AssessmentDeps) {
  const coverage = defineOperation({
    name: 'coverage.get',
    summary: 'Coverage matrix: every skill and knowledge item of a card against the instruments that assess it',
    // Which of specId or card and level is given is checked in `run`, after the caller is known:
    // a signed-out caller is told to sign in, not how to ask.
    input: orgParam.extend({
      card: cardCodeSchema.optional(),
      level: cardLevelSchema.optional(),
      specId: uuidSchema.optional(),
      lang: langSchema.default('kk'),
    }),
    output: coverageSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const spec = input.specId ? await findSpec(ctx.db, input.orgId, input.specId) : undefined;
      if (input.specId && !spec) throw instrumentMissing();
      const code = spec?.content.cardCode ?? input.card;
      const level = spec?.content.cardLevel ?? input.level;
      if (!code || !level)
        throw new AppError('validation_failed', 'Give a specId, or a card and a level.', [
          { path: 'card', message: 'give a specId, or a card and a level' },
        ]);
      const book = await deps.cards(ctx.db);
      const card = cardFor(book, code, level, spec ? 'specId' : 'card');
      const refs = await instrumentRefs(ctx.db, input.orgId, code, level, spec?.content.testLang);
      const rows = coverageMatrix(
        card,
        refs.items,
        refs.tasks,
        spec ? new Set(spec.content.practicalTaskIds) : undefined,
      );
      return {
        cardCode: code,
        cardLevel: level,
        editionId: book.editionId,
        specId: spec?.id ?? null,
        rows: rows.map((r) => ({
          id: r.entry.id,
          kind: r.entry.kind,
          labourFunctionId: r.entry.labourFunctionId,
          taskId: r.entry.taskId,
          kk: r.entry.kk,
          display: displayOf(r.entry, input.lang),
          reviewedItems: r.reviewedItems,
          draftItems: r.draftItems,
          reviewedTasks: r.reviewedTasks,
          draftTasks: r.draftTasks,
          covered: r.covered,
        })),
        uncovered: rows.filter((r) => !r.covered).map((r) => r.entry.id),
        problems: spec ? publishProblems(card, spec.content, refs.items, refs.tasks) : [],
      };
    },
  });
  return { coverage };
}
