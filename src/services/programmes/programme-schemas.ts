/**
 * The shapes the programme operations take and answer: the stored programme, a revision of it,
 * the coverage matrix, the edition impact, and the curriculum import's answer. The web app's
 * types are generated from these (through the OpenAPI document), so they are the API contract.
 */
import { z } from 'zod';
import {
  PROGRAMME_LANGS,
  PROGRAMME_STATUSES,
  PROGRAMME_TYPES,
  programmeContentSchema,
} from '../../domain/programmes/programme.js';
import { uuidSchema } from '../accounts/schemas.js';
import { orgParam } from '../accounts/org-scope.js';

export { cardCodeSchema, cardLevelSchema } from '../assessment/instrument-schemas.js';

export const programmeParam = orgParam.extend({ programmeId: uuidSchema });

export const programmeVersionSchema = z.coerce
  .number({ error: 'version is the number the programme was read at' })
  .int()
  .min(1)
  .meta({ description: 'The version you read; a newer one answers 409', example: 1 });

export const programmeTypeSchema = z.enum(PROGRAMME_TYPES).meta({ example: 'tvet-modular' });
export const programmeLangSchema = z.enum(PROGRAMME_LANGS).meta({ example: 'kk' });

export const programmeSchema = z
  .object({
    id: z.string(),
    status: z.enum(PROGRAMME_STATUSES),
    version: z.number(),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finalisedAt: z.string().nullable(),
    content: programmeContentSchema,
  })
  .meta({ id: 'Programme' });

/** A row of the programme list: enough to choose one, not the whole document. */
export const programmeSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    type: z.enum(PROGRAMME_TYPES),
    lang: z.enum(PROGRAMME_LANGS),
    status: z.enum(PROGRAMME_STATUSES),
    version: z.number(),
    demo: z.boolean(),
    cards: z.array(z.object({ code: z.string(), level: z.number(), editionId: z.string() })),
    modules: z.number(),
    outcomes: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProgrammeSummary' });

export const revisionSchema = z
  .object({
    version: z.number(),
    status: z.enum(PROGRAMME_STATUSES),
    savedAt: z.string(),
    /** Who saved it; null when the account is gone. */
    savedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** What changed from the revision before. */
    summary: z.array(z.string()),
  })
  .meta({ id: 'ProgrammeRevision' });

const coverageStatus = z.enum(['covered', 'theory-only', 'uncovered', 'excepted']);
const coverageRowSchema = z.object({
  itemId: z.string(),
  kind: z.enum(['skill', 'knowledge']),
  kk: z.string(),
  cardCode: z.string(),
  cardLevel: z.number(),
  labourFunctionId: z.string(),
  taskId: z.string().nullable(),
  cells: z.array(z.object({ moduleId: z.string(), outcomeIds: z.array(z.string()) })),
  status: coverageStatus,
  exceptionReason: z.string().nullable(),
});

export const coverageReportSchema = z
  .object({
    rows: z.array(coverageRowSchema),
    functions: z.array(
      z.object({
        labourFunctionId: z.string(),
        cardCode: z.string(),
        cardLevel: z.number(),
        kk: z.string(),
        hours: z.number(),
        items: z.number(),
        covered: z.number(),
      }),
    ),
    unattributedHours: z.number(),
    totals: z.object({
      skills: z.number(),
      knowledge: z.number(),
      uncoveredSkills: z.number(),
      uncoveredKnowledge: z.number(),
      theoryOnlySkills: z.number(),
      excepted: z.number(),
    }),
    volume: z.object({ unit: z.enum(['hours', 'credits']), declared: z.number(), planned: z.number() }),
    unknownLinks: z.array(z.object({ moduleId: z.string(), outcomeId: z.string(), itemId: z.string() })),
    blockers: z.array(coverageRowSchema),
  })
  .meta({ id: 'ProgrammeCoverage' });

/** An outcome that links an item the current edition changed or removed. */
export const impactSchema = z
  .object({
    currentEditionId: z.string(),
    /** True when every card is read from the current edition. */
    upToDate: z.boolean(),
    cards: z.array(
      z.object({ code: z.string(), level: z.number(), editionId: z.string(), inCurrentEdition: z.boolean() }),
    ),
    links: z.array(
      z.object({
        moduleId: z.string(),
        outcomeId: z.string(),
        itemId: z.string(),
        change: z.enum(['changed', 'removed']),
        /** The official text the outcome was linked to, and the current one (null when removed). */
        before: z.string(),
        after: z.string().nullable(),
      }),
    ),
    /** Items the current edition added to the cards, which no outcome links yet. */
    added: z.array(z.object({ itemId: z.string(), kind: z.enum(['skill', 'knowledge']), kk: z.string() })),
  })
  .meta({ id: 'ProgrammeImpact' });

/** What an imported curriculum became: a programme document to review, not yet saved. */
export const importResultSchema = z
  .object({
    content: programmeContentSchema,
    report: z.object({
      format: z.enum(['xlsx', 'docx']),
      modules: z.number(),
      outcomes: z.number(),
      suggestions: z.number(),
      /** Rows or cells that were skipped or read with a guess, each naming where. */
      warnings: z.array(z.object({ where: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'ProgrammeImport' });

export const suggestionListSchema = z
  .object({
    suggestions: z.array(
      z.object({ itemId: z.string(), kind: z.enum(['skill', 'knowledge']), kk: z.string(), score: z.number() }),
    ),
  })
  .meta({ id: 'ProgrammeSuggestions' });

export { uuidSchema };
