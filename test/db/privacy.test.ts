/**
 * A person's rights over their data (Law No. 94-V): the export holds what Kasip has about
 * them and no secret; erasure pseudonymises the account, ends its access, leaves the audit
 * trail whole, and is refused while the person is the last admin of something.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASE_CONFIRMATION, erasedEmail, erasedName } from '../../src/services/accounts/privacy.ops.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { findUserById, listSessions, listTokens } from '../../src/storage/repositories/account.repository.js';
import { type Caller, OPERATOR, PASSWORD, addMember, as, createAdmin, createOrg, signIn } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';

describe.each(testEngines)('personal data on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let orgA: string;
  let orgB: string;
  let adminA: Caller;
  let dana: Caller;

  const count = async (table: 'audit_event') =>
    Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]?.n);

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Шымкент колледжі');
    orgB = await createOrg(services, admin, 'Org B');
    adminA = await addMember(services, admin, orgA, 'admin@a.test', ['org-admin']);
    dana = await addMember(services, adminA, orgA, 'dana@a.test', ['assessor']);
    await addMember(services, admin, orgB, 'dana@a.test', ['member']); // an existing account joins a second one
  });
  afterAll(async () => {
    await database?.close();
  });

  it("exports the person's account, memberships, consents, sessions, tokens and events, without secrets", async () => {
    const { ops, pipeline } = services;
    await signIn(services, 'dana@a.test');
    const created = await pipeline.execute(ops.auth.tokenCreate, { name: 'my script' }, as(dana));
    const data = await pipeline.execute(ops.privacy.exportMine, {}, as(dana));
    expect(data.account).toMatchObject({ id: dana.userId, email: 'dana@a.test', status: 'active' });
    expect(data.memberships).toContainEqual({
      org: { id: orgA, name: 'Шымкент колледжі', kind: 'education-provider' },
      roles: ['assessor'],
    });
    expect(data.consents.map((c) => c.purpose)).toContain(`organisation-membership:${orgA}`);
    expect(data.consents[0]?.givenAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.tokens).toEqual([expect.objectContaining({ id: created.token.id, name: 'my script' })]);
    const events = data.auditEvents.map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['invitation.accepted', 'token.created', 'auth.login']));
    expect(data.auditEvents.every((e) => e.actor.userId === dana.userId || e.subject.userId === dana.userId)).toBe(
      true,
    );

    const text = JSON.stringify(data);
    const hash = (await findUserById(database.db, dana.userId))?.passwordHash as string;
    for (const secret of [hash, created.secret, dana.credentials.session, dana.credentials.csrf, PASSWORD]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/\$argon2|secret|hash/i);
    // Only for oneself: someone else's export is not reachable, and a signed-out caller is asked to sign in.
    await expect(pipeline.execute(ops.privacy.exportMine, {}, {})).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses to erase the last org-admin or the last platform admin', async () => {
    const { ops, pipeline } = services;
    const erase = { password: PASSWORD, confirm: ERASE_CONFIRMATION };
    await expect(pipeline.execute(ops.privacy.eraseMine, erase, as(adminA))).rejects.toMatchObject({
      code: 'conflict',
      message: /last org-admin of "Шымкент колледжі"/,
    });
    await expect(pipeline.execute(ops.privacy.eraseUser, { userId: admin.userId }, OPERATOR)).rejects.toMatchObject({
      code: 'conflict',
      message: /last platform admin/,
    });
    const second = await createAdmin(services, 'second@kasip.test');
    await expect(pipeline.execute(ops.privacy.eraseUser, { userId: second.userId }, as(adminA))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(pipeline.execute(ops.privacy.eraseUser, { userId: second.userId }, as(admin))).resolves.toEqual({
      erased: true,
    });
    await expect(pipeline.execute(ops.privacy.eraseUser, { userId: second.userId }, as(admin))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await findUserById(database.db, admin.userId))?.status).toBe('active');
  });

  it('asks for the password and the confirmation phrase', async () => {
    const { ops, pipeline } = services;
    await expect(
      pipeline.execute(ops.privacy.eraseMine, { password: 'not it at all', confirm: ERASE_CONFIRMATION }, as(dana)),
    ).rejects.toMatchObject({ code: 'validation_failed', errors: [{ path: 'password' }] });
    await expect(
      pipeline.execute(ops.privacy.eraseMine, { password: PASSWORD, confirm: 'yes' }, as(dana)),
    ).rejects.toMatchObject({ code: 'validation_failed', errors: [{ path: 'confirm' }] });
    const token = await pipeline.execute(ops.auth.tokenCreate, { name: 'w', scopes: ['write'] }, as(dana));
    await expect(
      pipeline.execute(
        ops.privacy.eraseMine,
        { password: PASSWORD, confirm: ERASE_CONFIRMATION },
        { credentials: { bearer: token.secret } },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await findUserById(database.db, dana.userId))?.status).toBe('active');
  });

  it('erases: pseudonymises the account, ends its access, keeps every audit row', async () => {
    const { ops, pipeline } = services;
    const token = await pipeline.execute(ops.auth.tokenCreate, { name: 'r' }, as(dana));
    const eventsBefore = await count('audit_event');
    const aboutDana = await pipeline.execute(ops.audit.allList, { subjectUserId: dana.userId, limit: 500 }, as(admin));
    const memberships = (await pipeline.execute(ops.privacy.exportMine, {}, as(dana))).memberships.length;

    await expect(
      pipeline.execute(ops.privacy.eraseMine, { password: PASSWORD, confirm: ERASE_CONFIRMATION }, as(dana)),
    ).resolves.toEqual({ erased: true });

    const row = await findUserById(database.db, dana.userId);
    expect(row).toMatchObject({
      email: erasedEmail(dana.userId),
      displayName: erasedName(dana.userId),
      passwordHash: null,
      platformRoles: [],
      status: 'erased',
    });
    // Nothing was removed from the trail: one event per organisation left, one for the account.
    expect(await count('audit_event')).toBe(eventsBefore + memberships + 1);
    const after = await pipeline.execute(ops.audit.allList, { subjectUserId: dana.userId, limit: 500 }, as(admin));
    expect(after.events.slice(memberships + 1).map((e) => e.id)).toEqual(aboutDana.events.map((e) => e.id));
    expect(after.events[0]).toMatchObject({ event: 'account.erased', after: { status: 'erased', by: 'self' } });
    expect(new Set(after.events.map((e) => e.subject.label))).toEqual(new Set([erasedName(dana.userId)]));
    const trail = await pipeline.execute(ops.audit.allExport, { format: 'csv' }, as(admin));
    expect(trail.file.body as string).not.toContain('dana@a.test');

    const login = await pipeline.execute(ops.auth.login, { email: 'dana@a.test', password: PASSWORD });
    expect(login).toEqual({ outcome: 'failed' });
    await expect(pipeline.execute(ops.auth.me, {}, as(dana))).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(pipeline.execute(ops.auth.me, {}, { credentials: { bearer: token.secret } })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(await listSessions(database.db, dana.userId)).toEqual([]);
    expect((await listTokens(database.db, dana.userId)).every((t) => t.revokedAt !== null)).toBe(true);
    const members = await pipeline.execute(ops.orgs.members, { orgId: orgA }, as(adminA));
    expect(members.members.map((m) => m.userId)).not.toContain(dana.userId);
    const invitations = await pipeline.execute(ops.orgs.invitations, { orgId: orgA }, as(adminA));
    expect(invitations.invitations.map((i) => i.email)).not.toContain('dana@a.test');
  });
});
