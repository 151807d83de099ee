/**
 * The item bank: test items written for a card's knowledge items, and practical tasks with
 * observation checklists for its skills. Authors write drafts; a reviewer moves them to
 * reviewed (recorded with who and when), and only reviewed instruments are drawn or count for
 * coverage. A reviewed or retired instrument's content is frozen until it goes back to draft.
 * The specification, coverage and interchange operations are in the instrument-* files beside.
 */
import { z } from 'zod';
import { draftChecklist } from '../../domain/assessment/checklist-draft.js';
import { entryIds } from '../../domain/assessment/coverage.js';
import {
  ITEM_KINDS,
  REVIEW_STATUSES,
  criterionSchema,
  practicalTaskContentSchema,
  testItemContentSchema,
} from '../../domain/assessment/instruments.js';
import { findInstrument, listInstruments } from '../../storage/repositories/instrument.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { coverageOperations } from './instrument-coverage.ops.js';
import {
  cardCodeSchema,
  cardFor,
  cardLevelSchema,
  checkLinks,
  instrumentMissing,
  instrumentVersionSchema,
  instrumentView,
  practicalTaskSchema,
  testItemSchema,
} from './instrument-schemas.js';
import { specificationOperations } from './instrument-specs.ops.js';
import { changeStatus, createInstrument, updateDraft } from './instrument-writes.js';

const PAGE = { default: 50, max: 200 };

const listInput = orgParam.extend({
  card: cardCodeSchema.optional(),
  level: cardLevelSchema.optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE.max).default(PAGE.default),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

function itemOperations(deps: AssessmentDeps) {
  const itemParam = orgParam.extend({ itemId: uuidSchema });

  const list = defineOperation({
    name: 'items.list',
    summary: "The organisation's test items, filtered by card, status, knowledge item and kind",
    input: listInput.extend({
      knowledgeId: z.string().min(1).max(200).optional(),
      kind: z.enum(ITEM_KINDS).optional(),
    }),
    output: z.object({ total: z.number(), limit: z.number(), offset: z.number(), items: z.array(testItemSchema) }),
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const page = await listInstruments(ctx.db, 'item', input.orgId, {
        cardCode: input.card,
        cardLevel: input.level,
        status: input.status,
        linkedTo: input.knowledgeId,
        itemKind: input.kind,
        limit: input.limit,
        offset: input.offset,
      });
      return { total: page.total, limit: input.limit, offset: input.offset, items: page.rows.map(instrumentView) };
    },
  });

  const get = defineOperation({
    name: 'items.get',
    summary: 'One test item, with its key',
    input: itemParam,
    output: testItemSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findInstrument(ctx.db, 'item', input.orgId, input.itemId);
      if (!row) throw instrumentMissing();
      return instrumentView(row);
    },
  });

  const create = defineOperation({
    name: 'items.create',
    summary: 'Write a test item (a draft) for knowledge items of a card',
    input: orgParam.extend({ content: testItemContentSchema, demo: z.boolean().default(false) }),
    output: testItemSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'item.created',
    run: (input, ctx) => createInstrument('item', deps, input, ctx),
  });

  const update = defineOperation({
    name: 'items.update',
    summary: "Change a draft test item's content",
    input: itemParam.extend({ version: instrumentVersionSchema, content: testItemContentSchema }),
    output: testItemSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'item.updated',
    run: (input, ctx) => updateDraft('item', deps, { ...input, id: input.itemId }, ctx),
  });

  const status = defineOperation({
    name: 'items.status',
    summary: 'Review a test item, retire it, or send it back to draft',
    input: itemParam.extend({ version: instrumentVersionSchema, status: z.enum(REVIEW_STATUSES) }),
    output: testItemSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'item.status-changed',
    run: (input, ctx) => changeStatus('item', deps, { ...input, id: input.itemId }, ctx),
  });

  return { list, get, create, update, status };
}

function taskOperations(deps: AssessmentDeps) {
  const taskParam = orgParam.extend({ taskId: uuidSchema });

  const list = defineOperation({
    name: 'tasks.list',
    summary: "The organisation's practical tasks, filtered by card, status and skill",
    input: listInput.extend({ skillId: z.string().min(1).max(200).optional() }),
    output: z.object({ total: z.number(), limit: z.number(), offset: z.number(), tasks: z.array(practicalTaskSchema) }),
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const page = await listInstruments(ctx.db, 'task', input.orgId, {
        cardCode: input.card,
        cardLevel: input.level,
        status: input.status,
        linkedTo: input.skillId,
        limit: input.limit,
        offset: input.offset,
      });
      return { total: page.total, limit: input.limit, offset: input.offset, tasks: page.rows.map(instrumentView) };
    },
  });

  const get = defineOperation({
    name: 'tasks.get',
    summary: 'One practical task with its checklist',
    input: taskParam,
    output: practicalTaskSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findInstrument(ctx.db, 'task', input.orgId, input.taskId);
      if (!row) throw instrumentMissing();
      return instrumentView(row);
    },
  });

  const create = defineOperation({
    name: 'tasks.create',
    summary: 'Write a practical task (a draft) observing skills of a card',
    input: orgParam.extend({ content: practicalTaskContentSchema, demo: z.boolean().default(false) }),
    output: practicalTaskSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'task.created',
    run: (input, ctx) => createInstrument('task', deps, input, ctx),
  });

  const update = defineOperation({
    name: 'tasks.update',
    summary: "Change a draft practical task's content or checklist",
    input: taskParam.extend({ version: instrumentVersionSchema, content: practicalTaskContentSchema }),
    output: practicalTaskSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'task.updated',
    run: (input, ctx) => updateDraft('task', deps, { ...input, id: input.taskId }, ctx),
  });

  const status = defineOperation({
    name: 'tasks.status',
    summary: 'Review a practical task, retire it, or send it back to draft',
    input: taskParam.extend({ version: instrumentVersionSchema, status: z.enum(REVIEW_STATUSES) }),
    output: practicalTaskSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'task.status-changed',
    run: (input, ctx) => changeStatus('task', deps, { ...input, id: input.taskId }, ctx),
  });

  const draft = defineOperation({
    name: 'tasks.draft',
    summary:
      'Draft checklist criteria from skill statements of a card (the official wording quoted), for the assessor to edit',
    input: orgParam.extend({
      card: cardCodeSchema,
      level: cardLevelSchema,
      skillIds: z.array(z.string().min(1).max(200)).min(1).max(50),
      lang: z.enum(['kk', 'ru']).default('kk'),
    }),
    output: z.object({ criteria: z.array(criterionSchema) }),
    action: 'assessment.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const card = cardFor(await deps.cards(ctx.db), input.card, input.level, 'card');
      checkLinks(card, input.skillIds, 'skill', 'skillIds');
      const texts = new Map<string, string>();
      for (const f of card.labourFunctions) {
        for (const t of f.tasks) for (const s of t.skills) texts.set(s.id, s.kk);
        for (const s of f.skills ?? []) texts.set(s.id, s.kk);
      }
      const known = entryIds(card, 'skill');
      const skills = input.skillIds.filter((id) => known.has(id)).map((id) => ({ id, kk: texts.get(id) ?? '' }));
      return { criteria: draftChecklist(skills, input.lang) };
    },
  });

  return { list, get, create, update, status, draft };
}

export function instrumentOperations(deps: AssessmentDeps) {
  const items = itemOperations(deps);
  const tasks = taskOperations(deps);
  const specs = specificationOperations(deps);
  const coverage = coverageOperations(deps);
  return {
    itemsList: items.list,
    itemsGet: items.get,
    itemsCreate: items.create,
    itemsUpdate: items.update,
    itemsStatus: items.status,
    tasksList: tasks.list,
    tasksGet: tasks.get,
    tasksCreate: tasks.create,
    tasksUpdate: tasks.update,
    tasksStatus: tasks.status,
    tasksDraft: tasks.draft,
    ...specs,
    ...coverage,
  };
}
