/**
 * Draft editions and their items (tables draft_edition and draft_item; comments are in
 * draft-comment.repository.ts). An item row holds the item's own data as published items do,
 * plus its revision (for conflicts), whether it is deprecated, and its hash in the base edition.
 */
import { sql } from 'kysely';
import type { DraftItem, DraftStatus } from '../../domain/workbench/draft.js';
import { type ItemKind, textOf } from '../../domain/standard/item-tree.js';
import type { TranslationReviews } from '../../domain/standard/translations.js';
import { type Executor, parseTranslationReviews } from './edition.repository.js';

type Person = { id: string; name: string } | null;

export type DraftRow = {
  id: string;
  standardId: string;
  title: { kk: string; ru?: string; en?: string };
  baseEditionId: string | null;
  status: DraftStatus;
  meta: Record<string, unknown>;
  officialText: string | null;
  revision: number;
  origin: string;
  createdBy: Person;
  createdAt: Date;
  updatedAt: Date;
  submittedBy: Person;
  submittedAt: Date | null;
  approvedBy: Person;
  approvedAt: Date | null;
  publishedBy: Person;
  publishedAt: Date | null;
  publishedEditionId: string | null;
  /** The review state of the draft's translations (migration 0014); null: none. */
  translationReviews: TranslationReviews | null;
};

/** A draft item as stored: the domain's item plus who changed it last. */
export type StoredDraftItem = DraftItem & { updatedBy: Person; updatedAt: Date };

export type NewDraftRow = {
  id: string;
  standardId: string;
  title: Record<string, unknown>;
  baseEditionId: string | null;
  meta: Record<string, unknown>;
  officialText: string | null;
  origin: string;
  createdBy: string | null;
  now: Date;
  translationReviews?: TranslationReviews | null | undefined;
};

const json = (value: unknown) => JSON.stringify(value) as never;
const person = (id: string | null, name: string | null): Person => (id === null ? null : { id, name: name ?? '' });
const date = (value: Date | string) => new Date(value);
const nullableDate = (value: Date | string | null) => (value === null ? null : new Date(value));

function selectDrafts(ex: Executor) {
  return ex
    .selectFrom('draft_edition as d')
    .leftJoin('user_account as c', 'c.id', 'd.created_by')
    .leftJoin('user_account as s', 's.id', 'd.submitted_by')
    .leftJoin('user_account as a', 'a.id', 'd.approved_by')
    .leftJoin('user_account as p', 'p.id', 'd.published_by')
    .selectAll('d')
    .select([
      'c.display_name as created_name',
      's.display_name as submitted_name',
      'a.display_name as approved_name',
      'p.display_name as published_name',
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectDrafts>['execute']>>[number];

function toDraftRow(r: Selected): DraftRow {
  return {
    id: r.id,
    standardId: r.standard_id,
    title: r.title as DraftRow['title'],
    baseEditionId: r.base_edition_id,
    status: r.status as DraftStatus,
    meta: r.meta as Record<string, unknown>,
    officialText: r.official_text,
    revision: r.revision,
    origin: r.origin,
    createdBy: person(r.created_by, r.created_name),
    createdAt: date(r.created_at),
    updatedAt: date(r.updated_at),
    submittedBy: person(r.submitted_by, r.submitted_name),
    submittedAt: nullableDate(r.submitted_at),
    approvedBy: person(r.approved_by, r.approved_name),
    approvedAt: nullableDate(r.approved_at),
    publishedBy: person(r.published_by, r.published_name),
    publishedAt: nullableDate(r.published_at),
    publishedEditionId: r.published_edition_id,
    translationReviews: parseTranslationReviews(r.translation_reviews),
  };
}

export async function insertDraftRow(ex: Executor, d: NewDraftRow): Promise<void> {
  await ex
    .insertInto('draft_edition')
    .values({
      id: d.id,
      standard_id: d.standardId,
      title: json(d.title),
      base_edition_id: d.baseEditionId,
      meta: json(d.meta),
      official_text: d.officialText,
      origin: d.origin,
      created_by: d.createdBy,
      created_at: d.now,
      updated_at: d.now,
      translation_reviews: d.translationReviews ? json(d.translationReviews) : null,
    })
    .execute();
}

export async function findDraft(ex: Executor, id: string): Promise<DraftRow | undefined> {
  const row = await selectDrafts(ex).where('d.id', '=', id).executeTakeFirst();
  return row ? toDraftRow(row) : undefined;
}

/** Drafts, newest change first, a page at a time, with how many there are in all. */
export async function listDrafts(
  ex: Executor,
  q: { status?: DraftStatus | undefined; limit: number; offset: number },
): Promise<{ rows: DraftRow[]; total: number }> {
  let rows = selectDrafts(ex);
  let count = ex.selectFrom('draft_edition').select(sql<string>`count(*)`.as('n'));
  if (q.status) {
    rows = rows.where('d.status', '=', q.status);
    count = count.where('status', '=', q.status);
  }
  const page = await rows.orderBy('d.updated_at', 'desc').orderBy('d.id').limit(q.limit).offset(q.offset).execute();
  const total = await count.executeTakeFirstOrThrow();
  return { rows: page.map(toDraftRow), total: Number(total.n) };
}

export type DraftPatch = Partial<{
  status: DraftStatus;
  revision: number;
  meta: Record<string, unknown>;
  title: Record<string, unknown>;
  officialText: string | null;
  updatedAt: Date;
  submittedBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  publishedBy: string | null;
  publishedAt: Date | null;
  publishedEditionId: string | null;
  translationReviews: TranslationReviews | null;
}>;

const PATCH_COLUMNS = {
  status: 'status',
  revision: 'revision',
  meta: 'meta',
  title: 'title',
  officialText: 'official_text',
  updatedAt: 'updated_at',
  submittedBy: 'submitted_by',
  submittedAt: 'submitted_at',
  approvedBy: 'approved_by',
  approvedAt: 'approved_at',
  publishedBy: 'published_by',
  publishedAt: 'published_at',
  publishedEditionId: 'published_edition_id',
  translationReviews: 'translation_reviews',
} as const;

/**
 * Changes a draft's workflow columns (status, who and when, revision). With `expectRevision`,
 * only a draft still at that revision is changed; answers whether a row changed, so a caller
 * that read an older revision can answer 409.
 */
export async function updateDraftStatus(
  ex: Executor,
  id: string,
  patch: DraftPatch,
  expectRevision?: number,
): Promise<boolean> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = PATCH_COLUMNS[key as keyof DraftPatch];
    const isJson = key === 'meta' || key === 'title' || key === 'translationReviews';
    set[column] = isJson && value !== null ? json(value) : value;
  }
  if (Object.keys(set).length === 0) return true;
  let q = ex.updateTable('draft_edition').set(set).where('id', '=', id);
  if (expectRevision !== undefined) q = q.where('revision', '=', expectRevision);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

type ItemSelected = {
  id: string;
  kind: string;
  parent_id: string | null;
  card_id: string | null;
  position: number;
  data: unknown;
  deprecated: boolean;
  revision: number;
  base_hash: string | null;
  updated_by: string | null;
  updated_name: string | null;
  updated_at: Date | string;
};

function toDraftItem(r: ItemSelected): StoredDraftItem {
  const kind = r.kind as ItemKind;
  const data = r.data as Record<string, unknown>;
  return {
    id: r.id,
    kind,
    parentId: r.parent_id,
    cardId: r.card_id,
    position: r.position,
    ...textOf(kind, data),
    data,
    deprecated: r.deprecated,
    revision: r.revision,
    baseHash: r.base_hash,
    updatedBy: person(r.updated_by, r.updated_name),
    updatedAt: date(r.updated_at),
  };
}

/** Every item of the draft, deprecated ones included, in tree order's raw material (unsorted). */
export async function listDraftItems(ex: Executor, draftId: string): Promise<StoredDraftItem[]> {
  const rows = await ex
    .selectFrom('draft_item as i')
    .leftJoin('user_account as u', 'u.id', 'i.updated_by')
    .select([
      'i.id',
      'i.kind',
      'i.parent_id',
      'i.card_id',
      'i.position',
      'i.data',
      'i.deprecated',
      'i.revision',
      'i.base_hash',
      'i.updated_by',
      'u.display_name as updated_name',
      'i.updated_at',
    ])
    .where('i.draft_id', '=', draftId)
    .execute();
  return rows.map(toDraftItem);
}

export type DraftItemWrite = Omit<DraftItem, 'text' | 'source'>;

function itemColumns(draftId: string, item: DraftItemWrite, by: string | null, now: Date) {
  return {
    draft_id: draftId,
    id: item.id,
    kind: item.kind,
    parent_id: item.parentId,
    card_id: item.cardId,
    position: item.position,
    data: json(item.data),
    deprecated: item.deprecated,
    revision: item.revision,
    base_hash: item.baseHash,
    updated_by: by,
    updated_at: now,
  };
}

/** Inserts items in batches (PostgreSQL's parameter limit). */
export async function insertDraftItems(
  ex: Executor,
  draftId: string,
  items: readonly DraftItemWrite[],
  by: string | null,
  now: Date,
): Promise<void> {
  for (let i = 0; i < items.length; i += 400) {
    const batch = items.slice(i, i + 400).map((item) => itemColumns(draftId, item, by, now));
    if (batch.length > 0) await ex.insertInto('draft_item').values(batch).execute();
  }
}

/** Writes an existing item's every column (its revision as given: the caller counts). */
export async function updateDraftItem(
  ex: Executor,
  draftId: string,
  item: DraftItemWrite,
  by: string | null,
  now: Date,
): Promise<void> {
  const { draft_id: _d, id: _i, ...set } = itemColumns(draftId, item, by, now);
  await ex.updateTable('draft_item').set(set).where('draft_id', '=', draftId).where('id', '=', item.id).execute();
}

/**
 * Renumbers an item among its siblings (or re-homes it under another card with its moved
 * parent) without counting it as a change of the item: revision and who changed it stay.
 */
export async function setDraftItemPlace(
  ex: Executor,
  draftId: string,
  item: { id: string; position: number; cardId: string | null },
) {
  await ex
    .updateTable('draft_item')
    .set({ position: item.position, card_id: item.cardId })
    .where('draft_id', '=', draftId)
    .where('id', '=', item.id)
    .execute();
}

/**
 * Locks the draft's row for the rest of the transaction, so two batches of edits to one draft
 * run one after the other and each sees the revisions the other wrote.
 */
export async function lockDraft(ex: Executor, id: string): Promise<boolean> {
  const row = await ex.selectFrom('draft_edition').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/** Every item id any stored edition of the standard has used (new ids must avoid them all). */
export async function usedItemIds(ex: Executor, standardId: string): Promise<Set<string>> {
  const rows = await ex
    .selectFrom('item as i')
    .innerJoin('edition as e', 'e.id', 'i.edition_id')
    .select('i.id')
    .distinct()
    .where('e.standard_id', '=', standardId)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The Kazakh texts of some items of a published edition (deprecated rows included), by id. */
export async function editionItemTexts(ex: Executor, editionId: string, ids: readonly string[]) {
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    if (batch.length === 0) continue;
    const rows = await ex
      .selectFrom('item')
      .select(['id', 'text_kk'])
      .where('edition_id', '=', editionId)
      .where('id', 'in', batch)
      .execute();
    for (const r of rows) out.set(r.id, r.text_kk);
  }
  return out;
}
