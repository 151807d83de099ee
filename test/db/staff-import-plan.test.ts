/**
 * A staged import's plan is stored gzipped, not as jsonb (migration 0015, issue 17): jsonb input
 * of a large plan grew PGlite's WebAssembly memory by about 200 MB for the life of the process
 * (bench/memory.ts). On each engine: the plan goes in as compressed bytes and comes back equal,
 * and a plan stored as jsonb before the migration is still read.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { findImport, insertImport } from '../../src/storage/repositories/staff-import.repository.js';
import { openTestDb, testEngines } from '../support/engines.js';

/** A plan the size of a real list's: many people with repeated Kazakh texts. */
const plan = {
  plan: {
    add: Array.from({ length: 2000 }, (_, i) => ({
      row: i + 2,
      record: {
        personnelNo: `T-${i}`,
        fullName: `Асанова Әйгерім ${i}`,
        position: { cardCode: '2635-3-001', level: 5 },
      },
    })),
    change: [],
    reject: [{ row: 9999, problems: ['Карточка коды жоқ'] }],
  },
  mapping: null,
  headers: ['Табель нөмірі', 'Аты-жөні'],
};

describe.each(testEngines)('a staged import’s plan on %s', (engine) => {
  let database: OpenDb;
  let orgId: string;
  beforeAll(async () => {
    database = await openTestDb(engine);
    const services = createServices(database);
    const org = await services.pipeline.execute(
      services.ops.orgs.create,
      { name: 'Plan storage', kind: 'social-service-provider' },
      { credentials: { operator: true } },
    );
    orgId = org.id;
  });
  afterAll(async () => {
    await database?.close();
  });

  const stored = async (id: string) =>
    (
      await sql<{ plan: unknown; bytes: number | null }>`
        select plan, octet_length(plan_gzip) as bytes from staff_import where id = ${id}`.execute(database.db)
    ).rows[0];

  it('is stored as gzipped bytes, not jsonb, and read back equal', async () => {
    const id = crypto.randomUUID();
    const base = { fileName: 'staff.csv', status: 'previewed', summary: { add: 2000 }, createdBy: null };
    await insertImport(database.db, orgId, { ...base, id, plan, at: new Date() });
    const row = await stored(id);
    expect(row?.plan).toBeNull();
    expect(Number(row?.bytes)).toBeGreaterThan(0);
    expect(Number(row?.bytes)).toBeLessThan(JSON.stringify(plan).length / 5);
    expect((await findImport(database.db, orgId, id))?.plan).toEqual(plan);
  });

  it('still reads a plan stored as jsonb before migration 0015', async () => {
    const id = crypto.randomUUID();
    await sql`insert into staff_import (org_id, id, file_name, status, plan, summary)
      values (${orgId}, ${id}, 'old.csv', 'previewed', ${JSON.stringify(plan)}::jsonb, '{}'::jsonb)`.execute(
      database.db,
    );
    expect((await findImport(database.db, orgId, id))?.plan).toEqual(plan);
  });
});
