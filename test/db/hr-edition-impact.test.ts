/**
 * A new edition and the categories HR has stored: on each engine, people are given categories on
 * the base edition of the amended fixture; when the amendment becomes current, each stored answer
 * says how it is affected — the rules of 2635-3-001/5 changed (3 → 4 years for the higher
 * category), the card 3412-0-008/4 is gone (its level became 5) — and recomputing brings every
 * answer onto the new edition.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, createAdmin, createOrg } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { ROOT } from '../support/paths.js';

const AMENDED = path.join(ROOT, 'test/fixtures/amended/editions');

describe.each(testEngines)('a new edition against stored categories on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let orgId: string;
  const call = (op: unknown, input: unknown) =>
    services.pipeline.execute(op as never, input as never, { credentials: admin.credentials }) as Promise<never>;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: () => new Date('2026-06-01T06:00:00Z') });
    await services.editions.load(await readEdition(path.join(AMENDED, 'order-262-2023-excerpt')));
    admin = await createAdmin(services, 'admin@kasip.test');
    orgId = await createOrg(services, admin, 'Орталық');
  });
  afterAll(async () => {
    await database?.close();
  });

  const person = (personnelNo: string, cardCode: string, level: number) => ({
    orgId,
    lang: 'kk',
    record: {
      personnelNo,
      fullName: `Қызметкер ${personnelNo}`,
      position: { cardCode, level, since: '2015-01-01' },
      education: { level: 'higher', field: 'social' },
      experience: [{ category: 'first', from: '2015-01-01' }],
    },
  });

  it('marks what the amendment affects, and recomputes onto it', async () => {
    const a = await call(services.ops.staff.create, person('A', '2635-3-001', 5));
    const b = await call(services.ops.staff.create, person('B', '3412-0-008', 4));
    const before = (await call(services.ops.staff.list, { orgId, lang: 'kk' })) as {
      staff: { id: string; category: { staleness: string; editionId: string } }[];
    };
    expect(before.staff.map((s) => s.category.staleness)).toEqual(['current', 'current']);

    await services.editions.load(await readEdition(path.join(AMENDED, 'order-118-2024-excerpt')));
    const stale = (await call(services.ops.staff.list, { orgId, lang: 'kk' })) as typeof before;
    const by = new Map(stale.staff.map((s) => [s.id, s.category]));
    expect(by.get((a as { id: string }).id)?.staleness).toBe('rules-changed');
    expect(by.get((b as { id: string }).id)?.staleness).toBe('card-removed');

    const out = (await call(services.ops.staff.recompute, { orgId })) as {
      recomputed: number;
      before: Record<string, number>;
    };
    expect(out).toEqual({ recomputed: 2, before: { 'rules-changed': 1, 'card-removed': 1 } });
    const after = (await call(services.ops.staff.list, { orgId, lang: 'kk' })) as {
      staff: { id: string; category: { staleness: string; editionId: string; status: string } }[];
    };
    expect(
      after.staff.every((s) => s.category.staleness === 'current' && s.category.editionId === 'order-118-2024-excerpt'),
    ).toBe(true);
    expect(after.staff.find((s) => s.id === (b as { id: string }).id)?.category.status).toBe('no-card');
  });
});
