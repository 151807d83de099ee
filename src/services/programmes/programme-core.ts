/**
 * What the programme operations share: reading a programme of the caller's organisation (404
 * otherwise, the same answer as for one the caller may not see), the cards a document is built on
 * (each in the edition it names), the link check a document must pass before it is stored, the
 * 409 for a stale version, and the stored programme as the API shows it.
 */
import { userIdOf } from '../../domain/access/actor.js';
import { contentLinkErrors, describeErrorPath } from '../../domain/programmes/content-check.js';
import type { Programme, ProgrammeContent, ProgrammeStatus } from '../../domain/programmes/programme.js';
import { AppError, type FieldError } from '../../domain/shared/errors.js';
import type { Card } from '../../domain/standard/schemas.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { findProgramme, updateProgramme } from '../../storage/repositories/programme.repository.js';
import type { OperationContext } from '../operations/operation.js';
import type { ProgrammeDeps } from './programme-deps.js';

export const programmeMissing = () => new AppError('not_found', 'There is nothing here, or it is not yours to see.');

export function programmeStale(current: number): AppError {
  return new AppError(
    'conflict',
    `Someone saved this programme after you opened it (now version ${current}). Reload it, then make your change again.`,
  );
}

export async function loadProgramme(db: Executor, orgId: string, id: string): Promise<Programme> {
  const programme = await findProgramme(db, orgId, id);
  if (!programme) throw programmeMissing();
  return programme;
}

/** The stored version must be the one the caller read. */
export function checkVersion(programme: Programme, version: number): void {
  if (programme.version !== version) throw programmeStale(programme.version);
}

/** Only a draft's document changes: a final or archived programme is reopened first. */
export function requireDraft(programme: Programme, toDo: string): void {
  if (programme.status !== 'draft')
    throw new AppError('conflict', `This programme is ${programme.status}: reopen it first, then ${toDo}.`);
}

type AuditFields = Record<string, unknown>;

/**
 * Stores the next version of a programme (its document and status, with the revision and the side
 * tables), records the audit event, and answers the stored programme; 409 when another write
 * came between the caller's read and this one.
 */
export async function writeVersion(
  ctx: OperationContext,
  stored: Programme,
  change: {
    status: ProgrammeStatus;
    content: ProgrammeContent;
    finalisedAt: Date | null | 'keep';
    summary: string[];
    before: AuditFields;
    after: AuditFields;
  },
): Promise<Programme> {
  const next = await updateProgramme(ctx.db, {
    orgId: stored.orgId,
    id: stored.id,
    expectedVersion: stored.version,
    status: change.status,
    content: change.content,
    finalisedAt: change.finalisedAt,
    savedBy: userIdOf(ctx.actor),
    at: ctx.now,
    summary: change.summary,
  });
  if (!next) throw programmeStale((await findProgramme(ctx.db, stored.orgId, stored.id))?.version ?? stored.version);
  ctx.audit({
    targetKind: 'programme',
    targetId: stored.id,
    orgId: stored.orgId,
    before: { version: stored.version, ...change.before },
    after: { version: next.version, ...change.after },
  });
  return next;
}

/**
 * A draft's new document as its next version. The same document again (a retried save, a save
 * without edits, a rebase of a programme already current) makes no version to review: the audit
 * says it was unchanged, and the stored programme is the answer.
 */
export async function saveDraft(
  ctx: OperationContext,
  stored: Programme,
  content: ProgrammeContent,
  summary: string[],
  audit: { before?: AuditFields; after: AuditFields },
): Promise<Programme> {
  if (summary.length === 0) {
    ctx.audit({
      targetKind: 'programme',
      targetId: stored.id,
      orgId: stored.orgId,
      before: { version: stored.version, ...audit.before },
      after: { version: stored.version, ...audit.after, unchanged: true },
    });
    return stored;
  }
  return writeVersion(ctx, stored, {
    status: 'draft',
    content,
    finalisedAt: 'keep',
    summary,
    before: audit.before ?? {},
    after: audit.after,
  });
}

/** The programme as the API answers it: everything but the organisation, which the path names. */
export function programmeView(p: Programme) {
  return {
    id: p.id,
    status: p.status,
    version: p.version,
    demo: p.demo,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    finalisedAt: p.finalisedAt,
    content: p.content,
  };
}

/**
 * The document's cards, each from the edition it names, with a field error for each card that
 * edition does not have. Read one after the other: inside a write this is the single connection.
 */
export async function cardsOfContent(
  deps: ProgrammeDeps,
  db: Executor,
  content: Pick<ProgrammeContent, 'cards'>,
): Promise<{ cards: Card[]; errors: FieldError[] }> {
  const cards: Card[] = [];
  const errors: FieldError[] = [];
  for (const [n, ref] of content.cards.entries()) {
    const book = await deps.editionCards(db, ref.editionId);
    const card = book?.find(ref.code, ref.level);
    if (card) cards.push(card);
    else
      errors.push({
        path: `content.cards.${n}`,
        message: book
          ? `edition ${ref.editionId} has no card ${ref.code}/${ref.level}`
          : `there is no stored edition ${ref.editionId}`,
      });
  }
  return { cards, errors };
}

/**
 * A document may be stored only when its cards exist in their editions and every link,
 * exception and suggestion names an item of those cards. Answers the cards, for the caller's
 * next step (coverage, summary).
 */
export async function checkContent(deps: ProgrammeDeps, db: Executor, content: ProgrammeContent): Promise<Card[]> {
  const { cards, errors } = await cardsOfContent(deps, db, content);
  if (errors.length > 0)
    throw new AppError(
      'validation_failed',
      `The programme names a card that is not in its edition: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
  const linkErrors = contentLinkErrors(content, cards);
  if (linkErrors.length > 0) {
    const shown = linkErrors
      .slice(0, 10)
      .map((e) => `${describeErrorPath(content, e.path)}: ${e.message}`)
      .join('; ');
    const more = linkErrors.length > 10 ? ` and ${linkErrors.length - 10} more` : '';
    throw new AppError(
      'validation_failed',
      `Some links do not point at the cards' items: ${shown}${more}.`,
      linkErrors,
    );
  }
  return cards;
}
