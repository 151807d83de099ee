/**
 * The three writes a test item and a practical task share: create a draft, change a draft's
 * content, move between draft, reviewed and retired. They differ only in which card entries they
 * link (knowledge or skills) and how the audit names them, so both kinds go through these steps
 * and the rules (links checked against the current edition, frozen reviewed content, the version
 * read, the reviewer recorded) are written once.
 */
import type { Actor } from '../../domain/access/actor.js';
import { userIdOf } from '../../domain/access/actor.js';
import type { PracticalTaskContent, ReviewStatus, TestItemContent } from '../../domain/assessment/instruments.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  type InstrumentKind,
  findInstrument,
  insertInstruments,
  setInstrumentStatus,
  updateInstrumentContent,
} from '../../storage/repositories/instrument.repository.js';
import { requireOrg } from '../accounts/org-scope.js';
import type { OperationContext } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import {
  cardFor,
  checkLinks,
  frozen,
  instrumentMissing,
  instrumentStale,
  instrumentView,
} from './instrument-schemas.js';

type ContentOf<K extends InstrumentKind> = K extends 'item' ? TestItemContent : PracticalTaskContent;

const KIND = {
  item: { entry: 'knowledge', path: 'content.knowledgeIds', target: 'test-item', noun: 'item' },
  task: { entry: 'skill', path: 'content.skillIds', target: 'practical-task', noun: 'task' },
} as const;

const linksOf = (kind: InstrumentKind, content: TestItemContent | PracticalTaskContent): readonly string[] =>
  kind === 'item' ? (content as TestItemContent).knowledgeIds : (content as PracticalTaskContent).skillIds;

/** The card's current edition must still have every entry the instrument links to. */
async function checkAgainstCard(
  deps: AssessmentDeps,
  ctx: OperationContext,
  kind: InstrumentKind,
  content: TestItemContent | PracticalTaskContent,
) {
  const card = cardFor(await deps.cards(ctx.db), content.cardCode, content.cardLevel);
  checkLinks(card, linksOf(kind, content), KIND[kind].entry, KIND[kind].path);
  return card;
}

/** Demo content is loaded by the operator (`demo load`); nobody else may mark content as demo. */
function demoFlag(actor: Actor, demo: boolean): boolean {
  if (demo && actor.kind !== 'operator')
    throw new AppError('validation_failed', 'Only the operator loads demo content.', [
      { path: 'demo', message: 'only the operator loads demo content' },
    ]);
  return demo;
}

/** Reviewing records the reviewer; retiring keeps who reviewed; back to draft clears it. */
function reviewRecord(
  row: { reviewedBy: string | null; reviewedAt: Date | null },
  to: ReviewStatus,
  actor: Actor,
  now: Date,
): { reviewedBy: string | null; reviewedAt: Date | null } {
  if (to === 'reviewed') return { reviewedBy: userIdOf(actor), reviewedAt: now };
  if (to === 'retired') return { reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt };
  return { reviewedBy: null, reviewedAt: null };
}

async function current<K extends InstrumentKind>(
  ctx: OperationContext,
  kind: K,
  orgId: string,
  id: string,
  version: number,
) {
  const row = await findInstrument(ctx.db, kind, orgId, id);
  if (!row) throw instrumentMissing();
  if (row.version !== version) throw instrumentStale(row.version);
  return row;
}

export async function createInstrument<K extends InstrumentKind>(
  kind: K,
  deps: AssessmentDeps,
  input: { orgId: string; content: ContentOf<K>; demo: boolean },
  ctx: OperationContext,
) {
  await requireOrg(ctx.db, input.orgId);
  const demo = demoFlag(ctx.actor, input.demo);
  const card = await checkAgainstCard(deps, ctx, kind, input.content);
  const id = crypto.randomUUID();
  await insertInstruments(ctx.db, kind, [
    { orgId: input.orgId, id, content: input.content, demo, createdBy: userIdOf(ctx.actor), at: ctx.now },
  ]);
  const row = await findInstrument(ctx.db, kind, input.orgId, id);
  if (!row) throw instrumentMissing();
  const itemKind = kind === 'item' ? { kind: (input.content as TestItemContent).kind } : {};
  ctx.audit({
    targetKind: KIND[kind].target,
    targetId: id,
    orgId: input.orgId,
    after: { card: `${card.code.value}/${card.level.value}`, ...itemKind },
  });
  return instrumentView(row);
}

export async function updateDraft<K extends InstrumentKind>(
  kind: K,
  deps: AssessmentDeps,
  input: { orgId: string; id: string; version: number; content: ContentOf<K> },
  ctx: OperationContext,
) {
  const row = await current(ctx, kind, input.orgId, input.id, input.version);
  if (row.status !== 'draft') throw frozen(row.status);
  await checkAgainstCard(deps, ctx, kind, input.content);
  const next = await updateInstrumentContent(ctx.db, kind, {
    orgId: input.orgId,
    id: row.id,
    expectedVersion: input.version,
    content: input.content,
    at: ctx.now,
  });
  if (!next) throw instrumentStale(undefined);
  ctx.audit({
    targetKind: KIND[kind].target,
    targetId: row.id,
    orgId: input.orgId,
    before: { version: row.version },
    after: { version: next.version },
  });
  return instrumentView(next);
}

export async function changeStatus<K extends InstrumentKind>(
  kind: K,
  deps: AssessmentDeps,
  input: { orgId: string; id: string; version: number; status: ReviewStatus },
  ctx: OperationContext,
) {
  const row = await current(ctx, kind, input.orgId, input.id, input.version);
  // Any move between draft, reviewed and retired is allowed; staying put is a stale click.
  if (row.status === input.status)
    throw new AppError('conflict', `This ${KIND[kind].noun} is already ${input.status}.`, [
      { path: 'status', message: `already ${input.status}` },
    ]);
  // The edition may have changed since it was written: review only what still links.
  if (input.status === 'reviewed') await checkAgainstCard(deps, ctx, kind, row.content);
  const next = await setInstrumentStatus(ctx.db, kind, {
    orgId: input.orgId,
    id: row.id,
    expectedVersion: input.version,
    status: input.status,
    ...reviewRecord(row, input.status, ctx.actor, ctx.now),
    at: ctx.now,
  });
  if (!next) throw instrumentStale(undefined);
  ctx.audit({
    targetKind: KIND[kind].target,
    targetId: row.id,
    orgId: input.orgId,
    before: { status: row.status },
    after: { status: next.status },
  });
  return instrumentView(next);
}
