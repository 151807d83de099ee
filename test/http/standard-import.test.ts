/**
 * A standard filled in by hand in the XLSX template (two invented cards, test/fixtures/workbench)
 * imports as a draft, passes the live checks and the quality lint, is reviewed by a second
 * methodologist, published, and found by search in its own edition, while Order 262 stays the
 * current edition. A broken workbook is refused with 422 placing each problem in the asked
 * language; the template itself downloads for an edition, a draft and empty.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_COLUMNS, EMPTY_CARD_SHEET, SHEETS } from '../../src/domain/workbench/xlsx-template-layout.js';
import { readXlsxTemplate } from '../../src/importer/standard/xlsx-template.js';
import { type Browser, signIn } from '../support/accounts.js';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';
import { createMethodologist } from '../support/methodologists.js';
import { TWO_CARD_XLSX } from '../support/paths.js';
import { zipOf } from '../support/zip.js';
import { MAX_STANDARD_FILE_BYTES } from '../../src/http/routes/standard-files.routes.js';
import { rawRequest } from '../support/scoring-fixture.js';
import { findDraft } from '../../src/storage/repositories/draft.repository.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Json = Record<string, unknown>;
type Draft = { id: string; status: string; revision: number; origin: string };

describe.each(testEngines)('importing a hand-filled XLSX standard on %s', (engine) => {
  const ctx = useBundledApp(engine);
  let author: Browser;
  let reviewer: Browser;

  const upload = async (b: Browser, path: string, contentType: string, bytes: Uint8Array) => {
    const res = await rawRequest(ctx.app, b, 'POST', path, { contentType, bytes });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const ok = async <T = Json>(b: Browser, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await b.request(method, path, body);
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return JSON.parse(text) as T;
  };

  beforeAll(async () => {
    await createMethodologist(ctx.services, `xlsx-author-${engine}@kasip.test`);
    await createMethodologist(ctx.services, `xlsx-reviewer-${engine}@kasip.test`);
    author = await signIn(ctx.app, `xlsx-author-${engine}@kasip.test`);
    reviewer = await signIn(ctx.app, `xlsx-reviewer-${engine}@kasip.test`);
  });

  it('imports, checks clean, is approved by a second methodologist, publishes and is found by search', async () => {
    const before = await ok<{ editions: { id: string; current: boolean }[] }>(author, 'GET', '/v1/editions');
    const current = before.editions.find((e) => e.current)?.id;
    expect(current).toBe('order-262-2023');

    const imported = await upload(
      author,
      '/v1/drafts:import?lang=en',
      XLSX,
      new Uint8Array(readFileSync(TWO_CARD_XLSX)),
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    let draft = imported.body.draft as Draft;
    expect(draft).toMatchObject({ status: 'draft', origin: 'xlsx' });
    // The order is left blank in the workbook: a warning, in the asked language.
    expect(imported.body.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/order number/) }),
    ]);

    const items = await ok<{ items: { id: string; kind: string }[] }>(author, 'GET', `/v1/drafts/${draft.id}/items`);
    expect(items.items.filter((i) => i.kind === 'card').map((i) => i.id)).toEqual(['2622-1-001.5', '2622-1-002.6']);
    expect(items.items.some((i) => i.id === '2622-1-001.5.f1.t1.s1')).toBe(true);

    const checks = await ok<{ blocking: Json[]; quality: { findings: { severity: string; rule: string }[] } }>(
      author,
      'GET',
      `/v1/drafts/${draft.id}/checks`,
    );
    expect(checks.blocking).toEqual([]);
    expect(checks.quality.findings.filter((f) => f.severity === 'error')).toEqual([]);

    draft = await ok<Draft>(author, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision });
    draft = await ok<Draft>(reviewer, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    const published = await ok<{ editionId: string }>(reviewer, 'POST', `/v1/drafts/${draft.id}/publish`, {
      revision: draft.revision,
      editionId: 'library-work-2026',
      order: {
        number: '77',
        date: '2026-11-20',
        registration: { number: '35001', date: '2026-11-25' },
        inForceFrom: '2026-12-01',
      },
    });
    expect(published.editionId).toBe('library-work-2026');

    const found = await ok<{ hits: { id: string }[] }>(
      author,
      'GET',
      `/v1/search?q=${encodeURIComponent('каталогтау')}&edition=library-work-2026`,
    );
    expect(found.hits.map((h) => h.id)).toContain('2622-1-001.5.f1.t1.s1');

    const after = await ok<{ editions: { id: string; current: boolean }[] }>(author, 'GET', '/v1/editions');
    expect(after.editions.find((e) => e.current)?.id).toBe(current);
  });

  it('refuses a file over its bound before reading it, and a zip bomb before inflating it', async () => {
    const before = await ok<{ total: number }>(author, 'GET', '/v1/drafts');
    const big = await upload(author, '/v1/drafts:import', XLSX, new Uint8Array(MAX_STANDARD_FILE_BYTES + 1));
    expect(big.status).toBe(400);
    expect(String(big.body.detail)).toMatch(/larger than 20 MB/);
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: '<x/>', declaredSize: 400 * 1024 * 1024 }]);
    const bombed = await upload(author, '/v1/drafts:import', XLSX, new Uint8Array(bomb));
    // Refused on the entries' declared sizes, before anything is inflated; no draft is made.
    expect(bombed.status).toBe(422);
    // In the request's language (Kazakh), the bound's reason too: no English inside the Kazakh sentence.
    expect(JSON.stringify(bombed.body.errors)).toMatch(/64 МБ-тан асады/);
    expect(JSON.stringify(bombed.body.errors)).not.toMatch(/[A-Za-z]{4,} (?!XLSX)[a-z]+/);
    const after = await ok<{ total: number }>(author, 'GET', '/v1/drafts');
    expect(after.total).toBe(before.total);
  });

  it('refuses a workbook with mistakes: 422, each placed by sheet, row and column in the asked language', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(TWO_CARD_XLSX) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(EMPTY_CARD_SHEET);
    if (!sheet) throw new Error('no card sheet');
    // Row 4 is the profession code (below the header, the block title and the card title).
    sheet.getCell(4, CARD_COLUMNS.kk.index).value = '2622-1';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const refused = await upload(author, '/v1/drafts:import?lang=ru', XLSX, bytes);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('unprocessable');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ path: `${EMPTY_CARD_SHEET}!D4`, sheet: EMPTY_CARD_SHEET, row: 4, column: 'D' }),
    ]);
    expect((refused.body.errors as { message: string }[])[0]?.message).toMatch(/Код профессии «2622-1»/);

    const garbage = await upload(
      author,
      '/v1/drafts:import?lang=kk',
      'application/octet-stream',
      new Uint8Array([1, 2, 3]),
    );
    expect(garbage.status).toBe(422);
  });

  it('attaches the official text to an imported draft: every text found cites its lines, the rest are listed', async () => {
    const imported = await upload(author, '/v1/drafts:import', XLSX, new Uint8Array(readFileSync(TWO_CARD_XLSX)));
    const draft = imported.body.draft as Draft & { source: { mode: string; unmatchedTexts: number } };
    expect(draft.source.mode).toBe('compiled');
    // The "official text": every Kazakh text of the file on lines of its own, but for one skill.
    const { edition } = await readXlsxTemplate(readFileSync(TWO_CARD_XLSX));
    const missing = 'Оқырман формулярын толтыру';
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'kk' || key === 'value') && (typeof v === 'string' || typeof v === 'number')) {
            if (v !== missing) texts.push(String(v));
          } else walk(v);
        }
      }
    };
    walk(edition);
    const official = ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ МӘДЕНИЕТ ЖӘНЕ АҚПАРАТ МИНИСТРІ', ...texts].join('\n');
    const stale = await upload(
      author,
      `/v1/drafts/${draft.id}/source?revision=${draft.revision + 5}`,
      'text/plain',
      new TextEncoder().encode(official),
    );
    expect(stale.status).toBe(409);
    const out = await upload(
      author,
      `/v1/drafts/${draft.id}/source?revision=${draft.revision}`,
      'text/plain; charset=utf-8',
      new TextEncoder().encode(official),
    );
    expect(out.status, JSON.stringify(out.body).slice(0, 400)).toBe(200);
    expect(out.body.located).toBeGreaterThan(10);
    expect(out.body.unlocated).toEqual([expect.objectContaining({ itemId: '2622-1-001.5.f2.t1.s1', text: missing })]);
    // Only the one text left out still cites no official line.
    const after = out.body.draft as typeof draft;
    expect(draft.source.unmatchedTexts).toBeGreaterThan(10);
    expect(after.source).toEqual({ mode: 'compiled', unmatchedTexts: 1 });
  });

  it('imports a Kasip JSON export with its official text, and places a JSON mistake by its path', async () => {
    const exported = (await ok<Json>(author, 'GET', '/v1/editions/order-262-2023/export')) as Json & {
      cards: { name: { kk: string } }[];
    };
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const imported = await upload(author, '/v1/drafts:import', 'application/json', encode(exported));
    expect(imported.status, JSON.stringify(imported.body).slice(0, 400)).toBe(201);
    expect(imported.body.draft).toMatchObject({ origin: 'json', source: { mode: 'official', unmatchedTexts: 0 } });
    // The lossless format keeps the review state of the translations into the draft.
    const reviews = (exported as { translationReviews?: { ru?: Record<string, string> } }).translationReviews;
    expect(Object.keys(reviews?.ru ?? {}).length).toBeGreaterThan(0);
    const draftRow = await findDraft(ctx.database.db, (imported.body.draft as { id: string }).id);
    expect(draftRow?.translationReviews?.ru).toEqual(reviews?.ru);

    const broken = structuredClone(exported);
    (broken.cards[0] as { name: unknown }).name = 42;
    const refused = await upload(author, '/v1/drafts:import?lang=en', 'application/json', encode(broken));
    expect(refused.status).toBe(422);
    expect((refused.body.errors as { path: string }[]).some((e) => e.path.includes('cards.0'))).toBe(true);
  });

  it('downloads the template of an edition, of a draft and empty, and reads a draft back', async () => {
    const empty = await author.request('GET', '/v1/standards/template.xlsx?lang=ru');
    expect(empty.status).toBe(200);
    expect(empty.headers.get('content-type')).toContain(XLSX);
    const emptyBook = new ExcelJS.Workbook();
    await emptyBook.xlsx.load((await empty.arrayBuffer()) as ArrayBuffer);
    expect(emptyBook.worksheets.map((w) => w.name)).toEqual([
      SHEETS.instructions,
      SHEETS.standard,
      SHEETS.terms,
      SHEETS.professions,
      EMPTY_CARD_SHEET,
      SHEETS.lists,
    ]);

    const edition = await author.request('GET', '/v1/editions/order-262-2023/template.xlsx');
    expect(edition.status).toBe(200);
    const editionBook = new ExcelJS.Workbook();
    await editionBook.xlsx.load((await edition.arrayBuffer()) as ArrayBuffer);
    // Five fixed sheets and one per card (Order 262 has ten).
    expect(editionBook.worksheets.length).toBe(15);

    // The exported template imports again as a draft of a new standard.
    const bytes = new Uint8Array(
      await (await ctx.app.request('/api/v1/editions/order-262-2023/template.xlsx')).arrayBuffer(),
    );
    const again = await upload(author, '/v1/drafts:import', 'application/octet-stream', bytes);
    expect(again.status, JSON.stringify(again.body).slice(0, 500)).toBe(201);
    const draftId = (again.body.draft as Draft).id;
    const draftBook = await author.request('GET', `/v1/drafts/${draftId}/template.xlsx`);
    expect(draftBook.status).toBe(200);
  });
});
