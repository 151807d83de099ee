/** POST /api/v1/qualification/category: answers, explanations and clear errors. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { MAX_JSON_BATCH_ROWS } from '../../src/services/analysis/schemas/qualification.js';
import { createServices } from '../../src/services/index.js';
import { useBundledApp } from '../support/bundled-app.js';
import { embeddedAlreadyRan, openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

describe.each(testEngines)('qualification API on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const post = async (body: unknown, lang = 'en') => {
    const res = await ctx.app.request(`/api/v1/qualification/category?lang=${lang}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the test reads loose JSON answers
    return { res, body: (await res.json()) as Record<string, any> };
  };

  it('answers with the category, the group, the quoted rule and what is missing next', async () => {
    const { res, body } = await post({
      card: { code: '3412-0-008', level: 5 },
      education: { level: 'tvet', field: 'social' },
      experience: [{ category: 'second', years: 1 }],
    });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ eligible: true, category: 'first', group: 'mid-level-specialist' });
    expect(body.explanation.matched.text).toMatch(/^бірінші санат/);
    expect(body.explanation.matched.source.lines).toHaveLength(2);
    expect(body.next).toMatchObject({ category: 'higher', missing: [{ kind: 'experience', inCategory: 'first' }] });
    expect(body.summary.en).toMatch(/For the higher category: \d+ years? more experience in the first category\./);
    expect(body.summary.kk).toMatch(/Жоғары санат үшін қажет/);
  });

  it.each([
    ['a negative number of years', { experience: [{ category: 'none', years: -1 }] }, 'json.experience.0.years'],
    ['absurd years', { experience: [{ category: 'none', years: 500 }] }, 'json.experience.0.years'],
    ['an unknown field', { education: { level: 'higher', field: 'astrology' } }, 'json.education.field'],
    ['an unknown category', { experience: [{ category: 'best', years: 1 }] }, 'json.experience.0.category'],
    ['a malformed card code', { card: { code: '3412', level: 5 } }, 'json.card.code'],
  ])('answers %s with a 400 naming the field', async (_what, change, field) => {
    const base = {
      card: { code: '3412-0-008', level: 5 },
      education: { level: 'tvet', field: 'social' },
      experience: [],
    };
    const { res, body } = await post({ ...base, ...change });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('keeps the answer private, and reads the edition from the query', async () => {
    const res = await ctx.app.request('/api/v1/qualification/category?edition=no-such-edition', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' },
      body: JSON.stringify({ card: { code: '3412-0-008', level: 5 }, education: { level: 'tvet', field: 'social' } }),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const bad = await post(
      { card: { code: '3412-0-008', level: 5 }, education: { level: 'tvet', field: 'social' } },
      'en&edition=Bad',
    );
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.edition']);
  });

  it('answers an unknown card with 404 and a body that is not JSON with 400', async () => {
    const unknown = await post({
      card: { code: '9999-9-999', level: 5 },
      education: { level: 'higher', field: 'social' },
    });
    expect(unknown.res.status).toBe(404);
    const broken = await post('{"card": ');
    expect(broken.res.status).toBe(400);
    expect(broken.res.headers.get('content-type')).toBe('application/problem+json');
  });
});

// The CLI runs the embedded engine: already run in `npm test` when CI's server-only pass comes.
describe.skipIf(embeddedAlreadyRan)('kasip category (CLI) and the API give the same answer', () => {
  it('for the same person and card', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { ROOT } = await import('../support/paths.js');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-category-'));
    const env = { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: '' };
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'category',
        '--card',
        '2635-3-001',
        '--level',
        '4',
        '--education',
        'tvet',
        '--field',
        'medical',
        '--experience',
        'none:1,second:0.5',
        '--json',
      ],
      { cwd: ROOT, env, encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const database = await openTestDb('pglite');
    try {
      const services = createServices(database);
      await services.editions.load(await readEdition(BUNDLED_EDITION));
      const api = await createApp({ services }).request('/api/v1/qualification/category', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          card: { code: '2635-3-001', level: 4 },
          education: { level: 'tvet', field: 'medical' },
          experience: [
            { category: 'none', years: 1 },
            { category: 'second', years: 0.5 },
          ],
        }),
      });
      expect(JSON.parse(cli.stdout)).toEqual(await api.json());
    } finally {
      await database.close();
    }
  }, 90_000);
});

describe.each(testEngines)('batch categories on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const csv =
    'id;card;level;education;field;none;second\nT-1;3412-0-008;5;tvet;social;1;1,5\nT-2;3412-0-008;9;college;social;-1;\nT-3;2635-3-001;6;higher;psychological;2;\n';

  it('answers every good row of a CSV staff list and reports the bad ones without stopping', async () => {
    const res = await ctx.app.request('/api/v1/qualification/category:batch', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      total: number;
      answered: number;
      failed: number;
      rows: { id: string; ok: boolean; errors?: { field: string }[] }[];
    };
    expect([body.total, body.answered, body.failed]).toEqual([3, 2, 1]);
    expect(body.rows[1]?.errors?.map((e) => e.field)).toEqual(['level', 'education.level', 'experience.0.years']);
  });

  it('gives the answers back as CSV or XLSX, and reads XLSX and JSON lists', async () => {
    const asCsv = await ctx.app.request('/api/v1/qualification/category:batch?format=csv&lang=ru', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: csv,
    });
    expect(asCsv.headers.get('content-type')).toContain('text/csv');
    const text = await asCsv.text();
    expect(text.split('\r\n')[1]).toMatch(
      /^1,T-1,3412-0-008,5,Требования выполнены,Первая категория,Специалист среднего уровня квалификации,/,
    );
    expect(text).toContain('Наивысшая доступная категория');
    const asXlsx = await ctx.app.request('/api/v1/qualification/category:batch?format=xlsx', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: csv,
    });
    const workbook = Buffer.from(await asXlsx.arrayBuffer());
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
    const { xlsxRecords } = await import('../../src/importer/staff-file.js');
    const records = await xlsxRecords(workbook);
    // Without `lang` the table is in Kazakh, titles and values alike.
    expect(records.map((r) => [r['табель нөмірі'], r.санат, r.нәтиже])).toEqual([
      ['T-1', 'Бірінші санат', 'Талаптар орындалады'],
      ['T-2', '', 'Жол оқылмады'],
      ['T-3', 'Екінші санат', 'Талаптар орындалады'],
    ]);
    const fromJson = await ctx.app.request('/api/v1/qualification/category:batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rows: [{ id: 'J', card: '2635-3-001', level: 4, education: 'tvet', field: 'medical' }] }),
    });
    expect(((await fromJson.json()) as { rows: { ok: boolean }[] }).rows[0]?.ok).toBe(true);
  });

  it('writes the CSV in Kazakh and says when a card states no requirements', async () => {
    const list =
      'id,card,level,education,field,none\nN-1,2634-4-001,6,higher,social,5\nN-2,3412-0-008,5,колледж,social,1\n';
    const send = (query: string) =>
      ctx.app.request(`/api/v1/qualification/category:batch${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: list,
      });
    const lines = (await (await send('?format=csv&lang=kk')).text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Жол,Табель нөмірі,Карточка коды,Деңгей,Нәтиже,Санат,Топ,Сәйкес келген талап,Келесі санат,Не жетіспейді,Қорытынды,Қателер',
    );
    expect(lines[1]).toMatch(/^1,N-1,2634-4-001,6,Карточкада талаптар көрсетілмеген,,,,,,"?Карточкада біліктілік/);
    expect(lines[2]).toMatch(/^2,N-2,,,Жол оқылмады,.*«колледж» — белгісіз білім деңгейі/);
    const json = (await (await send('')).json()) as {
      rows: { status: string; eligible?: boolean; summary?: Record<string, string>; errors?: unknown[] }[];
    };
    expect(json.rows.map((r) => r.status)).toEqual(['no-requirements', 'unreadable']);
    expect(json.rows[0]).toMatchObject({ result: { eligible: false, next: null } });
    expect(json.rows[0]?.summary?.ru).toMatch(/^В карточке не указаны квалификационные требования/);
    expect(json.rows[1]?.errors).toEqual([
      expect.objectContaining({ field: 'education.level', text: expect.objectContaining({ ru: expect.any(String) }) }),
    ]);
  });

  it.each(['kk', 'ru', 'en'] as const)(
    'reads back every column title and word of the web page’s template in %s',
    async (lang) => {
      // Read by path so the type check does not follow the web app's own module settings.
      const file = `../../web/src/i18n/${lang}.ts`;
      const words = ((await import(file)) as Record<string, Record<string, string>>)[lang] ?? {};
      const w = (key: string) => words[key] ?? `missing ${key}`;
      const columns = ['id', 'card', 'level', 'education', 'field', 'certificate', 'none', 'second', 'first', 'higher'];
      const levels = ['basic-secondary', 'tvet', 'higher', 'postgraduate'];
      const fields = ['social', 'economic', 'pedagogical', 'medical', 'psychological', 'legal', 'other'];
      const rows = fields.map((field, i) => [
        `W-${i}`,
        '3412-0-008',
        '5',
        w(`batch.value.${levels[i % levels.length]}`),
        w(`field.${field}`),
        i === 0 ? w('batch.value.yes') : '',
        '1',
        '',
        '',
        '',
      ]);
      const csv = [columns.map((c) => w(`batch.col.${c}`)), ...rows].map((r) => r.join(';')).join('\n');
      const res = await ctx.app.request('/api/v1/qualification/category:batch', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: csv,
      });
      const body = (await res.json()) as { failed: number; rows: { ok: boolean; errors?: unknown }[] };
      expect(body.rows.filter((r) => !r.ok)).toEqual([]);
      expect(body.rows).toHaveLength(fields.length);
    },
  );

  it('reads an XLSX staff list, and keeps the answers private', async () => {
    const { tableToXlsx } = await import('../../src/exports/table-xlsx.js');
    const workbook = await tableToXlsx('staff', [
      ['id', 'card', 'level', 'education', 'field', 'none'],
      ['X-1', '3412-0-008', 5, 'tvet', 'social', 2],
    ]);
    const res = await ctx.app.request('/api/v1/qualification/category:batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: new Uint8Array(workbook),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answered: number; rows: { id: string; ok: boolean }[] };
    expect(body.rows.map((r) => [r.id, r.ok])).toEqual([['X-1', true]]);
    // A staff list is personal data: never kept by a cache, never shared with another site.
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an unreadable body or a bad parameter with a 400 problem', async () => {
    for (const [headers, body, query] of [
      [{ 'Content-Type': 'application/json' }, '{"rows": 5}', ''],
      [{ 'Content-Type': 'application/json' }, 'not json', ''],
      [{ 'Content-Type': 'image/png' }, 'x', ''],
      [{ 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, 'not a workbook', ''],
      [{ 'Content-Type': 'text/csv' }, csv, '?format=pdf'],
    ] as const) {
      const res = await ctx.app.request(`/api/v1/qualification/category:batch${query}`, {
        method: 'POST',
        headers,
        body,
      });
      expect(res.status, `${headers['Content-Type']} ${query}`).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await ctx.app.request('/api/v1/qualification/category:other', { method: 'POST' })).status).toBe(404);
  });

  it('refuses a JSON answer over its row cap before checking any row, and answers the same list as CSV', async () => {
    // One row over the cap, each unreadable (no card): the probe's 100,000 rows made 660 MB of JSON.
    const rows = Array.from({ length: MAX_JSON_BATCH_ROWS + 1 }, (_, i) => `R-${i};`).join('\n');
    const send = (query: string) =>
      ctx.app.request(`/api/v1/qualification/category:batch${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: `id;card\n${rows}\n`,
      });
    for (const query of ['', '?format=json']) {
      const res = await send(query);
      expect(res.status, query).toBe(400);
      const problem = (await res.json()) as { detail: string; errors: { path: string }[] };
      expect(problem.errors).toEqual([expect.objectContaining({ path: 'query.format' })]);
      expect(problem.detail).toContain('format=csv');
    }
    const table = await send('?format=csv');
    expect(table.status).toBe(200);
    expect(table.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await table.text()).trim().split('\r\n')).toHaveLength(MAX_JSON_BATCH_ROWS + 2);
  }, 60_000);
});
