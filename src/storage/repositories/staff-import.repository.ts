/**
 * Staged imports and saved header mappings. An import's plan is stored at preview time, so the
 * commit applies exactly what the HR officer saw, not a re-read of a file that may have changed.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Executor } from './edition.repository.js';

// On libuv's thread pool: a 20,000-row plan is about 15 MB of JSON, too long for the event loop.
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export type ImportRow = {
  id: string;
  fileName: string;
  status: string;
  plan: Record<string, unknown>;
  summary: Record<string, unknown>;
  createdAt: Date;
  createdBy: string | null;
  committedAt: Date | null;
};

export async function insertImport(
  ex: Executor,
  orgId: string,
  i: Omit<ImportRow, 'committedAt' | 'createdAt'> & { at: Date },
): Promise<void> {
  await ex
    .insertInto('staff_import')
    .values({
      org_id: orgId,
      id: i.id,
      file_name: i.fileName,
      status: i.status,
      // Gzipped bytes, not jsonb: jsonb input of a large plan grew PGlite's memory for good
      // (migration 0015).
      plan: null,
      plan_gzip: await gzipAsync(JSON.stringify(i.plan), { level: 1 }),
      summary: JSON.stringify(i.summary),
      created_by: i.createdBy,
      created_at: i.at,
    })
    .execute();
}

export async function findImport(ex: Executor, orgId: string, id: string): Promise<ImportRow | undefined> {
  const r = await ex
    .selectFrom('staff_import')
    .select(['id', 'file_name', 'status', 'plan', 'plan_gzip', 'summary', 'created_at', 'created_by', 'committed_at'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const plan = r.plan_gzip
    ? (JSON.parse((await gunzipAsync(r.plan_gzip)).toString('utf8')) as Record<string, unknown>)
    : (r.plan ?? {});
  return {
    id: r.id,
    fileName: r.file_name,
    status: r.status,
    plan,
    summary: r.summary,
    createdAt: new Date(r.created_at),
    createdBy: r.created_by,
    committedAt: r.committed_at ? new Date(r.committed_at) : null,
  };
}

/** Marks a previewed import committed; false if it was not (still) a preview, so it commits once. */
export async function markImportCommitted(ex: Executor, orgId: string, id: string, at: Date): Promise<boolean> {
  const r = await ex
    .updateTable('staff_import')
    .set({ status: 'committed', committed_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'previewed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export type MappingRow = { id: string; name: string; mapping: Record<string, string> };

export async function saveMapping(ex: Executor, orgId: string, m: MappingRow, at: Date): Promise<MappingRow> {
  return ex
    .insertInto('staff_mapping')
    .values({ org_id: orgId, id: m.id, name: m.name, mapping: JSON.stringify(m.mapping), created_at: at })
    .onConflict((oc) => oc.columns(['org_id', 'name']).doUpdateSet({ mapping: JSON.stringify(m.mapping) }))
    .returning(['id', 'name', 'mapping'])
    .executeTakeFirstOrThrow();
}

export async function listMappings(ex: Executor, orgId: string): Promise<MappingRow[]> {
  return ex
    .selectFrom('staff_mapping')
    .select(['id', 'name', 'mapping'])
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
}
