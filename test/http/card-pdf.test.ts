/**
 * The card PDF (`GET /api/v1/cards/{code}/{level}/pdf`) over the bundled edition: an A4 PDF
 * whose Kazakh text comes back out exactly (pdftotext), with every item id, the footer on every
 * page, embedded fonts; problems for an unknown card and a malformed request.
 *
 * Text assertions need poppler's `pdftotext`/`pdffonts`; without them they are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, type Lang } from '../../src/domain/shared/messages/index.js';
import type { Card, NumberedText } from '../../src/domain/standard/schemas.js';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const URL_5 = '/api/v1/cards/2635-3-001/5/pdf';

const has = (tool: string) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
const hasPoppler = has('pdftotext') && has('pdffonts');
const NO_POPPLER = 'pdftotext/pdffonts (poppler-utils) are not installed: the PDF text assertions are skipped';

/** Whitespace (line breaks of the layout) collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * Also without hyphens: the layout may break a line after the hyphen of "медициналық-педагогикалық",
 * and pdftotext then joins the two lines and drops the hyphen.
 */
const loose = (s: string) => flat(s).replace(/-/g, '');

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('card PDF', () => {
  let database: OpenDb;
  let app: App;
  let card: Card;
  let dir: string;

  beforeAll(async () => {
    database = await openTestDb('pglite');
    const services = createServices(database);
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services });
    card = (await services.registry.card({ code: '2635-3-001', level: 5 })).card;
    dir = mkdtempSync(path.join(tmpdir(), 'kasip-card-pdf-'));
  });
  afterAll(async () => {
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Fetches the PDF, saves it, and gives its bytes, file and the dates the footer may print. */
  async function fetchPdf(url: string) {
    const before = today();
    const res = await app.request(url);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const file = path.join(dir, `${url.replace(/[^a-z0-9]+/gi, '_')}.pdf`);
    writeFileSync(file, bytes);
    // The footer writes the day the language's way (29.06.2023 in kk and ru, 29/06/2023 in en).
    const lang = (/[?&]lang=(ru|en)/.exec(url)?.[1] ?? 'kk') as Lang;
    return { res, bytes, file, dates: [...new Set([before, today()])].map((d) => formatDate(lang, d)) };
  }

  it('serves 2635-3-001/5 as an inline PDF', async () => {
    const { res, bytes } = await fetchPdf(URL_5);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="2635-3-001-5.pdf"');
    expect(res.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-8)).toString('latin1')).toContain('%%EOF');
  });

  it('prints the official Kazakh text exactly, every item id and the footer on every page', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const { file, dates } = await fetchPdf(URL_5);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);

    const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    expect(text).toContain(flat(card.title.kk));
    expect(text).toContain(flat(card.name.kk));
    // A skill with every Kazakh-specific letter, exactly as in the data.
    const skill = card.labourFunctions[0]?.tasks[0]?.skills[0] as NumberedText;
    for (const letter of 'әғқңөұүі') expect(skill.kk, `the chosen skill has ${letter}`).toContain(letter);
    expect(text).toContain(flat(`1. ${skill.kk}`));
    const looseText = loose(text);
    for (const rule of card.qualification.groups.flatMap((g) => g.rules)) expect(looseText).toContain(loose(rule.kk));
    expect(looseText).toContain(loose(card.workingConditions?.kk ?? ''));

    // Every item's id, numbered items with their printed number.
    const task = card.labourFunctions[0]?.tasks[0];
    const items = [...(task?.skills ?? []), ...(task?.knowledge ?? [])];
    expect(items.length).toBe(31);
    for (const item of items) {
      expect(text, item.id).toContain(item.id);
      expect(looseText, item.id).toContain(loose(item.number ? `${item.number}. ${item.kk}` : item.kk));
    }
    for (const other of card.otherNames) expect(text).toContain(other.id);

    // The footer of each page: order, edition, the day the edition's data were loaded (so the same card
    // always prints the same bytes), page N of M.
    const footer = (page: number) =>
      new RegExp(
        `2023 жылғы 29 маусымдағы № 262 бұйрық · басылым order-262-2023 · деректер күні (${dates.join('|')}) · ${pages} беттің ${page}-беті`,
      );
    for (let page = 1; page <= pages; page++) expect(text).toMatch(footer(page));

    // Fonts: embedded TrueType subsets with a ToUnicode map (that is what makes the text searchable).
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('prints English labels and unofficial translations beside the Kazakh text with ?lang=en', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const { res, file, dates } = await fetchPdf(`${URL_5}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    expect(text).toContain(flat(card.name.kk));
    expect(text).toContain('Labour functions');
    expect(text).toContain(flat(card.name.en ?? 'no English name'));
    // The Kazakh label beside the English one.
    expect(text).toContain('Кәсіптің атауы');
    // The marker once per section (a row, or a labour function's row), never once per line.
    const translations = [
      card.name,
      ...card.labourFunctions.flatMap((f) => [
        f.name,
        ...f.tasks.flatMap((t) => [t.name, ...t.skills, ...t.knowledge]),
      ]),
    ].filter((x) => x.en).length;
    const markers = text.split('unofficial translation').length - 1;
    expect(markers).toBeGreaterThan(0);
    // The title's translation, ten rows, each function's row; never one per translated line.
    expect(markers).toBeLessThanOrEqual(1 + 10 + card.labourFunctions.length);
    expect(translations).toBeGreaterThan(markers);
    expect(text).toMatch(
      new RegExp(
        `Order No\\. 262 of 29\\.06\\.2023 · edition order-262-2023 · data as of (${dates.join('|')}) · page 1 of \\d+`,
      ),
    );
  });

  it('answers 404 for a card that does not exist', async () => {
    for (const url of ['/api/v1/cards/2635-3-001/8/pdf', '/api/v1/cards/9999-9-999/5/pdf']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-type'), url).toContain('application/problem+json');
      expect(((await res.json()) as { code: string }).code, url).toBe('not_found');
    }
    const res = await app.request(`${URL_5}?edition=order-1-1999`);
    expect(res.status).toBe(404);
  });

  it('answers 400 for a malformed code, level or language', async () => {
    const cases: [string, string][] = [
      ['/api/v1/cards/2635-3/5/pdf', 'param.code'],
      ['/api/v1/cards/2635-3-001/9/pdf', 'param.level'],
      ['/api/v1/cards/2635-3-001/x/pdf', 'param.level'],
      [`${URL_5}?lang=de`, 'query.lang'],
    ];
    for (const [url, field] of cases) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      expect(res.headers.get('content-type'), url).toContain('application/problem+json');
      const body = (await res.json()) as { code: string; errors: { path: string }[] };
      expect(body.code, url).toBe('validation_failed');
      expect(
        body.errors.map((e) => e.path),
        url,
      ).toContain(field);
    }
  });
});
