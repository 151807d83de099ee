/**
 * Issue 16, slice F2, in Chromium: a category answer prints (the form does not) and downloads as
 * a one-page PDF quoting the rule; the card's printout has no half-blank page; a career dead end
 * says why and what to do; the career graph fits a phone and shows whole names. One app, one
 * browser; each check failed before its fix.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
warnWithoutChromium('the print and career tests');

/** The text of a PDF, page by page (-layout keeps one printed line a line). */
async function pdfPages(dir: string, bytes: Buffer): Promise<string[]> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  const pages = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
  return pages.slice(0, -1); // pdftotext ends every page with a form feed
}

const lineCount = (page: string) => page.split('\n').filter((l) => l.trim()).length;

describe.skipIf(!hasChromium || !existsSync(PDFTOTEXT))('print, PDF and career rough edges in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    served = await startApp();
    browser = await launchBrowser();
    dir = await mkdtemp(path.join(tmpdir(), 'kasip-f2-'));
  });
  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });

  async function open(url: string, width = 1280, lang = 'kk'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
    await context.addInitScript((l) => localStorage.setItem('kasip.lang', l), lang);
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}${url}`);
    return page;
  }

  /** Sends the category form inside `scope`: TVET, social, 1 year without category and 1.5 in the second. */
  async function checkCategory(page: Page, scope: string) {
    const form = page.locator(`${scope} form.tool-form`).first();
    await form
      .locator('select')
      .nth(scope === '#category-check' ? 0 : 1)
      .selectOption('tvet');
    await form
      .locator('select')
      .nth(scope === '#category-check' ? 1 : 2)
      .selectOption('social');
    await form.locator('.experience-row input').first().fill('1.5');
    await form.locator('.experience-row select').first().selectOption('second');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('category-answer').waitFor();
  }

  it('prints the category answer with its rule and source, not the form, and downloads it as one PDF page', async () => {
    const page = await open('/cards/3412-0-008/5');
    await page.locator('#category-check form').waitFor();
    // Before an answer, the check has nothing to print.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#category-check').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await checkCategory(page, '#category-check');
    const answer = page.getByTestId('category-answer');
    const rule = (await answer.locator('.rule-quote blockquote').first().textContent()) ?? '';
    const lines = (await answer.locator('.rule-quote a.source-link').first().textContent()) ?? '';
    expect(rule.length).toBeGreaterThan(40);

    await page.emulateMedia({ media: 'print' });
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.locator('.rule-quote blockquote').first().isVisible()).toBe(true);
    expect(await answer.locator('.rule-quote a.source-link').first().isVisible()).toBe(true);
    expect(await page.locator('#category-check form').isVisible()).toBe(false);
    expect(await page.locator('.check-actions').isVisible()).toBe(false);
    // And on paper: the printed page carries the quoted rule and its lines.
    const printed = (await pdfPages(dir, await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ');
    expect(printed).toContain(rule.replace(/\s+/g, ' ').slice(0, 40));
    expect(printed).toContain(lines.trim());
    await page.emulateMedia({ media: 'screen' });

    // The one-page PDF, in the page's language (Kazakh), quoting the same rule.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('category-pdf').click()]);
    expect(download.suggestedFilename()).toBe('category-3412-0-008-5.pdf');
    const file = path.join(dir, 'answer.pdf');
    await download.saveAs(file);
    const pdf = await pdfPages(dir, await readFile(file));
    expect(pdf).toHaveLength(1);
    const text = (pdf[0] ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Біліктілік санатын тексеру');
    expect(text).toContain(rule.replace(/\s+/g, ' ').slice(0, 40));
    expect(text).toMatch(/№ 262 бұйрық, 3412-0-008 карточкасы \(5-деңгей\)/);
    await page.context().close();

    // The category page prints the answer without the form as well.
    const alone = await open('/category?card=3412-0-008/5', 1280, 'en');
    await checkCategory(alone, '.category-check');
    await alone.emulateMedia({ media: 'print' });
    expect(await alone.getByTestId('category-answer').isVisible()).toBe(true);
    expect(await alone.locator('.category-check form').isVisible()).toBe(false);
    expect(await alone.getByTestId('category-answer').locator('.print-only').textContent()).toContain('3412-0-008');
    await alone.context().close();
  });

  it('prints a card without a mostly blank page', async () => {
    const page = await open('/cards/2635-3-001/6');
    for (const card of ['2635-3-001/6', '3412-0-008/5']) {
      await page.goto(`${served.baseUrl}/cards/${card}`);
      await page.locator('#card-title').waitFor();
      await page.emulateMedia({ media: 'print' });
      const counts = (await pdfPages(dir, await page.pdf({ format: 'A4' }))).map(lineCount);
      await page.emulateMedia({ media: 'screen' });
      const fullest = Math.max(...counts);
      // Every page but the last holds at least 60% of the fullest page's lines (before: 15 of 59).
      for (const [i, n] of counts.slice(0, -1).entries()) {
        expect(
          n,
          `${card}: page ${i + 1} of ${counts.length} has ${n} lines, the fullest ${fullest}`,
        ).toBeGreaterThanOrEqual(fullest * 0.6);
      }
    }
    await page.context().close();
  });

  it('says why there is no career path, where one can go, and what is missing', async () => {
    const page = await open('/career?from=3412-0-008/4&to=2635-3-001/6', 360, 'en');
    const deadEnd = page.getByTestId('career-dead-end');
    await deadEnd.waitFor();
    const text = (await deadEnd.textContent()) ?? '';
    expect(text).toContain('None of the 3 cards reachable from your card leads to the target');
    // The way in: 2635-3-001/5.
    expect(await deadEnd.locator('.dead-end-entries').textContent()).toContain('2635-3-001, level 5');
    expect(await page.getByTestId('dead-end-blockers').textContent()).toContain(
      'Education: at least higher (or postgraduate) education (your card: basic secondary education)',
    );
    expect(await page.getByTestId('dead-end-nearest').locator('li').count()).toBe(3);
    expect(await page.getByTestId('dead-end-nearest').textContent()).toContain('3412-0-009');
    expect(text).toMatch(/Skills of the target your card does not have \(\d+\)/);
    expect(await deadEnd.locator('.delta-list.added li').count()).toBeGreaterThan(5);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('draws the career graph within a phone’s screen, names on tap, and whole names on a wide screen', async () => {
    type NodeBox = { x1: number; x2: number; y1: number; y2: number; label: string; labelH: number; h: number };
    const boxes = (page: Page) =>
      page.getByTestId('career-graph').evaluate((el) => {
        const cy = (el as unknown as { cy: { nodes: () => { map: <T>(f: (n: never) => T) => T[] } } }).cy;
        return cy.nodes().map((n: never) => {
          const node = n as {
            renderedBoundingBox: (o?: object) => { x1: number; x2: number; y1: number; y2: number; h: number };
            data: (k: string) => string;
            renderedHeight: () => number;
          };
          const b = node.renderedBoundingBox({ includeLabels: false });
          const l = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return { ...b, label: node.data('label'), labelH: l.h, h: node.renderedHeight() };
        });
      }) as Promise<NodeBox[]>;

    const phone = await open('/levels', 360);
    const graph = phone.locator('[data-testid="career-graph"][data-state="ready"]');
    await graph.waitFor();
    const frame = await graph.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: el.clientWidth };
    });
    expect(frame.left).toBeGreaterThanOrEqual(0);
    expect(frame.right).toBeLessThanOrEqual(360);
    const small = await boxes(phone);
    expect(small.length).toBeGreaterThan(5);
    for (const b of small) {
      expect(b.x1, b.label).toBeGreaterThanOrEqual(0);
      expect(b.x2, b.label).toBeLessThanOrEqual(frame.width);
    }
    // A tap on a node shows its whole name under the graph. The lists around the graph load on
    // their own: wait for them, so the graph stays where it is measured.
    await phone.getByTestId('career-list').locator(':scope > li').first().waitFor();
    await graph.scrollIntoViewIfNeeded();
    const spot = await graph.evaluate((el) => {
      type Node = { data: (k: string) => string; renderedPosition: () => { x: number; y: number } };
      const cy = (el as HTMLElement & { cy?: { nodes: () => Node[] } }).cy;
      return (
        cy
          ?.nodes()
          .find((n) => n.data('label').startsWith('3412-0-008'))
          ?.renderedPosition() ?? null
      );
    });
    const at = await graph.boundingBox();
    if (!spot || !at) throw new Error('no 3412-0-008 node on screen');
    await phone.mouse.click(at.x + spot.x, at.y + spot.y);
    await expect.poll(() => phone.getByTestId('graph-caption').textContent()).toContain('Әлеуметтік қызметкер');
    expect(phone.url()).toContain('/levels');
    await phone.context().close();

    const wide = await open('/levels', 1280);
    await wide.locator('[data-testid="career-graph"][data-state="ready"]').waitFor();
    for (const b of await boxes(wide)) {
      expect(b.label, 'no label is cut with “…”').not.toContain('…');
      expect(b.labelH, `the label fits its node: ${b.label}`).toBeLessThanOrEqual(b.h);
    }
    await wide.context().close();
  });
});
