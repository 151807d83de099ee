/**
 * The programme exports over HTTP, from a programme created through the API by a programme
 * designer: the DOCX (the card's skills in the matrix, labels in the asked language), the XLSX
 * heat map read back with exceljs (frozen panes, fills by the number of outcomes, status column,
 * the hours and exceptions sheets), the PDF (its text read with poppler when installed), the
 * Moodle CSV, and the CASE associations (one per link, their destinations resolving to the
 * public item API). Another organisation's designer gets 404, a bad `lang` a 400, and arbitrary
 * query strings never a 5xx.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { cardEntries } from '../../src/domain/assessment/coverage.js';
import { parseCsv } from '../../src/domain/shared/csv.js';
import { cfItemIdentifier } from '../../src/exports/case/case-identifiers.js';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Browser, browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { bundledCard, designedContent, unzip } from '../support/programme-export-fixture.js';

const PUBLIC_URL = 'https://kasip.example.kz';
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

describe('programme exports over HTTP', () => {
  let database: OpenDb;
  let app: App;
  let designer: Browser;
  let outsider: Browser;
  let orgId: string;
  let programmeId: string;
  let base: string;

  beforeAll(async () => {
    database = await openTestDb('pglite');
    const services = createServices(database, {
      checkOutput: true,
      accounts: { ...DEFAULT_ACCOUNTS, publicUrl: PUBLIC_URL },
    });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services, clientIp: testClientIp });
    await seedUser(database, 'export-admin@example.kz', ['admin']);
    designer = await signIn(app, 'export-admin@example.kz');
    orgId = (
      await designer.json<{ id: string }>('POST', '/v1/orgs', { name: 'Demo college', kind: 'education-provider' })
    ).id;
    const other = (
      await designer.json<{ id: string }>('POST', '/v1/orgs', { name: 'Басқа колледж', kind: 'education-provider' })
    ).id;
    const invite = await designer.json<{ link: string }>('POST', `/v1/orgs/${other}/invitations`, {
      email: 'outsider@example.kz',
      roles: ['programme-designer'],
    });
    outsider = browser(app);
    const accepted = await outsider.json<{ csrfToken: string }>(
      'POST',
      `/v1/invitations/${invite.link.split('/invite/')[1]}/accept`,
      { displayName: 'Outsider', password: 'a long enough password', consent: true },
    );
    outsider.csrf = accepted.csrfToken;
    const { card, editionId } = await bundledCard();
    const created = await designer.json<{ id: string }>('POST', `/v1/orgs/${orgId}/programmes`, {
      content: designedContent(card, editionId, 'kk'),
    });
    programmeId = created.id;
    base = `/v1/orgs/${orgId}/programmes/${programmeId}`;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('downloads the DOCX, private, with the card’s skills in the matrix and labels in the asked language', async () => {
    const { card } = await bundledCard();
    const res = await designer.request('GET', `${base}/programme.docx?lang=ru`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="programme-3412-0-008-4-ru.docx"');
    expect(res.headers.get('cache-control')).toContain('no-store');
    const xml =
      unzip(new Uint8Array(await res.arrayBuffer()))
        .get('word/document.xml')
        ?.toString('utf8') ?? '';
    expect(xml).toContain('ПРОЕКТ');
    expect(xml).toContain('Матрица охвата');
    for (const s of cardEntries(card).filter((e) => e.kind === 'skill')) expect(xml).toContain(s.id);
    const kk = await designer.request('GET', `${base}/programme.docx`);
    expect(
      unzip(new Uint8Array(await kk.arrayBuffer()))
        .get('word/document.xml')
        ?.toString('utf8'),
    ).toContain('ЖОБА');
  });

  it('refuses another organisation (404) and a language a programme is not written in (400)', async () => {
    expect((await outsider.request('GET', `${base}/programme.docx`)).status).toBe(404);
    expect((await outsider.request('GET', `/v1/orgs/${orgId}/programmes/${programmeId}/coverage.xlsx`)).status).toBe(
      404,
    );
    expect((await designer.request('GET', `${base}/programme.docx?lang=en`)).status).toBe(400);
    expect(
      (await designer.request('GET', `/v1/orgs/${orgId}/programmes/${crypto.randomUUID()}/programme.pdf`)).status,
    ).toBe(404);
    expect((await browser(app).request('GET', `${base}/case-associations.json`)).status).toBe(401);
  });

  it('writes the coverage matrix as an XLSX heat map with frozen panes, a status column, hours and exceptions', async () => {
    const res = await designer.request('GET', `${base}/coverage.xlsx`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [matrix, hours, exceptions] = workbook.worksheets;
    if (!matrix || !hours || !exceptions) throw new Error('three sheets expected');
    expect(matrix?.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 1 });
    const header = (matrix.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['№', 'ID', 'Түрі', 'Элемент']);
    expect(header).toContain('КП 01');
    expect(header.at(-1)).toBe('Қамту');
    const { card } = await bundledCard();
    const entries = cardEntries(card);
    expect(matrix?.rowCount).toBe(entries.length + 1);
    const practiceCol = header.indexOf('КП 01') + 1;
    const firstSkill = matrix.getRow(2);
    expect(firstSkill.getCell(2).value).toBe(entries[0]?.id);
    expect(firstSkill.getCell(practiceCol).value).toBe(1);
    expect((firstSkill.getCell(practiceCol).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9EAD3');
    expect(firstSkill.getCell(header.length).value).toBe('қамтылған');
    const excepted = entries.at(-1)?.id;
    const exceptedRow = matrix?.getRows(2, entries.length)?.find((r) => r.getCell(2).value === excepted);
    expect(exceptedRow?.getCell(header.length).value).toBe('ерекшелік');
    expect(hours?.rowCount).toBe(card.labourFunctions.length + 2);
    expect(exceptions?.getRow(2).getCell(1).value).toBe(excepted);
    expect(exceptions?.getRow(2).getCell(3).value).toBe('Жұмыс беруші ұйымда оқытылады');
  });

  it('prints the PDF with the programme and the matrix in it', async () => {
    const res = await designer.request('GET', `${base}/programme.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    if (!hasPdftotext) return;
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-programme-pdf-'));
    try {
      const file = path.join(dir, 'p.pdf');
      writeFileSync(file, bytes);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('ЖОБА');
      expect(text).toContain('Кәсіп карточкасын қамту матрицасы');
      expect(text).toContain('3412-0-008.4.f1.t1.s1');
      expect(text).toContain('КП 01');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports the cards as a Moodle competency framework, and any card publicly', async () => {
    const res = await designer.request('GET', `${base}/moodle-competencies.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await res.text());
    expect(rows[0]?.[0]).toBe('Parent ID number');
    expect(rows[1]?.[1]).toBe(`kasip-programme-${programmeId}`);
    const { card } = await bundledCard();
    const ids = new Set(rows.slice(2).map((r) => r[1]));
    for (const e of cardEntries(card)) expect(ids.has(e.id), e.id).toBe(true);
    const pub = await browser(app).request('GET', '/v1/cards/3412-0-008/4/moodle-competencies.csv');
    expect(pub.status).toBe(200);
    expect(pub.headers.get('cache-control')).toContain('public');
    expect(
      parseCsv(await pub.text())
        .slice(2)
        .map((r) => r[1]),
    ).toEqual(rows.slice(2).map((r) => r[1]));
    expect((await browser(app).request('GET', '/v1/cards/3412-0-008/8/moodle-competencies.csv')).status).toBe(404);
  });

  it('answers CASE associations, one per outcome link, whose destinations are the public item addresses', async () => {
    const out = await designer.json<{
      CFAssociations: { identifier: string; destinationNodeURI: { identifier: string; uri: string } }[];
    }>('GET', `${base}/case-associations.json`);
    const programme = await designer.json<{ content: { modules: { outcomes: { itemIds: string[] }[] }[] } }>(
      'GET',
      base,
    );
    const links = programme.content.modules.flatMap((m) => m.outcomes.flatMap((o) => o.itemIds));
    expect(out.CFAssociations).toHaveLength(links.length);
    const first = out.CFAssociations[0];
    const itemId = links[0] as string;
    expect(first?.destinationNodeURI.identifier).toBe(cfItemIdentifier(itemId));
    expect(first?.destinationNodeURI.uri).toBe(`${PUBLIC_URL}/api/v1/items/${itemId}`);
    const item = await browser(app).request(
      'GET',
      (first?.destinationNodeURI.uri ?? '').replace(`${PUBLIC_URL}/api`, ''),
    );
    expect(item.status).toBe(200);
    const again = await designer.json<typeof out>('GET', `${base}/case-associations.json`);
    expect(again.CFAssociations.map((a) => a.identifier)).toEqual(out.CFAssociations.map((a) => a.identifier));
  });

  it('never answers a 5xx, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'programme.docx',
          'programme.pdf',
          'coverage.xlsx',
          'moodle-competencies.csv',
          'case-associations.json',
        ),
        fc.dictionary(fc.constantFrom('lang', 'format', 'x'), fc.string({ maxLength: 20 })),
        fc.oneof(fc.constant(programmeId), fc.string({ maxLength: 40 })),
        async (file, query, id) => {
          const qs = new URLSearchParams(query).toString();
          const res = await designer.request(
            'GET',
            `/v1/orgs/${orgId}/programmes/${encodeURIComponent(id)}/${file}?${qs}`,
          );
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
