/**
 * Specifications: a blueprint proposed from the card, kept as a draft while it is edited, and
 * published only when every skill and knowledge item of the card is covered by reviewed
 * instruments (the refusal names each uncovered item by id and official text). A published
 * specification never changes: sessions and certificates refer to it. `specs.copy` starts a new
 * draft from it.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { type InstrumentLang, SPEC_STATUSES, specificationContentSchema } from '../../domain/assessment/instruments.js';
import { blueprintErrors, proposeSpecification, publishProblems } from '../../domain/assessment/spec-check.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Card } from '../../domain/standard/schemas.js';
import {
  findSpec,
  insertSpec,
  instrumentsOfCard,
  listSpecs,
  setSpecStatus,
  updateSpecContent,
} from '../../storage/repositories/instrument.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import {
  cardCodeSchema,
  cardFor,
  cardLevelSchema,
  instrumentMissing,
  instrumentStale,
  instrumentVersionSchema,
  specView,
  specificationSchema,
} from './instrument-schemas.js';

const percent = z.coerce.number().int().min(0).max(100);

const proposeFields = {
  card: cardCodeSchema,
  level: cardLevelSchema,
  title: z.string().trim().min(1).max(300).optional(),
  theoryPassPercent: percent.optional(),
  practicalPassPercent: percent.optional(),
  timeLimitMinutes: z.coerce.number().int().min(1).max(600).optional(),
};

/** A blueprint proposed from a card; a card with no labour function has nothing to assess. */
function proposeFor(card: Card, options: Parameters<typeof proposeSpecification>[1] = {}) {
  if (card.labourFunctions.length === 0)
    throw new AppError(
      'validation_failed',
      `The card ${card.code.value}/${card.level.value} has no labour functions to assess.`,
      [{ path: 'card', message: 'no labour functions' }],
    );
  return proposeSpecification(card, options);
}

function checkBlueprint(card: Card, content: z.output<typeof specificationContentSchema>) {
  const errors = blueprintErrors(card, content);
  if (errors.length > 0)
    throw new AppError(
      'validation_failed',
      `The blueprint does not fit the card: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
}

/** The card's instruments as the publication check reads them. */
/**
 * The card's instruments as coverage counts them. With `testLang` (a specification's), only the
 * test items written in that language count: they are the only ones its online test can draw.
 */
export async function instrumentRefs(
  db: Executor,
  orgId: string,
  code: string,
  level: number,
  testLang?: InstrumentLang,
) {
  // One after the other: inside a write this is the transaction's single connection.
  const all = await instrumentsOfCard(db, 'item', orgId, code, level);
  const items = testLang ? all.filter((i) => i.content.lang === testLang) : all;
  const tasks = await instrumentsOfCard(db, 'task', orgId, code, level);
  return {
    items: items.map((i) => ({ id: i.id, status: i.status, knowledgeIds: i.content.knowledgeIds })),
    tasks: tasks.map((t) => ({
      id: t.id,
      status: t.status,
      skillIds: t.content.skillIds,
      cardCode: t.content.cardCode,
      cardLevel: t.content.cardLevel,
    })),
  };
}

export function specificationOperations(deps: AssessmentDeps) {
  const specParam = orgParam.extend({ specId: uuidSchema });

  const propose = defineOperation({
    name: 'specs.propose',
    summary: 'Propose a blueprint for a card: functions weighted equally, one question per knowledge item of each task',
    input: orgParam.extend(proposeFields),
    output: specificationContentSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const card = cardFor(await deps.cards(ctx.db), input.card, input.level, 'card');
      return proposeFor(card, input);
    },
  });

  const list = defineOperation({
    name: 'specs.list',
    summary: "The organisation's specifications",
    input: orgParam.extend({ card: cardCodeSchema.optional(), status: z.enum(SPEC_STATUSES).optional() }),
    output: z.object({ specs: z.array(specificationSchema) }),
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return {
        specs: (await listSpecs(ctx.db, input.orgId, { cardCode: input.card, status: input.status })).map(specView),
      };
    },
  });

  const get = defineOperation({
    name: 'specs.get',
    summary: 'One specification',
    input: specParam,
    output: specificationSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findSpec(ctx.db, input.orgId, input.specId);
      if (!row) throw instrumentMissing();
      return specView(row);
    },
  });

  const create = defineOperation({
    name: 'specs.create',
    summary: 'Create a draft specification: the given blueprint, or the one proposed from a card',
    input: orgParam
      .extend({
        content: specificationContentSchema.optional(),
        from: z
          .object({ card: cardCodeSchema, level: z.number().int().min(1).max(8) })
          .strict()
          .optional(),
        demo: z.boolean().default(false),
      })
      .refine((i) => (i.content === undefined) !== (i.from === undefined), {
        message: 'give either content or from (a card to propose the blueprint from)',
        path: ['content'],
      }),
    output: specificationSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'spec.created',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      if (input.demo && ctx.actor.kind !== 'operator')
        throw new AppError('validation_failed', 'Only the operator loads demo content.', [
          { path: 'demo', message: 'only the operator loads demo content' },
        ]);
      const book = await deps.cards(ctx.db);
      const content = input.content
        ? input.content
        : proposeFor(cardFor(book, input.from?.card ?? '', input.from?.level ?? 0, 'from.card'));
      const card = cardFor(book, content.cardCode, content.cardLevel);
      checkBlueprint(card, content);
      const id = crypto.randomUUID();
      await insertSpec(ctx.db, {
        orgId: input.orgId,
        id,
        editionId: book.editionId,
        content,
        demo: input.demo,
        createdBy: userIdOf(ctx.actor),
        at: ctx.now,
      });
      const row = await findSpec(ctx.db, input.orgId, id);
      if (!row) throw instrumentMissing();
      ctx.audit({
        targetKind: 'specification',
        targetId: id,
        orgId: input.orgId,
        after: { card: `${content.cardCode}/${content.cardLevel}`, editionId: book.editionId },
      });
      return specView(row);
    },
  });

  const update = defineOperation({
    name: 'specs.update',
    summary: "Change a draft specification's blueprint",
    input: specParam.extend({ version: instrumentVersionSchema, content: specificationContentSchema }),
    output: specificationSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'spec.updated',
    run: async (input, ctx) => {
      const row = await findSpec(ctx.db, input.orgId, input.specId);
      if (!row) throw instrumentMissing();
      if (row.version !== input.version) throw instrumentStale(row.version);
      if (row.status !== 'draft')
        throw new AppError(
          'conflict',
          `This specification is ${row.status} and never changes; copy it to a new draft.`,
        );
      const book = await deps.cards(ctx.db);
      checkBlueprint(cardFor(book, input.content.cardCode, input.content.cardLevel), input.content);
      const next = await updateSpecContent(ctx.db, {
        orgId: input.orgId,
        id: row.id,
        expectedVersion: input.version,
        content: input.content,
        editionId: book.editionId,
        at: ctx.now,
      });
      if (!next) throw instrumentStale(undefined);
      ctx.audit({
        targetKind: 'specification',
        targetId: row.id,
        orgId: input.orgId,
        before: { version: row.version },
        after: { version: next.version },
      });
      return specView(next);
    },
  });

  const publish = defineOperation({
    name: 'specs.publish',
    summary: 'Publish a draft specification; refused (422), naming every uncovered item, while any is uncovered',
    input: specParam.extend({ version: instrumentVersionSchema }),
    output: specificationSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'spec.published',
    run: async (input, ctx) => {
      const row = await findSpec(ctx.db, input.orgId, input.specId);
      if (!row) throw instrumentMissing();
      if (row.version !== input.version) throw instrumentStale(row.version);
      if (row.status !== 'draft') throw new AppError('conflict', `This specification is already ${row.status}.`);
      const book = await deps.cards(ctx.db);
      const card = cardFor(book, row.content.cardCode, row.content.cardLevel);
      checkBlueprint(card, row.content);
      const refs = await instrumentRefs(
        ctx.db,
        input.orgId,
        row.content.cardCode,
        row.content.cardLevel,
        row.content.testLang,
      );
      const problems = publishProblems(card, row.content, refs.items, refs.tasks);
      if (problems.length > 0)
        throw new AppError(
          'unprocessable',
          `The specification cannot be published: ${problems.length} problem(s). ${problems.map((p) => p.message).join('; ')}.`,
          problems.map((p) => ({ path: `${p.kind}.${p.id}`, message: p.message })),
        );
      const next = await setSpecStatus(ctx.db, {
        orgId: input.orgId,
        id: row.id,
        expectedVersion: input.version,
        status: 'published',
        at: ctx.now,
      });
      if (!next) throw instrumentStale(undefined);
      ctx.audit({
        targetKind: 'specification',
        targetId: row.id,
        orgId: input.orgId,
        before: { status: 'draft' },
        after: { status: 'published', editionId: book.editionId },
      });
      return specView(next);
    },
  });

  const copy = defineOperation({
    name: 'specs.copy',
    summary: 'Start a new draft from a specification (a published one never changes)',
    input: specParam,
    output: specificationSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'spec.copied',
    run: async (input, ctx) => {
      const row = await findSpec(ctx.db, input.orgId, input.specId);
      if (!row) throw instrumentMissing();
      const book = await deps.cards(ctx.db);
      const id = crypto.randomUUID();
      await insertSpec(ctx.db, {
        orgId: input.orgId,
        id,
        editionId: book.editionId,
        content: row.content,
        createdBy: userIdOf(ctx.actor),
        at: ctx.now,
      });
      const next = await findSpec(ctx.db, input.orgId, id);
      if (!next) throw instrumentMissing();
      ctx.audit({ targetKind: 'specification', targetId: id, orgId: input.orgId, after: { copiedFrom: row.id } });
      return specView(next);
    },
  });

  return {
    specsPropose: propose,
    specsList: list,
    specsGet: get,
    specsCreate: create,
    specsUpdate: update,
    specsPublish: publish,
    specsCopy: copy,
  };
}
