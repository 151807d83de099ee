/**
 * The shapes the instrument operations take and answer, and the helpers they share: the card an
 * instrument is for (refused with a field error when the current edition has none), links to
 * skill and knowledge ids checked against that card, and the views of stored rows.
 */
import { z } from 'zod';
import { type CardEntryKind, entryIds } from '../../domain/assessment/coverage.js';
import {
  REVIEW_STATUSES,
  SPEC_STATUSES,
  practicalTaskContentSchema,
  specificationContentSchema,
  testItemContentSchema,
} from '../../domain/assessment/instruments.js';
import { AppError, type FieldError } from '../../domain/shared/errors.js';
import type { Card } from '../../domain/standard/schemas.js';
import type { InstrumentRow, SpecRow } from '../../storage/repositories/instrument.repository.js';
import type { CardBook } from '../hr/hr-context.js';

export const cardCodeSchema = z
  .string()
  .regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001')
  .meta({ description: 'A profession card code', example: '2635-3-001' });
export const cardLevelSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(8)
  .meta({ description: 'The card’s qualification level', example: 5 });

export const instrumentVersionSchema = z.coerce
  .number({ error: 'version is the number the instrument was read at' })
  .int()
  .min(1)
  .meta({ description: 'The version you read; a newer one answers 409', example: 1 });

const reviewFields = {
  id: z.string(),
  status: z.enum(REVIEW_STATUSES),
  demo: z.boolean(),
  version: z.number(),
  createdBy: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const testItemSchema = z.object({ ...reviewFields, content: testItemContentSchema }).meta({ id: 'TestItem' });
export const practicalTaskSchema = z
  .object({ ...reviewFields, content: practicalTaskContentSchema })
  .meta({ id: 'PracticalTask' });
export const specificationSchema = z
  .object({
    id: z.string(),
    editionId: z.string(),
    status: z.enum(SPEC_STATUSES),
    publishedAt: z.string().nullable(),
    demo: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    content: specificationContentSchema,
  })
  .meta({ id: 'Specification' });

export function instrumentView<R extends InstrumentRow>(row: R) {
  return {
    id: row.id,
    status: row.status,
    demo: row.demo,
    version: row.version,
    createdBy: row.createdBy,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    content: row.content as R['content'],
  };
}

export function specView(row: SpecRow) {
  return {
    id: row.id,
    editionId: row.editionId,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    demo: row.demo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    content: row.content,
  };
}

/** The card of the current edition, or a 400 naming the field that pointed at none. */
export function cardFor(book: CardBook, code: string, level: number, path = 'content.cardCode'): Card {
  const card = book.find(code, level);
  if (!card)
    throw new AppError('validation_failed', `There is no card ${code}/${level} in the current edition.`, [
      { path, message: 'no such card in the current edition' },
    ]);
  return card;
}

/** Every linked id must be a skill (or knowledge item) of the card; each wrong one is named. */
export function checkLinks(card: Card, ids: readonly string[], kind: CardEntryKind, path: string): void {
  const known = entryIds(card, kind);
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id))
      errors.push({
        path: `${path}.${i}`,
        message: `${id} is not a ${kind === 'skill' ? 'skill' : 'knowledge item'} of ${card.code.value}/${card.level.value}`,
      });
  });
  if (errors.length > 0)
    throw new AppError(
      'validation_failed',
      `Some linked ids are not ${kind === 'skill' ? 'skills' : 'knowledge items'} of the card: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
}

export function instrumentMissing(): AppError {
  return new AppError('not_found', 'There is nothing here, or it is not yours to see.');
}

export function instrumentStale(current: number | undefined): AppError {
  return new AppError(
    'conflict',
    `Someone saved this after you opened it (now version ${current ?? '?'}). Reload it, then make your change again.`,
  );
}

/** Content of a reviewed or retired instrument is frozen: the review vouched for exactly it. */
export function frozen(status: string): AppError {
  return new AppError(
    'conflict',
    `This instrument is ${status}: send it back to draft before changing its content, so it is reviewed again.`,
  );
}
