/**
 * Staff records of an organisation. Every query names the organisation: a record is never read
 * by id alone, so one organisation's id cannot reach another's record. Updates carry the
 * version the caller read; a stale version changes nothing (the service answers 409).
 */
import { sql } from 'kysely';
import type { StaffRecord } from '../../domain/hr/staff-record.js';
import type { Executor } from './edition.repository.js';

export type StaffRow = {
  orgId: string;
  id: string;
  record: StaffRecord;
  userId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

const COLUMNS = ['org_id', 'id', 'record', 'user_id', 'version', 'created_at', 'updated_at'] as const;

type Raw = {
  org_id: string;
  id: string;
  record: Record<string, unknown>;
  user_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const toRow = (r: Raw): StaffRow => ({
  orgId: r.org_id,
  id: r.id,
  record: r.record as unknown as StaffRecord,
  userId: r.user_id,
  version: r.version,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** The columns a list filters and sorts on, kept beside the record they are copied from. */
const indexed = (record: StaffRecord) => ({
  personnel_no: record.personnelNo,
  full_name: record.fullName,
  card_code: record.position.cardCode,
  card_level: record.position.level,
  record: JSON.stringify(record),
});

export async function insertStaff(
  ex: Executor,
  rows: readonly { orgId: string; id: string; record: StaffRecord; at: Date }[],
): Promise<void> {
  // Chunked: one statement per few hundred people keeps a 10,000-row import to a few dozen round trips.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await ex
      .insertInto('staff_member')
      .values(
        chunk.map((r) => ({ org_id: r.orgId, id: r.id, ...indexed(r.record), created_at: r.at, updated_at: r.at })),
      )
      .execute();
  }
}

/** Writes the record if `expectedVersion` is still current; returns the new row, or undefined when it was not. */
export async function updateStaff(
  ex: Executor,
  u: { orgId: string; id: string; expectedVersion: number; record: StaffRecord; at: Date },
): Promise<StaffRow | undefined> {
  const r = await ex
    .updateTable('staff_member')
    .set({ ...indexed(u.record), version: sql`version + 1`, updated_at: u.at })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toRow(r);
}

export async function findStaff(ex: Executor, orgId: string, id: string): Promise<StaffRow | undefined> {
  const r = await ex
    .selectFrom('staff_member')
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toRow(r);
}

export type StaffQuery = { q?: string | undefined; cardCode?: string | undefined; limit: number; offset: number };

export async function listStaff(
  ex: Executor,
  orgId: string,
  query: StaffQuery,
): Promise<{ rows: StaffRow[]; total: number }> {
  let base = ex.selectFrom('staff_member').where('org_id', '=', orgId);
  if (query.cardCode) base = base.where('card_code', '=', query.cardCode);
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([eb(sql`lower(full_name)`, 'like', like), eb(sql`lower(personnel_no)`, 'like', like)]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select(COLUMNS)
      .orderBy(sql`full_name collate "und-x-icu"`)
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toRow), total: Number(count.n) };
}

/** Every record of the organisation (imports compare against them; the dashboard counts them). */
export async function allStaff(ex: Executor, orgId: string): Promise<StaffRow[]> {
  return (
    await ex.selectFrom('staff_member').select(COLUMNS).where('org_id', '=', orgId).orderBy('personnel_no').execute()
  ).map(toRow);
}

export async function deleteStaff(ex: Executor, orgId: string, id: string): Promise<boolean> {
  const r = await ex.deleteFrom('staff_member').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function linkStaffUser(ex: Executor, orgId: string, id: string, userId: string | null): Promise<void> {
  await ex
    .updateTable('staff_member')
    .set({ user_id: userId })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** The records a signed-in worker is linked to, in every organisation. */
export async function staffOfUser(ex: Executor, userId: string): Promise<StaffRow[]> {
  return (await ex.selectFrom('staff_member').select(COLUMNS).where('user_id', '=', userId).execute()).map(toRow);
}

/** The organisations that keep any staff record (the aggregate counts over them). */
export async function orgsWithStaff(ex: Executor): Promise<string[]> {
  return (await ex.selectFrom('staff_member').select('org_id').distinct().execute()).map((r) => r.org_id);
}
