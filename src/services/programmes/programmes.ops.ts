/**
 * Programmes: listed, proposed from a card, created, read and saved whole (each save a revision,
 * refused with 409 when made from an older version), and their coverage matrix. The status
 * changes (finalise, reopen, archive), the history and the edition impact live beside this file;
 * `programmeOperations` composes the whole group.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { coverageReport } from '../../domain/programmes/coverage.js';
import { PROGRAMME_STATUSES, outcomesOf, programmeContentSchema } from '../../domain/programmes/programme.js';
import { proposeProgramme } from '../../domain/programmes/proposal.js';
import { revisionSummary } from '../../domain/programmes/revision-summary.js';
import { AppError } from '../../domain/shared/errors.js';
import { insertProgramme, listProgrammes } from '../../storage/repositories/programme.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { cardFor } from '../assessment/instrument-schemas.js';
import { defineOperation } from '../operations/operation.js';
import {
  cardsOfContent,
  checkContent,
  checkVersion,
  loadProgramme,
  programmeView,
  requireDraft,
  saveDraft,
} from './programme-core.js';
import type { ProgrammeDeps } from './programme-deps.js';
import { programmeHistoryOperations } from './programme-history.ops.js';
import { programmeImpactOperations } from './programme-impact.ops.js';
import {
  cardCodeSchema,
  cardLevelSchema,
  coverageReportSchema,
  programmeLangSchema,
  programmeParam,
  programmeSchema,
  programmeSummarySchema,
  programmeTypeSchema,
  programmeVersionSchema,
} from './programme-schemas.js';
import { programmeStatusOperations } from './programme-status.ops.js';

export function programmeOperations(deps: ProgrammeDeps) {
  const list = defineOperation({
    name: 'programmes.list',
    summary: "The organisation's programmes, newest change first, a page at a time",
    input: orgParam.extend({
      status: z.enum(PROGRAMME_STATUSES).optional(),
      card: cardCodeSchema.optional(),
      q: z.string().trim().max(200).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(25),
    }),
    output: z.object({
      programmes: z.array(programmeSummarySchema),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const { programmes, total } = await listProgrammes(ctx.db, input.orgId, {
        status: input.status,
        cardCode: input.card,
        q: input.q || undefined,
        page: input.page,
        pageSize: input.pageSize,
      });
      return {
        programmes: programmes.map((p) => ({
          id: p.id,
          title: p.content.title,
          type: p.content.type,
          lang: p.content.lang,
          status: p.status,
          version: p.version,
          demo: p.demo,
          cards: p.content.cards,
          modules: p.content.modules.length,
          outcomes: outcomesOf(p.content).length,
          updatedAt: p.updatedAt,
        })),
        total,
        page: input.page,
        pageSize: input.pageSize,
      };
    },
  });

  const propose = defineOperation({
    name: 'programmes.propose',
    summary:
      'Propose a programme from a card: a module per labour function, an outcome per task, criteria from the skills',
    input: orgParam.extend({
      card: cardCodeSchema,
      level: cardLevelSchema,
      type: programmeTypeSchema,
      lang: programmeLangSchema,
      title: z.string().trim().min(1).max(300).optional(),
      volume: z.coerce.number().min(0).max(100_000).optional(),
    }),
    output: programmeContentSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const book = await deps.cards(ctx.db);
      const card = cardFor(book, input.card, input.level, 'card');
      return proposeProgramme(card, {
        type: input.type,
        lang: input.lang,
        editionId: book.editionId,
        title: input.title,
        volume: input.volume,
      });
    },
  });

  const create = defineOperation({
    name: 'programmes.create',
    summary: 'Create a draft programme from a document (proposed, imported or typed in)',
    input: orgParam.extend({ content: programmeContentSchema, demo: z.boolean().default(false) }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.created',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      if (input.demo && ctx.actor.kind !== 'operator')
        throw new AppError('validation_failed', 'Only the operator loads demo content.', [
          { path: 'demo', message: 'only the operator loads demo content' },
        ]);
      await checkContent(deps, ctx.db, input.content);
      const id = crypto.randomUUID();
      await insertProgramme(ctx.db, {
        orgId: input.orgId,
        id,
        content: input.content,
        demo: input.demo,
        createdBy: userIdOf(ctx.actor),
        at: ctx.now,
        summary: ['created'],
      });
      const programme = await loadProgramme(ctx.db, input.orgId, id);
      ctx.audit({
        targetKind: 'programme',
        targetId: id,
        orgId: input.orgId,
        after: {
          title: input.content.title,
          type: input.content.type,
          cards: input.content.cards.map((c) => `${c.code}/${c.level}@${c.editionId}`),
          version: programme.version,
        },
      });
      return programmeView(programme);
    },
  });

  const get = defineOperation({
    name: 'programmes.get',
    summary: 'A programme with its whole document',
    input: programmeParam,
    output: programmeSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => programmeView(await loadProgramme(ctx.db, input.orgId, input.programmeId)),
  });

  const save = defineOperation({
    name: 'programmes.save',
    summary: 'Save a draft programme whole, as a new revision; 409 when it was saved since you read it',
    input: programmeParam.extend({ version: programmeVersionSchema, content: programmeContentSchema }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.saved',
    run: async (input, ctx) => {
      const stored = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      requireDraft(stored, 'change it');
      checkVersion(stored, input.version);
      await checkContent(deps, ctx.db, input.content);
      const summary = revisionSummary(stored.content, input.content);
      const next = await saveDraft(ctx, stored, input.content, summary, { after: { summary } });
      return programmeView(next);
    },
  });

  const coverage = defineOperation({
    name: 'programmes.coverage',
    summary: 'The coverage matrix: each skill and knowledge item of the cards against the modules',
    input: programmeParam,
    output: coverageReportSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const programme = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      const { cards } = await cardsOfContent(deps, ctx.db, programme.content);
      return coverageReport(programme.content, cards);
    },
  });

  return {
    list,
    propose,
    create,
    get,
    save,
    coverage,
    ...programmeStatusOperations(deps),
    ...programmeHistoryOperations(),
    ...programmeImpactOperations(deps),
  };
}
