/**
 * The staff register through the pipeline, on each engine: records with stored categories,
 * conflicts on stale versions, cross-organisation refusal, imports previewed then committed in
 * one transaction, attestation stages up to the decision, plans whose done items reach the
 * record, and the worker who sees their own record and nobody else's.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRecordInput } from '../../src/domain/hr/staff-record.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const record = (over: Partial<StaffRecordInput> = {}): StaffRecordInput => ({
  personnelNo: 'T-001',
  fullName: 'Асанова Әйгерім Серікқызы',
  birthDate: '1988-03-14',
  position: { title: 'Әлеуметтік жұмыс жөніндегі консультант', cardCode: '2635-3-001', level: 5, since: '2019-09-01' },
  education: { level: 'higher', field: 'social', institution: 'ҚазҰУ', year: 2010 },
  experience: [
    { category: 'none', from: '2010-09-01', to: '2014-08-31' },
    { category: 'second', from: '2014-09-01' },
  ],
  leave: [],
  trainings: [],
  ...over,
});

describe.each(testEngines)('the staff register on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let hr: Caller;
  let otherHr: Caller;
  let worker: Caller;
  let orgA: string;
  let orgB: string;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));

  const run = <I, O>(op: { run: (i: I, c: never) => Promise<O> }, input: unknown, caller: Caller) =>
    services.pipeline.execute(op as never, input as never, as(caller)) as Promise<O>;
  const auditEvents = async (event: string) =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from audit_event where event = ${event}`.execute(database.db))
        .rows[0]?.n,
    );

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Аумақтық әлеуметтік қызмет көрсету орталығы');
    orgB = await createOrg(services, admin, 'Other centre');
    hr = await addMember(services, admin, orgA, 'hr@a.test', ['hr-officer']);
    otherHr = await addMember(services, admin, orgB, 'hr@b.test', ['hr-officer']);
    worker = await addMember(services, admin, orgA, 'worker@a.test', ['member']);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('stores a record with its category computed from dated periods, and refuses impossible dates per field', async () => {
    const created = await run(services.ops.staff.create, { orgId: orgA, record: record(), lang: 'kk' }, hr);
    expect(created.version).toBe(1);
    expect(created.category?.editionId).toBeTruthy();
    expect(created.category?.staleness).toBe('current');
    // 2014-09-01 → 2026-12-01 in the second category: over 12 years, computed, never typed.
    expect(created.years.find((y) => y.category === 'second')?.years).toBeGreaterThan(12);
    expect(['assigned', 'not-met', 'no-requirements']).toContain(created.category?.status);

    const bad = run(
      services.ops.staff.create,
      {
        orgId: orgA,
        record: record({ personnelNo: 'T-002', position: { ...record().position, since: '1980-01-01' } }),
        lang: 'ru',
      },
      hr,
    );
    await expect(bad).rejects.toMatchObject({ code: 'validation_failed' });
    const error = await bad.catch((e) => e);
    expect(error.errors.map((e: { path: string }) => e.path)).toContain('record.position.since');
    expect(error.errors[0].message).toMatch(/[а-яё]/i);
    // Overlapping periods: the message names the other line, in the caller's language.
    const overlap = await run(
      services.ops.staff.create,
      {
        orgId: orgA,
        record: record({
          personnelNo: 'T-003',
          experience: [
            { category: 'none', from: '2010-09-01', to: '2015-08-31' },
            { category: 'second', from: '2014-09-01' },
          ],
        }),
        lang: 'kk',
      },
      hr,
    ).catch((e) => e);
    expect(overlap.errors).toEqual([
      { path: 'record.experience.1.from', message: expect.stringContaining('1-жолдағы') },
    ]);
    expect(overlap.errors[0].message).not.toContain('{');
    // The personnel number is the organisation's key: a second person cannot take it.
    await expect(
      run(services.ops.staff.create, { orgId: orgA, record: record(), lang: 'kk' }, hr),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('answers 409 to a stale version and never overwrites', async () => {
    const list = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    const id = list.staff[0]?.id as string;
    const first = await run(
      services.ops.staff.update,
      { orgId: orgA, staffId: id, version: 1, record: record({ phone: '+7 701 000 00 00' }), lang: 'kk' },
      hr,
    );
    expect(first.version).toBe(2);
    const second = run(
      services.ops.staff.update,
      { orgId: orgA, staffId: id, version: 1, record: record({ fullName: 'Басқа адам' }), lang: 'kk' },
      hr,
    );
    await expect(second).rejects.toMatchObject({ code: 'conflict' });
    const now = await run(services.ops.staff.get, { orgId: orgA, staffId: id, lang: 'kk' }, hr);
    expect(now.record.fullName).toBe(record().fullName);
    expect(await auditEvents('staff.updated')).toBe(1);
  });

  it('hides one organisation’s staff from another’s HR officer and from plain members', async () => {
    const list = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    const id = list.staff[0]?.id as string;
    await expect(run(services.ops.staff.get, { orgId: orgA, staffId: id, lang: 'kk' }, otherHr)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(run(services.ops.staff.get, { orgId: orgB, staffId: id, lang: 'kk' }, otherHr)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, worker)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('previews an import without writing, then commits exactly the preview in one go', async () => {
    const rows = [
      {
        'Табель №': 'T-001',
        'Т.А.Ә.': record().fullName,
        'Карточка коды': '2635-3-001',
        Деңгейі: '5',
        'Лауазымға тағайындалған күні': '01.09.2019',
        Білімі: 'жоғары',
        Мамандығы: 'әлеуметтік',
        'Туған күні': '14.03.1988',
        'Еңбек өтілі': 'санатсыз: 01.09.2010–31.08.2014; екінші: 01.09.2014–',
      },
      {
        'Табель №': 'T-010',
        'Т.А.Ә.': 'Омаров Нұрлан',
        'Карточка коды': '2635-3-001',
        Деңгейі: '5',
        'Лауазымға тағайындалған күні': '15.01.2022',
        Білімі: 'высшее',
        Мамандығы: 'социальная работа',
      },
      {
        'Табель №': 'T-011',
        'Т.А.Ә.': 'Қате Жол',
        'Карточка коды': '2635-3-001',
        Деңгейі: '5',
        'Лауазымға тағайындалған күні': '31.02.2020',
        Білімі: 'жогарғы??',
        Мамандығы: 'әлеуметтік',
      },
    ];
    const before = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    const preview = await run(
      services.ops.staffImport.preview,
      { orgId: orgA, file: { rows }, fileName: 'staff.csv', lang: 'kk' },
      hr,
    );
    expect(preview.counts).toMatchObject({ rows: 3, add: 1, reject: 1 });
    expect(preview.reject[0]?.row).toBe(4);
    expect(preview.reject[0]?.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(['positionSince', 'educationLevel']),
    );
    const during = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    expect(during.total).toBe(before.total);

    const done = await run(services.ops.staffImport.commit, { orgId: orgA, importId: preview.importId }, hr);
    expect(done.added).toBe(1);
    const after = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    expect(after.total).toBe(before.total + 1);
    expect(after.staff.every((s) => s.category !== null)).toBe(true);
    await expect(
      run(services.ops.staffImport.commit, { orgId: orgA, importId: preview.importId }, hr),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('takes an attestation through testing, interview and decision, then writes the protocol data', async () => {
    const list = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    const person = list.staff.find((s) => s.personnelNo === 'T-001');
    const commission = await run(
      services.ops.attestation.commissionSave,
      {
        orgId: orgA,
        commission: { name: 'Аттестаттау комиссиясы', chair: 'Серікова Г.', members: ['Ахметов Б.', 'Жұмабаева Д.'] },
      },
      hr,
    );
    const a = await run(
      services.ops.attestation.create,
      { orgId: orgA, staffId: person?.id, scheduledOn: '2026-12-05', commissionId: commission.id, protocolNo: '7' },
      hr,
    );
    const early = run(
      services.ops.attestation.record,
      {
        orgId: orgA,
        attestationId: a.id,
        version: a.version,
        step: {
          stage: 'decision',
          decision: { date: '2026-12-05', outcome: 'assigned', category: 'first', reason: 'Талаптарға сай' },
        },
        lang: 'kk',
      },
      hr,
    );
    await expect(early).rejects.toMatchObject({ code: 'validation_failed' });
    const tested = await run(
      services.ops.attestation.record,
      {
        orgId: orgA,
        attestationId: a.id,
        version: a.version,
        step: { stage: 'testing', testing: { date: '2026-12-05', score: 80, max: 100 } },
        lang: 'kk',
      },
      hr,
    );
    expect(tested.testing).toMatchObject({ passed: true });
    const interviewed = await run(
      services.ops.attestation.record,
      {
        orgId: orgA,
        attestationId: a.id,
        version: tested.version,
        step: { stage: 'interview', interview: { date: '2026-12-06', passed: true } },
        lang: 'kk',
      },
      hr,
    );
    const decided = await run(
      services.ops.attestation.record,
      {
        orgId: orgA,
        attestationId: a.id,
        version: interviewed.version,
        step: {
          stage: 'decision',
          decision: {
            date: '2026-12-07',
            outcome: 'assigned',
            category: 'first',
            reason: 'Білімі мен өтілі бірінші санат талаптарына сай.',
          },
        },
        lang: 'kk',
      },
      hr,
    );
    expect(decided.decision).toMatchObject({ category: 'first', validUntil: '2029-12-07' });
    const protocol = await run(
      services.ops.attestationDocs.protocol,
      { orgId: orgA, attestationId: a.id, lang: 'ru' },
      hr,
    );
    expect(protocol).toMatchObject({
      number: '7',
      commission: { chair: 'Серікова Г.' },
      decision: { category: 'first' },
    });
    const detail = await run(services.ops.staff.get, { orgId: orgA, staffId: person?.id, lang: 'kk' }, hr);
    // The next attestation counts from the decision: three years on.
    expect(detail.attestation.due).toBe('2029-12-07');
    expect(await auditEvents('attestation.stage-recorded')).toBe(3);
  });

  it('turns a gap into a plan; a done item reaches the record; the worker sees only their own', async () => {
    const list = await run(services.ops.staff.list, { orgId: orgA, lang: 'kk' }, hr);
    const mine = list.staff.find((s) => s.personnelNo === 'T-010');
    await run(services.ops.staff.link, { orgId: orgA, staffId: mine?.id, userId: worker.userId }, hr);
    const plan = await run(
      services.ops.plans.create,
      { orgId: orgA, staffId: mine?.id, basis: { source: 'self-assessment', ratings: {} }, lang: 'kk' },
      hr,
    );
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.every((i) => i.itemIds.length > 0)).toBe(true);
    const item = plan.items[0];
    const done = await run(
      services.ops.plans.updateItem,
      {
        orgId: orgA,
        planId: plan.id,
        itemId: item?.id,
        version: plan.version,
        status: 'done',
        completedOn: '2026-11-30',
        hours: 72,
      },
      hr,
    );
    expect(done.items[0]?.status).toBe('done');
    const record = await run(services.ops.staff.get, { orgId: orgA, staffId: mine?.id, lang: 'kk' }, hr);
    expect(record.record.trainings).toEqual([
      expect.objectContaining({ title: item?.title, hours: 72, planItemId: item?.id }),
    ]);

    const own = await run(services.ops.hr.mine, { lang: 'kk' }, worker);
    expect(own.records.map((r) => r.record.personnelNo)).toEqual(['T-010']);
    expect(own.records[0]?.plans).toHaveLength(1);
    // The right of access (Law No. 94-V): the worker's data export carries the record kept about them.
    const exported = await run(services.ops.privacy.exportMine, {}, worker);
    expect(exported.staffRecords.map((r) => (r.record as { personnelNo: string }).personnelNo)).toEqual(['T-010']);
    const nobody = await run(services.ops.hr.mine, { lang: 'kk' }, hr);
    expect(nobody.records).toEqual([]);
    // The worker may plan for their own record, not for a colleague's.
    const other = list.staff.find((s) => s.personnelNo === 'T-001');
    await expect(
      run(
        services.ops.plans.createOwn,
        { orgId: orgA, staffId: other?.id, basis: { source: 'self-assessment', ratings: {} }, lang: 'kk' },
        worker,
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('counts for the ministry without a single name', async () => {
    const aggregate = await run(services.ops.hr.aggregate, {}, admin);
    expect(aggregate.staffTotal).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(aggregate)).not.toContain('Асанова');
    await expect(run(services.ops.hr.aggregate, {}, hr)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('serves a calendar subscription only while its maker may read the register', async () => {
    const feed = await run(services.ops.calendarFeeds.create, { orgId: orgA, lang: 'ru' }, hr);
    const secret = feed.url.split('/').at(-1) as string;
    const calendar = await services.pipeline.execute(services.ops.calendarFeeds.read, { secret }, {});
    expect(calendar.name).toContain('Аттестация');
    expect(calendar.events.length).toBeGreaterThan(0);
    const listed = await run(services.ops.calendarFeeds.list, { orgId: orgA }, hr);
    expect(listed.feeds[0]?.lastUsedAt).not.toBeNull();

    // The maker is no longer HR: the address goes dark without anyone revoking it.
    await run(services.ops.orgs.setRoles, { orgId: orgA, userId: hr.userId, roles: ['member'] }, admin);
    await expect(services.pipeline.execute(services.ops.calendarFeeds.read, { secret }, {})).rejects.toMatchObject({
      code: 'not_found',
    });
    await run(services.ops.orgs.setRoles, { orgId: orgA, userId: hr.userId, roles: ['hr-officer'] }, admin);
    await services.pipeline.execute(services.ops.calendarFeeds.read, { secret }, {});
    await run(services.ops.calendarFeeds.revoke, { orgId: orgA, feedId: feed.id }, hr);
    await expect(services.pipeline.execute(services.ops.calendarFeeds.read, { secret }, {})).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
