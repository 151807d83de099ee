/**
 * The item bank and practical tasks of an organisation (one shape, two tables), and its
 * specifications. Every query names the organisation first, so an id of one organisation never
 * reaches another's instrument. Writes carry the version the caller read: a stale one changes
 * nothing and the service answers 409. Content is parsed back through the domain's schemas.
 */
import { sql } from 'kysely';
import {
  type PracticalTaskContent,
  type ReviewStatus,
  type SpecStatus,
  type SpecificationContent,
  type TestItemContent,
  practicalTaskContentSchema,
  specificationContentSchema,
  testItemContentSchema,
} from '../../domain/assessment/instruments.js';
import type { Executor } from './edition.repository.js';

export type InstrumentKind = 'item' | 'task';
type ContentOf<K extends InstrumentKind> = K extends 'item' ? TestItemContent : PracticalTaskContent;

// Both tables have the same columns; queries name one of them through this cast.
const TABLE = { item: 'assessment_item', task: 'practical_task' } as const;
const table = (kind: InstrumentKind) => TABLE[kind] as 'assessment_item';
const parse = { item: testItemContentSchema, task: practicalTaskContentSchema } as const;

export type InstrumentRow<K extends InstrumentKind = InstrumentKind> = {
  orgId: string;
  id: string;
  content: ContentOf<K>;
  status: ReviewStatus;
  demo: boolean;
  version: number;
  createdBy: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

const COLUMNS = [
  'org_id',
  'id',
  'content',
  'status',
  'demo',
  'version',
  'created_by',
  'reviewed_by',
  'reviewed_at',
  'created_at',
  'updated_at',
] as const;

type Raw = {
  org_id: string;
  id: string;
  content: unknown;
  status: string;
  demo: boolean;
  version: number;
  created_by: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const toRow = <K extends InstrumentKind>(kind: K, r: Raw): InstrumentRow<K> => ({
  orgId: r.org_id,
  id: r.id,
  content: parse[kind].parse(r.content) as ContentOf<K>,
  status: r.status as ReviewStatus,
  demo: r.demo,
  version: r.version,
  createdBy: r.created_by,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at ? new Date(r.reviewed_at) : null,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export async function insertInstruments<K extends InstrumentKind>(
  ex: Executor,
  kind: K,
  rows: readonly {
    orgId: string;
    id: string;
    content: ContentOf<K>;
    demo?: boolean;
    createdBy: string | null;
    at: Date;
  }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await ex
      .insertInto(table(kind))
      .values(
        rows.slice(i, i + 200).map((r) => ({
          org_id: r.orgId,
          id: r.id,
          card_code: r.content.cardCode,
          card_level: r.content.cardLevel,
          content: JSON.stringify(r.content),
          demo: r.demo ?? false,
          created_by: r.createdBy,
          created_at: r.at,
          updated_at: r.at,
        })),
      )
      .execute();
  }
}

export async function findInstrument<K extends InstrumentKind>(
  ex: Executor,
  kind: K,
  orgId: string,
  id: string,
): Promise<InstrumentRow<K> | undefined> {
  const r = await ex
    .selectFrom(table(kind))
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toRow(kind, r as Raw);
}

/** Writes new content if `expectedVersion` is still current; undefined when it was not. */
export async function updateInstrumentContent<K extends InstrumentKind>(
  ex: Executor,
  kind: K,
  u: { orgId: string; id: string; expectedVersion: number; content: ContentOf<K>; at: Date },
): Promise<InstrumentRow<K> | undefined> {
  const r = await ex
    .updateTable(table(kind))
    .set({
      content: JSON.stringify(u.content),
      card_code: u.content.cardCode,
      card_level: u.content.cardLevel,
      version: sql`version + 1`,
      updated_at: u.at,
    })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toRow(kind, r as Raw);
}

/** Moves the review status; `reviewedBy` is kept while reviewed or retired and cleared back in draft. */
export async function setInstrumentStatus<K extends InstrumentKind>(
  ex: Executor,
  kind: K,
  u: {
    orgId: string;
    id: string;
    expectedVersion: number;
    status: ReviewStatus;
    reviewedBy: string | null;
    reviewedAt: Date | null;
    at: Date;
  },
): Promise<InstrumentRow<K> | undefined> {
  const r = await ex
    .updateTable(table(kind))
    .set({
      status: u.status,
      reviewed_by: u.reviewedBy,
      reviewed_at: u.reviewedAt,
      version: sql`version + 1`,
      updated_at: u.at,
    })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toRow(kind, r as Raw);
}

export type InstrumentQuery = {
  cardCode?: string | undefined;
  cardLevel?: number | undefined;
  status?: ReviewStatus | undefined;
  /** A knowledge id (items) or skill id (tasks) the instrument must link to. */
  linkedTo?: string | undefined;
  /** Items only: single, multiple or short. */
  itemKind?: string | undefined;
  limit: number;
  offset: number;
};

export async function listInstruments<K extends InstrumentKind>(
  ex: Executor,
  kind: K,
  orgId: string,
  query: InstrumentQuery,
): Promise<{ rows: InstrumentRow<K>[]; total: number }> {
  let base = ex.selectFrom(table(kind)).where('org_id', '=', orgId);
  if (query.cardCode) base = base.where('card_code', '=', query.cardCode);
  if (query.cardLevel) base = base.where('card_level', '=', query.cardLevel);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.linkedTo) {
    const key = kind === 'item' ? 'knowledgeIds' : 'skillIds';
    base = base.where(sql<boolean>`content -> ${key} @> ${JSON.stringify([query.linkedTo])}::jsonb`);
  }
  if (query.itemKind) base = base.where(sql<boolean>`content ->> 'kind' = ${query.itemKind}`);
  const rows = await base
    .select(COLUMNS)
    .orderBy('card_code')
    .orderBy('card_level')
    .orderBy('created_at')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return { rows: rows.map((r) => toRow(kind, r as Raw)), total: Number(count.n) };
}

/** Every instrument of a card (coverage, publication and the interchange export read them all). */
export async function instrumentsOfCard<K extends InstrumentKind>(
  ex: Executor,
  kind: K,
  orgId: string,
  cardCode: string,
  cardLevel: number,
): Promise<InstrumentRow<K>[]> {
  const rows = await ex
    .selectFrom(table(kind))
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('card_code', '=', cardCode)
    .where('card_level', '=', cardLevel)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => toRow(kind, r as Raw));
}

// ——— specifications ———

export type SpecRow = {
  orgId: string;
  id: string;
  editionId: string;
  content: SpecificationContent;
  status: SpecStatus;
  publishedAt: Date | null;
  demo: boolean;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const SPEC_COLUMNS = [
  'org_id',
  'id',
  'edition_id',
  'content',
  'status',
  'published_at',
  'demo',
  'version',
  'created_by',
  'created_at',
  'updated_at',
] as const;

type SpecRaw = {
  org_id: string;
  id: string;
  edition_id: string;
  content: unknown;
  status: string;
  published_at: Date | null;
  demo: boolean;
  version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
};

const toSpec = (r: SpecRaw): SpecRow => ({
  orgId: r.org_id,
  id: r.id,
  editionId: r.edition_id,
  content: specificationContentSchema.parse(r.content),
  status: r.status as SpecStatus,
  publishedAt: r.published_at ? new Date(r.published_at) : null,
  demo: r.demo,
  version: r.version,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export async function insertSpec(
  ex: Executor,
  s: {
    orgId: string;
    id: string;
    editionId: string;
    content: SpecificationContent;
    demo?: boolean;
    createdBy: string | null;
    at: Date;
  },
): Promise<void> {
  await ex
    .insertInto('assessment_spec')
    .values({
      org_id: s.orgId,
      id: s.id,
      card_code: s.content.cardCode,
      card_level: s.content.cardLevel,
      edition_id: s.editionId,
      content: JSON.stringify(s.content),
      demo: s.demo ?? false,
      created_by: s.createdBy,
      created_at: s.at,
      updated_at: s.at,
    })
    .execute();
}

export async function findSpec(ex: Executor, orgId: string, id: string): Promise<SpecRow | undefined> {
  const r = await ex
    .selectFrom('assessment_spec')
    .select(SPEC_COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toSpec(r as SpecRaw);
}

/** Changes a draft's content (and the edition it was read from) if the version is current. */
export async function updateSpecContent(
  ex: Executor,
  u: { orgId: string; id: string; expectedVersion: number; content: SpecificationContent; editionId: string; at: Date },
): Promise<SpecRow | undefined> {
  const r = await ex
    .updateTable('assessment_spec')
    .set({
      content: JSON.stringify(u.content),
      card_code: u.content.cardCode,
      card_level: u.content.cardLevel,
      edition_id: u.editionId,
      version: sql`version + 1`,
      updated_at: u.at,
    })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .where('status', '=', 'draft')
    .returning(SPEC_COLUMNS)
    .executeTakeFirst();
  return r && toSpec(r as SpecRaw);
}

export async function setSpecStatus(
  ex: Executor,
  u: { orgId: string; id: string; expectedVersion: number; status: SpecStatus; at: Date },
): Promise<SpecRow | undefined> {
  const r = await ex
    .updateTable('assessment_spec')
    .set({
      status: u.status,
      ...(u.status === 'published' ? { published_at: u.at } : {}),
      version: sql`version + 1`,
      updated_at: u.at,
    })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returning(SPEC_COLUMNS)
    .executeTakeFirst();
  return r && toSpec(r as SpecRaw);
}

export async function listSpecs(
  ex: Executor,
  orgId: string,
  query: { cardCode?: string | undefined; status?: SpecStatus | undefined },
): Promise<SpecRow[]> {
  let q = ex.selectFrom('assessment_spec').select(SPEC_COLUMNS).where('org_id', '=', orgId);
  if (query.cardCode) q = q.where('card_code', '=', query.cardCode);
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(500).execute();
  return rows.map((r) => toSpec(r as SpecRaw));
}
