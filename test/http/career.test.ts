/**
 * The career API: paths between cards with their deltas, the gap report, its workbook and its
 * PDF, on every engine, through the real app with the pipeline checking every answer against
 * its operation's output schema. PDF text assertions need poppler's pdftotext.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

// biome-ignore lint/suspicious/noExplicitAny: the test reads loose JSON answers
type Json = Record<string, any>;

const S1 = '2635-3-001.4.f1.t1.s1';
const S2 = '2635-3-001.4.f1.t1.s2';
const K1 = '2635-3-001.4.f1.t1.k1';

const hasPdfToText = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

type Requester = { request: (url: string, init?: RequestInit) => Response | Promise<Response> };

describe.each(testEngines)('career API on %s', (engine) => {
  let database: OpenDb;
  let app: Requester;
  let services: ReturnType<typeof createServices>;
  const get = async (url: string) => {
    const res = await app.request(url);
    return { res, body: (await res.json()) as Json };
  };
  const post = async (url: string, body: unknown) => {
    const res = await app.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { res, body: (res.headers.get('content-type')?.includes('json') ? await res.json() : null) as Json };
  };
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services });
  });
  afterAll(async () => {
    await database?.close();
  });

  describe('GET /api/v1/career/paths', () => {
    it('goes from 2635-3-001/4 to /6 through level 5, with the delta and requirements of each step', async () => {
      const { res, body } = await get('/api/v1/career/paths?from=2635-3-001/4&to=2635-3-001/6&lang=en');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe('en');
      expect(body).toMatchObject({
        edition: 'order-262-2023',
        from: { code: '2635-3-001', level: 4 },
        to: { code: '2635-3-001', level: 6 },
      });
      expect(body.paths).toHaveLength(1);
      const [first, second] = body.paths[0].steps;
      expect(first).toMatchObject({
        from: { code: '2635-3-001', level: 4 },
        to: { code: '2635-3-001', level: 5 },
        kind: 'stated',
        linkId: '2635-3-001.4.l1',
      });
      expect(first.delta.skills.counts).toEqual({ same: 6, changed: 4, added: 0, removed: 0 });
      // Reworded: other words or other endings of the same stems (similarity 1), never the same words.
      const similarities = first.delta.skills.changed.map((c: Json) => c.similarity);
      expect(Math.min(...similarities)).toBeGreaterThanOrEqual(0.6);
      expect(Math.min(...similarities)).toBeLessThan(1);
      for (const c of first.delta.skills.changed) expect(c.from.kk).not.toBe(c.to.kk);
      expect(first.delta.knowledge.counts).toEqual({ same: 19, changed: 0, added: 2, removed: 1 });
      // Texts carry their display in the asked language, the official Kazakh beside it.
      const added = first.delta.knowledge.added[0];
      expect(added.kk).toBeTruthy();
      expect(added.display.lang).toBe(added.en ? 'en' : 'kk');
      expect(second.requires).toMatchObject({
        higherEducation: true,
        minYears: 0,
        education: { levels: ['higher', 'postgraduate'] },
      });
      expect(second.requires.entry[0]).toMatchObject({ group: 'high-level-specialist', category: 'none' });
    });

    it('goes from 3412-0-008/4 to 3412-0-009/6 along the stated links', async () => {
      const { body } = await get('/api/v1/career/paths?from=3412-0-008/4&to=3412-0-009/6');
      expect(body.paths.map((p: Json) => p.steps.map((s: Json) => `${s.to.code}/${s.to.level}`))).toEqual([
        ['3412-0-008/5', '3412-0-009/6'],
      ]);
      expect(body.paths[0].steps[1].delta.labourFunctions.counts).toEqual({
        same: 0,
        changed: 0,
        added: 3,
        removed: 1,
      });
    });

    it('answers 200 with no paths when there is none, and one empty path from a card to itself', async () => {
      const none = await get('/api/v1/career/paths?from=2635-3-001/6&to=2635-3-001/4');
      expect(none.res.status).toBe(200);
      expect(none.body.paths).toEqual([]);
      const self = await get('/api/v1/career/paths?from=2635-3-001/5&to=2635-3-001/5');
      expect(self.body.paths).toEqual([{ steps: [] }]);
    });

    it('bounds the number of paths with maxPaths', async () => {
      const { body } = await get('/api/v1/career/paths?from=3412-0-008/4&to=1344-0-004/7&maxPaths=1');
      expect(body.paths).toHaveLength(1);
      expect(body.paths[0].steps).toHaveLength(3);
    });

    it('answers an unknown card with 404 naming it, and an unknown edition with 404', async () => {
      const { res, body } = await get('/api/v1/career/paths?from=2635-3-001/4&to=2635-3-001/8');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body).toMatchObject({ code: 'not_found', errors: [{ path: 'query.to' }] });
      expect(body.detail).toContain('2635-3-001/8');
      const edition = await get('/api/v1/career/paths?from=2635-3-001/4&to=2635-3-001/6&edition=no-such-edition');
      expect(edition.res.status).toBe(404);
    });

    it.each([
      ['a card without its level', 'from=2635-3-001&to=2635-3-001/6', 'query.from'],
      ['a missing target', 'from=2635-3-001/4', 'query.to'],
      ['a level out of range', 'from=2635-3-001/4&to=2635-3-001/9', 'query.to'],
      ['a bad maxPaths', 'from=2635-3-001/4&to=2635-3-001/6&maxPaths=0', 'query.maxPaths'],
    ])('answers %s with a 400 naming the parameter', async (_what, query, field) => {
      const { res, body } = await get(`/api/v1/career/paths?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body.errors.map((e: Json) => e.path)).toContain(field);
    });
  });

  it('lets anyone cache and share the paths, never the gap report', async () => {
    const paths = await app.request('/api/v1/career/paths?from=2635-3-001/4&to=2635-3-001/5', {
      headers: { Origin: 'https://elsewhere.example', 'Accept-Language': 'ru' },
    });
    expect(paths.headers.get('cache-control')).toMatch(/^public/);
    expect(paths.headers.get('etag')).toBeTruthy();
    expect(paths.headers.get('access-control-allow-origin')).toBe('*');
    expect(paths.headers.get('content-language')).toBe('ru');
    expect(paths.headers.get('vary')).toContain('Accept-Language');
    const gap = await app.request('/api/v1/career/gap', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' },
      body: JSON.stringify({ card: { code: '2635-3-001', level: 4 }, ratings: { [S1]: 'full' } }),
    });
    expect(gap.status).toBe(200);
    expect(gap.headers.get('cache-control')).toBe('private, no-store');
    expect(gap.headers.get('access-control-allow-origin')).toBeNull();
    const badLang = await get('/api/v1/career/paths?from=2635-3-001/4&to=2635-3-001/5&lang=de');
    expect(badLang.res.status).toBe(400);
    expect(badLang.body.errors.map((e: Json) => e.path)).toEqual(['query.lang']);
  });

  describe('POST /api/v1/career/gap', () => {
    it('gives the coverage per labour function, the missing and partial items, and warnings', async () => {
      const { res, body } = await post('/api/v1/career/gap?lang=ru', {
        card: { code: '2635-3-001', level: 4 },
        ratings: { [S1]: 'full', [S2]: 'partial', [K1]: 'none', 'no.such.item': 'full' },
      });
      expect(res.status).toBe(200);
      expect(body.card).toMatchObject({ code: '2635-3-001', level: 4 });
      expect(body.overall).toEqual({ items: 30, full: 1, partial: 1, none: 1, unrated: 27, percent: 5 });
      expect(body.labourFunctions).toHaveLength(1);
      expect(body.labourFunctions[0]).toMatchObject({ id: '2635-3-001.4.f1', items: 30, percent: 5 });
      expect(body.missing).toHaveLength(28);
      expect(body.missing[0]).toMatchObject({ kind: 'skill', rating: null });
      expect(body.partial.map((i: Json) => i.id)).toEqual([S2]);
      expect(body.covered.map((i: Json) => i.id)).toEqual([S1]);
      // The warning in the asked language (Russian here).
      expect(body.warnings).toEqual([
        {
          code: 'unknown_item',
          itemId: 'no.such.item',
          message: 'В карточке 2635-3-001/4 нет навыка или знания «no.such.item»; его оценка не учитывается.',
        },
      ]);
      expect(body.requirements).toBeNull();
    });

    it('reports on the asked (else current) edition and warns when the assessment names another', async () => {
      const { res, body } = await post('/api/v1/career/gap', {
        card: { code: '2635-3-001', level: 4 },
        ratings: { [S1]: 'full' },
        edition: 'order-999-2019',
        savedAt: '2025-03-01T10:00:00Z',
      });
      expect(res.status).toBe(200);
      expect(body.edition).toBe('order-262-2023');
      expect(body.warnings).toEqual([
        expect.objectContaining({ code: 'edition_mismatch', message: expect.stringContaining('order-999-2019') }),
      ]);
    });

    it('adds the requirement gap from the category engine when the person is given', async () => {
      const { res, body } = await post('/api/v1/career/gap', {
        card: { code: '3412-0-008', level: 5 },
        ratings: {},
        person: { education: { level: 'tvet', field: 'social' }, experience: [{ category: 'second', years: 1 }] },
      });
      expect(res.status).toBe(200);
      expect(body.requirements).toMatchObject({ eligible: true, category: 'first', group: 'mid-level-specialist' });
      expect(body.requirements.next).toMatchObject({ category: 'higher', missing: [{ kind: 'experience' }] });
      expect(body.requirements.summary.kk).toMatch(/санат/);
    });

    it.each([
      ['a wrong rating value', { ratings: { [S1]: 'excellent' } }, `json.ratings.${S1}`],
      ['a malformed card', { card: { code: '2635', level: 4 } }, 'json.card.code'],
      [
        'an unknown education field',
        { person: { education: { level: 'higher', field: 'astrology' } } },
        'json.person.education.field',
      ],
      ['an unknown property', { extra: true }, 'json'],
    ])('answers %s with a 400 naming the field', async (_what, change, field) => {
      const { res, body } = await post('/api/v1/career/gap', {
        card: { code: '2635-3-001', level: 4 },
        ratings: {},
        ...change,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body.errors.map((e: Json) => e.path)).toContain(field);
    });

    it('says why each field is invalid in the language asked for (?lang=, then Accept-Language)', async () => {
      const ru = await post('/api/v1/career/gap?lang=ru', { card: { code: '2635', level: 4 }, ratings: {}, extra: 1 });
      expect(ru.res.status).toBe(400);
      expect(ru.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'json.card.code', message: 'код карточки пишется как 2635-3-001' },
          { path: 'json', message: 'Неизвестные поля: extra.' },
        ]),
      );
      const kk = await app.request('/api/v1/career/gap', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'kk-KZ, ru;q=0.5' },
        body: JSON.stringify({ card: { code: '2635-3-001', level: 4 }, ratings: { [S1]: 'so-so' } }),
      });
      const errors = ((await kk.json()) as Json).errors;
      expect(errors).toEqual([{ path: `json.ratings.${S1}`, message: 'баға мыналардың бірі: none, partial, full' }]);
      const missing = await post('/api/v1/career/gap?lang=kk', { card: { code: '2635-3-001', level: 4 } });
      expect(missing.body.errors).toEqual([{ path: 'json.ratings', message: 'Толтыру міндетті.' }]);
    });

    it('answers an unknown card with 404 and a body that is not JSON with 400', async () => {
      const unknown = await post('/api/v1/career/gap', { card: { code: '9999-9-999', level: 5 }, ratings: {} });
      expect(unknown.res.status).toBe(404);
      const broken = await post('/api/v1/career/gap', '{"card": ');
      expect(broken.res.status).toBe(400);
    });

    it('gives the report as an XLSX workbook, a sheet per section, Kazakh text intact', async () => {
      const res = await app.request('/api/v1/career/gap.xlsx?lang=kk', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          card: { code: '2635-3-001', level: 4 },
          ratings: { [S1]: 'full', [S2]: 'partial', 'no.such.item': 'full' },
          person: { education: { level: 'tvet', field: 'social' }, experience: [] },
        }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="gap-2635-3-001-4.xlsx"');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Қорытынды',
        'Жетіспейтін',
        'Ішінара',
        'Меңгерілген',
        'Талаптар',
        'Ескертулер',
      ]);
      const { card } = await services.registry.card({ code: '2635-3-001', level: 4 });
      const skill = card.labourFunctions[0]?.tasks[0]?.skills[0];
      const covered = workbook.getWorksheet('Меңгерілген');
      expect(covered?.getRow(2).getCell(1).value).toBe(S1);
      expect(covered?.getRow(2).getCell(3).value).toBe(skill?.kk);
      const summary = workbook.getWorksheet('Қорытынды');
      expect(summary?.getRow(1).getCell(1).value).toBe(`Карточка: 2635-3-001/4 — ${card.name.kk}`);
      expect(summary?.getRow(4).values).toEqual([undefined, '', 'Жалпы', 30, 1, 1, 0, 28, 5]);
      const requirements = workbook.getWorksheet('Талаптар');
      expect(String(requirements?.getRow(2).getCell(2).value)).toMatch(/санат/i);
    });

    it('gives a Russian workbook with Russian headers and the official Kazakh text', async () => {
      const res = await app.request('/api/v1/career/gap.xlsx?lang=ru', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ card: { code: '2635-3-001', level: 4 }, ratings: {} }),
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Итог',
        'Недостающие',
        'Частично',
        'Освоенные',
        'Требования',
      ]);
      // Headers in Russian; every item has an unofficial Russian translation (issue 15), so the column is there.
      const header = workbook.getWorksheet('Недостающие')?.getRow(1).values as unknown[];
      expect(header).toEqual([
        undefined,
        'Id',
        'Вид',
        'Текст (официальный, на казахском)',
        'Перевод (неофициальный)',
        'Функция №',
        'Оценка',
      ]);
    });

    it('gives the report as a PDF whose Kazakh text comes back out', async (ctx) => {
      const res = await app.request('/api/v1/career/gap.pdf?lang=kk', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ card: { code: '2635-3-001', level: 4 }, ratings: { [S1]: 'full' } }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="gap-2635-3-001-4.pdf"');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      if (!hasPdfToText) ctx.skip();
      const dir = mkdtempSync(path.join(tmpdir(), 'kasip-gap-pdf-'));
      try {
        writeFileSync(path.join(dir, 'gap.pdf'), bytes);
        const out = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'gap.pdf'), '-'], { encoding: 'utf8' });
        const text = out.stdout.replace(/\s+/g, ' ');
        expect(text).toContain('Өзін-өзі бағалау есебі: 2635-3-001/4');
        expect(text).toContain('Жетіспейтін');
        expect(text).toContain('Меңгерілген');
        expect(text).toContain(S1);
        expect(text).toMatch(/1-бет, барлығы \d+/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('answers as its OpenAPI document says', async () => {
    type Doc = { paths: Record<string, Json>; components: { schemas: Record<string, unknown> } };
    const doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith('/v1/career/'))
        .sort(),
    ).toEqual(
      expect.arrayContaining(['/v1/career/gap', '/v1/career/gap.pdf', '/v1/career/gap.xlsx', '/v1/career/paths']),
    );
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const compile = (schema: unknown) => ajv.compile({ ...(schema as object), components: doc.components });
    const check = async (res: Response, op: Json) => {
      const validate = compile(op.responses[String(res.status)].content['application/json'].schema);
      const ok = validate(await res.json());
      expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
    };
    const paths = doc.paths['/v1/career/paths'];
    const example = (name: string) => paths?.get.parameters.find((p: Json) => p.name === name)?.schema.example;
    const res = await app.request(`/api/v1/career/paths?from=${example('from')}&to=${example('to')}`);
    expect(res.status).toBe(200);
    await check(res, paths?.get);
    const gapOp = doc.paths['/v1/career/gap']?.post;
    const gapExample = gapOp.requestBody.content['application/json'].schema;
    const requestSchema = gapExample.$ref ? doc.components.schemas.GapRequest : gapExample;
    const gap = await app.request('/api/v1/career/gap', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify((requestSchema as Json).example),
    });
    expect(gap.status).toBe(200);
    await check(gap, gapOp);
  });
});
