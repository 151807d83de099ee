/**
 * The audit trail: one event per write, in the write's transaction; append-only in the
 * database itself; each organisation's admins see their own trail and nobody else's; filters,
 * cursor pages and the CSV/JSON exports agree with each other.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsv } from '../../src/domain/shared/csv.js';
import { type Services, createServices } from '../../src/services/index.js';
import { defineOperation } from '../../src/services/operations/operation.js';
import type { OpenDb } from '../../src/storage/db.js';
import { findOrg, insertOrg } from '../../src/storage/repositories/organisation.repository.js';
import { type Caller, OPERATOR, PASSWORD, addMember, as, createAdmin, createOrg } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';

describe.each(testEngines)('audit trail on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let orgA: string;
  let orgB: string;
  let adminA: Caller;
  let adminB: Caller;
  let hrA: Caller;

  const count = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from audit_event`.execute(database.db)).rows[0]?.n);

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Алматы колледжі');
    orgB = await createOrg(services, admin, 'Astana Centre');
    adminA = await addMember(services, admin, orgA, 'aigerim@a.test', ['org-admin']);
    adminB = await addMember(services, admin, orgB, 'bolat@b.test', ['org-admin']);
    hrA = await addMember(services, adminA, orgA, 'hr@a.test', ['hr-officer']);
    // A valid address that a spreadsheet would run as a formula.
    await addMember(services, adminA, orgA, '+sum@a.test', ['member']);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('appends exactly one event per write, named after the operation', async () => {
    const { ops, pipeline } = services;
    const writes: [Parameters<typeof pipeline.execute>[0], unknown, Caller][] = [
      [ops.orgs.create, { name: 'Third', kind: 'assessment-centre' }, admin],
      [ops.orgs.invite, { orgId: orgA, email: 'new@a.test', roles: ['member'] }, adminA],
      [ops.orgs.setRoles, { orgId: orgA, userId: hrA.userId, roles: ['hr-officer', 'assessor'] }, adminA],
      [ops.auth.tokenCreate, { name: 'ci', scopes: ['read'] }, hrA],
      [ops.users.createAdmin, { email: 'second@kasip.test', password: PASSWORD, displayName: 'Second' }, admin],
    ];
    for (const [op, input, caller] of writes) {
      const before = await count();
      await pipeline.execute(op, input, as(caller));
      expect(await count(), op.name).toBe(before + 1);
      const { events } = await pipeline.execute(ops.audit.allList, { limit: 1 }, as(admin));
      expect(events[0]).toMatchObject({ operation: op.name, event: op.audit });
    }
    // Personal fields never reach the trail's before/after.
    const { events } = await pipeline.execute(ops.audit.allList, { event: 'user.created' }, as(admin));
    expect(events[0]?.after).toEqual({ email: '[personal]', displayName: '[personal]', platformRoles: ['admin'] });
    await expect(
      pipeline.execute(ops.users.createAdmin, { email: 'x@kasip.test', password: PASSWORD }, as(adminA)),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keeps nothing of a write that fails, neither its change nor its event', async () => {
    const failing = defineOperation({
      name: 'test.fails-after-writing',
      summary: 'writes, audits, then fails',
      input: z.object({ id: z.string() }),
      output: z.object({}),
      action: 'org.create',
      writes: true,
      cache: 'none',
      audit: 'test.failed',
      run: async (input, ctx) => {
        await insertOrg(ctx.db, { id: input.id, name: 'Never', kind: 'education-provider' });
        ctx.audit({ targetKind: 'organisation', targetId: input.id });
        throw new Error('boom');
      },
    });
    const before = await count();
    const id = crypto.randomUUID();
    await expect(services.pipeline.execute(failing, { id }, OPERATOR)).rejects.toThrow('boom');
    expect(await findOrg(database.db, id)).toBeUndefined();
    // A refused write (the last org-admin) records nothing either.
    await expect(
      services.pipeline.execute(services.ops.orgs.remove, { orgId: orgA, userId: adminA.userId }, as(admin)),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await count()).toBe(before);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const before = await count();
    const newest = (await services.pipeline.execute(services.ops.audit.allList, { limit: 1 }, as(admin))).events[0];
    await expect(sql`update audit_event set event = 'rewritten'`.execute(database.db)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(sql`delete from audit_event`.execute(database.db)).rejects.toThrow(/append-only: DELETE/);
    await expect(sql`truncate audit_event`.execute(database.db)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await count()).toBe(before);
    const again = (await services.pipeline.execute(services.ops.audit.allList, { limit: 1 }, as(admin))).events[0];
    expect(again).toEqual(newest);
  });

  it("shows an organisation's trail to its org-admins only", async () => {
    const { ops, pipeline } = services;
    const trailA = await pipeline.execute(ops.audit.orgList, { orgId: orgA }, as(adminA));
    expect(trailA.events.length).toBeGreaterThan(3);
    expect(new Set(trailA.events.map((e) => e.orgId))).toEqual(new Set([orgA]));
    expect(trailA.events.map((e) => e.event)).toContain('invitation.accepted');
    // Another organisation's admin is told it does not exist; a non-admin member is refused.
    await expect(pipeline.execute(ops.audit.orgList, { orgId: orgA }, as(adminB))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      pipeline.execute(ops.audit.orgExport, { orgId: orgA, format: 'csv' }, as(adminB)),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(pipeline.execute(ops.audit.orgList, { orgId: orgA }, as(hrA))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(pipeline.execute(ops.audit.allList, {}, as(adminA))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(pipeline.execute(ops.audit.orgList, { orgId: orgA }, {})).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    // Platform admins see every organisation's events, and those of none (sign-ins).
    const all = await pipeline.execute(ops.audit.allList, { limit: 500 }, as(admin));
    const orgs = new Set(all.events.map((e) => e.orgId));
    expect(orgs.has(orgA) && orgs.has(orgB) && orgs.has(null)).toBe(true);
    const onlyB = await pipeline.execute(ops.audit.allList, { orgId: orgB }, as(admin));
    expect(onlyB.events.every((e) => e.orgId === orgB)).toBe(true);
    expect(onlyB.events.length).toBeGreaterThan(0);
  });

  it('names people by their account and pages newest first by cursor', async () => {
    const { ops, pipeline } = services;
    const all = (await pipeline.execute(ops.audit.allList, { limit: 500 }, as(admin))).events;
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await pipeline.execute(ops.audit.allList, { limit: 3, cursor }, as(admin));
      expect(page.events.length).toBeLessThanOrEqual(3);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));
    // A page that reaches the last event says so: no cursor to an empty page.
    const exact = await pipeline.execute(ops.audit.allList, { limit: all.length }, as(admin));
    expect(exact.nextCursor).toBeNull();
    const short = await pipeline.execute(ops.audit.allList, { limit: all.length - 1 }, as(admin));
    expect(short.nextCursor).not.toBeNull();
    const times = all.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const byAdminA = all.find((e) => e.actor.userId === adminA.userId);
    expect(byAdminA?.actor.label).toBe('aigerim@a.test');
    await expect(pipeline.execute(ops.audit.allList, { limit: 501 }, as(admin))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect((await pipeline.execute(ops.audit.allList, { limit: '2' }, as(admin))).events).toHaveLength(2);
  });

  it('filters by operation, event, actor, subject and time', async () => {
    const { ops, pipeline } = services;
    const list = (input: Record<string, unknown>) =>
      pipeline.execute(ops.audit.allList, { limit: 500, ...input }, as(admin)).then((p) => p.events);
    const created = await list({ operation: 'orgs.create' });
    expect(created.length).toBe(3);
    expect(created.every((e) => e.operation === 'orgs.create')).toBe(true);
    expect((await list({ event: 'org.created' })).map((e) => e.id)).toEqual(created.map((e) => e.id));
    const byA = await list({ actorUserId: adminA.userId });
    expect(byA.length).toBeGreaterThan(0);
    expect(byA.every((e) => e.actor.userId === adminA.userId)).toBe(true);
    const aboutHr = await list({ subjectUserId: hrA.userId });
    expect(aboutHr.map((e) => e.event)).toEqual(
      expect.arrayContaining(['invitation.accepted', 'membership.roles-changed']),
    );

    const everything = await list({});
    const newest = everything[0]?.at as string;
    const oldest = everything.at(-1)?.at as string;
    expect(await list({ from: newest })).toEqual(everything.filter((e) => e.at >= newest));
    expect(await list({ to: oldest })).toEqual([]);
    expect(await list({ from: new Date(Date.parse(newest) + 1).toISOString() })).toEqual([]);
    // A date alone as `to` covers that whole (UTC) day.
    expect(await list({ from: oldest.slice(0, 10), to: newest.slice(0, 10) })).toEqual(everything);
    await expect(list({ from: 'yesterday' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('exports the same events as CSV with a header row, and as a JSON array', async () => {
    const { ops, pipeline } = services;
    const trail = (await pipeline.execute(ops.audit.orgList, { orgId: orgA, limit: 500 }, as(adminA))).events;
    const csv = await pipeline.execute(ops.audit.orgExport, { orgId: orgA, format: 'csv' }, as(adminA));
    expect(csv.file.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.file.filename).toMatch(new RegExp(`^kasip-audit-${orgA}-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
    const [header, ...rows] = parseCsv(csv.file.body as string);
    expect(header?.slice(0, 5)).toEqual(['id', 'at', 'actorKind', 'actorUserId', 'actor']);
    expect(rows.map((r) => r[0])).toEqual(trail.map((e) => e.id));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const accepted = rows.find((r) => r[col('event')] === 'invitation.accepted' && r[col('subject')] === 'hr@a.test');
    expect(accepted?.[col('orgId')]).toBe(orgA);
    expect(JSON.parse(accepted?.[col('after')] ?? 'null')).toMatchObject({ roles: ['hr-officer'] });
    const subjects = rows.map((r) => r[col('subject')]);
    expect(subjects).toContain("'+sum@a.test");
    expect(subjects).not.toContain('+sum@a.test');

    const json = await pipeline.execute(ops.audit.orgExport, { orgId: orgA, format: 'json' }, as(adminA));
    expect(json.file.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.file.body as string)).toEqual(trail);
    expect(trail.map((e) => e.subject.label)).toContain('+sum@a.test');

    const filtered = await pipeline.execute(
      ops.audit.allExport,
      { format: 'json', operation: 'orgs.create' },
      as(admin),
    );
    expect(filtered.file.filename).toMatch(/^kasip-audit-all-/);
    expect(JSON.parse(filtered.file.body as string).map((e: { event: string }) => e.event)).toEqual([
      'org.created',
      'org.created',
      'org.created',
    ]);
  });
});
