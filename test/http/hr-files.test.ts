/**
 * The HR files over HTTP: the register exported as CSV in the import layout (Kazakh headers,
 * formula cells neutralised) and read back by the import; the attestation calendar as iCalendar;
 * the protocol as a PDF; private answers never cached.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Browser, seedUser, signIn } from '../support/accounts.js';
import { useBundledApp } from '../support/bundled-app.js';

describe('HR files', () => {
  const ctx = useBundledApp('pglite');
  let admin: Browser;
  let orgId: string;

  const person = (personnelNo: string, fullName: string) => ({
    record: {
      personnelNo,
      fullName,
      phone: '+7 701 555 12 34',
      position: { cardCode: '2635-3-001', level: 5, since: '2020-09-01' },
      education: { level: 'higher', field: 'social' },
      experience: [{ category: 'none', from: '2015-09-01' }],
    },
  });

  it('exports the register as CSV in the import layout, neutralising formulas, and reads it back', async () => {
    await seedUser(ctx.database, 'hr-admin@example.kz', ['admin']);
    admin = await signIn(ctx.app, 'hr-admin@example.kz');
    orgId = (await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'social-service-provider' }))
      .id;
    await admin.json('POST', `/v1/orgs/${orgId}/staff`, person('T-1', '=HYPERLINK("http://evil")'));
    await admin.json('POST', `/v1/orgs/${orgId}/staff`, person('T-2', 'Асанова Әйгерім'));

    const res = await admin.request('GET', `/v1/orgs/${orgId}/staff-export?format=csv&lang=kk`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const text = await res.text();
    const [header = ''] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('Табель');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toContain("'=HYPERLINK");

    // The file goes back in as it came out: both people found, nothing to change.
    const preview = await ctx.app.request(`/api/v1/orgs/${orgId}/staff-imports?lang=kk`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        'x-test-ip': '192.0.2.1',
        cookie: admin.cookie ?? '',
        'x-csrf-token': admin.csrf ?? '',
      },
      body: text,
    });
    expect(preview.status).toBe(201);
    const body = (await preview.json()) as { counts: Record<string, number> };
    expect(body.counts).toMatchObject({ rows: 2, add: 0, change: 0, unchanged: 2, reject: 0 });
  });

  it('refuses a staff file past the import’s row cap while reading it', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `R-${i},Аты ${i},2635-3-001,5,01.09.2019,жоғары,әлеуметтік`);
    const res = await ctx.app.request(`/api/v1/orgs/${orgId}/staff-imports?lang=kk`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        'x-test-ip': '192.0.2.1',
        cookie: admin.cookie ?? '',
        'x-csrf-token': admin.csrf ?? '',
      },
      body: `Табель №,Т.А.Ә.,Карточка коды,Деңгейі,Лауазымға тағайындалған күні,Білімі,Мамандығы\n${rows.join('\n')}`,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    // Refused by the reader as it counts, with the import's own cap (not the batch's 200,000).
    expect(await res.text()).toContain('more than 20000 rows');
  });

  it('serves the attestation dates as an iCalendar file', async () => {
    const res = await admin.request('GET', `/v1/orgs/${orgId}/attestation-calendar?lang=ru`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    // Two people who took the position on 2020-09-01, never attested: due three years on.
    expect(ics).toContain('DTSTART;VALUE=DATE:20230901');
  });

  it('answers the protocol of an undecided attestation with 409, and a decided one as a PDF', async () => {
    const staff = await admin.json<{ staff: { id: string }[] }>('GET', `/v1/orgs/${orgId}/staff`);
    const commission = await admin.json<{ id: string }>('POST', `/v1/orgs/${orgId}/commissions`, {
      commission: { name: 'Комиссия', chair: 'Төраға А.', members: ['Мүше Б.', 'Мүше В.'] },
    });
    let a = await admin.json<{ id: string; version: number }>('POST', `/v1/orgs/${orgId}/attestations`, {
      staffId: staff.staff[0]?.id,
      scheduledOn: '2024-02-01',
      commissionId: commission.id,
    });
    expect((await admin.request('GET', `/v1/orgs/${orgId}/attestations/${a.id}/protocol`)).status).toBe(409);
    for (const step of [
      { stage: 'testing', testing: { date: '2024-02-01', score: 75, max: 100 } },
      { stage: 'interview', interview: { date: '2024-02-02', passed: true } },
      {
        stage: 'decision',
        decision: { date: '2024-02-03', outcome: 'assigned', category: 'second', reason: 'Талаптарға сай.' },
      },
    ])
      a = await admin.json('POST', `/v1/orgs/${orgId}/attestations/${a.id}/steps`, { version: a.version, step });
    const pdf = await admin.request('GET', `/v1/orgs/${orgId}/attestations/${a.id}/protocol?lang=kk`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    // A stale version is a conflict, never an overwrite.
    const stale = await admin.request('POST', `/v1/orgs/${orgId}/attestations/${a.id}/steps`, {
      version: 1,
      step: { stage: 'cancel' },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
  });

  const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
  it.skipIf(!hasPdftotext)('prints the dashboard with the coverage of each labour function per person', async () => {
    const staff = await admin.json<{ staff: { id: string; fullName: string }[] }>('GET', `/v1/orgs/${orgId}/staff`);
    const person = staff.staff.find((s) => s.fullName === 'Асанова Әйгерім');
    // The card's items by labour function, as the gap report lists them when nothing is rated.
    const gap = await admin.json<{ missing: { id: string; labourFunction: string }[] }>('POST', '/v1/career/gap', {
      card: { code: '2635-3-001', level: 5 },
      ratings: {},
    });
    // Every skill and knowledge item of the first function rated as held: that function is 100 %.
    const first = gap.missing[0]?.labourFunction;
    const ratings = Object.fromEntries(
      gap.missing.filter((i) => i.labourFunction === first).map((i) => [i.id, 'full']),
    );
    await admin.json('POST', `/v1/orgs/${orgId}/staff/${person?.id}/plans`, { basis: { source: 'assessor', ratings } });
    const json = await admin.json<{ coverage: { functions: { percent: number | null }[] }[] }>(
      'GET',
      `/v1/orgs/${orgId}/hr-dashboard`,
    );
    expect(json.coverage[0]?.functions[0]?.percent).toBe(100);

    const res = await admin.request('GET', `/v1/orgs/${orgId}/hr-dashboard?format=pdf&lang=ru`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-dashboard-'));
    const file = path.join(dir, 'd.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Персонал: сводные показатели');
    expect(text).toContain('Асанова Әйгерім');
    expect(text).toContain('100 %');
    expect(text).toContain('2635-3-001');
  });
});
