/**
 * What the HR operations share: the calendar day in Kazakhstan, the organisation's attestation
 * policy, the cards of the current edition, and the view of a person that every list shows
 * (stored category with its staleness, the attestation window).
 */
import {
  type AttestationPolicy,
  DEFAULT_ATTESTATION_POLICY,
  attestationPolicySchema,
} from '../../domain/hr/attestation-policy.js';
import {
  type AttestationWindow,
  type LastAttestation,
  attestationWindow,
} from '../../domain/hr/attestation-schedule.js';
import { type ComputedCategory, computeCategory, staleness } from '../../domain/hr/stored-category.js';
import type { StaffRecord } from '../../domain/hr/staff-record.js';
import { summarize } from '../../domain/qualification/explain.js';
import type { CategoryResult } from '../../domain/qualification/category.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';
import type { Card } from '../../domain/standard/schemas.js';
import type { AttestationRow } from '../../storage/repositories/attestation.repository.js';
import { readPolicy } from '../../storage/repositories/attestation.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import type { StoredCategory } from '../../storage/repositories/staff-category.repository.js';
import type { StaffRow } from '../../storage/repositories/staff.repository.js';
import { pickCurrentEdition } from '../edition.service.js';
import { listEditions, listItems } from '../../storage/repositories/edition.repository.js';
import { assembleCards } from '../../domain/standard/item-tree.js';

/**
 * Kazakhstan keeps one time zone, UTC+5, since March 2024: a fixed offset, so the day does not
 * depend on the server's zone or on how current its tz database is.
 */
const KZ_OFFSET_MS = 5 * 3_600_000;
export const todayOf = (now: Date): string => new Date(now.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);

export async function policyOf(db: Executor, orgId: string): Promise<AttestationPolicy> {
  const stored = await readPolicy(db, orgId);
  // A stored policy from an older version may lack a newer number: the default fills it.
  const parsed = attestationPolicySchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_ATTESTATION_POLICY };
}

export type Cards = (db: Executor) => Promise<CardBook>;
export type CardBook = { editionId: string; find: (code: string, level: number) => Card | undefined };

/**
 * The current edition's cards, assembled once per edition (they never change under one id). Read
 * through the caller's executor: inside a writing operation that is its transaction, and the
 * embedded engine's single connection would wait forever for a query outside it.
 */
export function cardBook() {
  const books = new Map<string, Promise<CardBook>>();
  return async (db: Executor): Promise<CardBook> => {
    const editionId = pickCurrentEdition(await listEditions(db));
    if (!editionId) throw new AppError('not_found', 'No edition of the standard is loaded yet.');
    let book = books.get(editionId);
    if (!book) {
      book = listItems(db, editionId).then((items) => {
        const cards = assembleCards(items);
        const byKey = new Map(cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
        return { editionId, find: (code: string, level: number) => byKey.get(`${code}/${level}`) };
      });
      books.set(editionId, book);
      book.catch(() => books.delete(editionId));
    }
    return book;
  };
}

/** The last decision that settled a person's attestation (cancelled ones do not count). */
export function lastDecisions(attestations: readonly AttestationRow[]): Map<string, LastAttestation> {
  const out = new Map<string, LastAttestation>();
  for (const a of attestations) {
    if (a.stage !== 'decided' || !a.decision) continue;
    const known = out.get(a.staffId);
    if (!known || known.decidedOn < a.decision.date)
      out.set(a.staffId, { decidedOn: a.decision.date, validUntil: a.decision.validUntil });
  }
  return out;
}

export function windowOf(
  row: StaffRow,
  last: LastAttestation | undefined,
  policy: AttestationPolicy,
  today: string,
): AttestationWindow {
  return attestationWindow(row.record, last ?? null, policy, today);
}

export function toStored(
  staffId: string,
  record: StaffRecord,
  computed: ComputedCategory,
  editionId: string,
  at: Date,
  asOf: string,
): StoredCategory {
  return {
    staffId,
    computedAt: at,
    asOf,
    editionId,
    cardCode: record.position.cardCode,
    cardLevel: record.position.level,
    rulesHash: computed.rulesHash,
    status: computed.status,
    category: computed.category,
    result: (computed.result ?? {}) as Record<string, unknown>,
  };
}

export function computeFor(
  row: { id: string; record: StaffRecord },
  book: CardBook,
  at: Date,
  today: string,
): StoredCategory {
  const card = book.find(row.record.position.cardCode, row.record.position.level);
  return toStored(row.id, row.record, computeCategory(row.record, card, today), book.editionId, at, today);
}

const NO_CARD: Record<Lang, string> = {
  kk: 'Ағымдағы басылымда бұл карточка жоқ: санатты анықтау мүмкін емес.',
  ru: 'В действующей редакции нет этой карточки: категорию определить нельзя.',
  en: 'The current edition has no such card: the category cannot be determined.',
};

export function categoryView(stored: StoredCategory, record: StaffRecord, book: CardBook, lang: Lang) {
  const result = stored.status === 'no-card' ? null : (stored.result as unknown as CategoryResult);
  return {
    status: stored.status as ComputedCategory['status'],
    category: stored.category as CategoryResult['category'],
    asOf: stored.asOf,
    computedAt: stored.computedAt.toISOString(),
    editionId: stored.editionId,
    staleness: staleness(stored, record, {
      editionId: book.editionId,
      card: book.find(stored.cardCode, stored.cardLevel),
    }),
    summary: result ? summarize(result, lang) : NO_CARD[lang],
    result: result as Record<string, unknown> | null,
  };
}

/** An organisation's record that is not there, or not the caller's to see: 404 either way. */
export function missing(): AppError {
  return new AppError('not_found', 'There is nothing here, or it is not yours to see.');
}

/** Another HR officer saved first: the caller must reload, never overwrite. */
export function staleVersion(current: number | undefined): AppError {
  return new AppError(
    'conflict',
    `Someone saved this record after you opened it (now version ${current ?? '?'}). Reload it, then make your change again.`,
  );
}
