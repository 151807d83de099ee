/**
 * The category check's answer as a one-page PDF (POST /api/v1/qualification/category.pdf): the
 * same body as the check, one A4 page whatever the answer, the matched rule quoted in official
 * Kazakh with its source (order, card, lines), labels in the asked language, nothing cached.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCategoryPdf } from '../../src/exports/pdf/category-result-pdf.js';
import { useBundledApp } from '../support/bundled-app.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
const dir = mkdtempSync(path.join(tmpdir(), 'kasip-category-pdf-'));

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
function pages(body: ArrayBuffer): string[] {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(body));
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}

const pageCount = (body: ArrayBuffer) =>
  (
    Buffer.from(body)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;

describe('the category answer as a PDF', () => {
  const ctx = useBundledApp('pglite');
  const post = (body: unknown, lang = 'kk') =>
    ctx.app.request(`/api/v1/qualification/category.pdf?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const socialWorker = {
    card: { code: '3412-0-008', level: 5 },
    education: { level: 'tvet', field: 'social' },
    experience: [
      { category: 'none', years: 1 },
      { category: 'second', years: 1.5 },
    ],
  };

  it('is one A4 page that quotes the matched rule and the next rule in Kazakh, with their source', async () => {
    const json = (await (
      await ctx.app.request('/api/v1/qualification/category', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(socialWorker),
      })
    ).json()) as {
      explanation: { matched: { text: string; source: { lines: [number, number] } } };
      next: { rule: { text: string } };
    };
    const res = await post(socialWorker, 'en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toMatch(/private|no-store/);
    expect(res.headers.get('content-disposition')).toContain('category-3412-0-008-5.pdf');
    const body = await res.arrayBuffer();
    expect(Buffer.from(body).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(body)).toBe(1);
    if (!hasPdftotext) return;
    const text = pages(body);
    expect(text).toHaveLength(1);
    const flat = (text[0] ?? '').replace(/\s+/g, ' ');
    const words = (s: string) => s.replace(/\s+/g, ' ').slice(0, 60);
    expect(flat).toContain(words(json.explanation.matched.text));
    expect(flat).toContain(words(json.next.rule.text));
    const [from, to] = json.explanation.matched.source.lines;
    expect(flat).toContain(`lines ${from}–${to} of the official text`);
    expect(flat).toContain('Order No. 262');
    expect(flat).toContain('card 3412-0-008 (level 5)');
    expect(flat).toContain('Answer: First category');
    expect(flat).toContain('official Kazakh text');
  });

  it('speaks Kazakh and Russian labels', async () => {
    if (!hasPdftotext) return;
    const kk = pages(await (await post(socialWorker, 'kk')).arrayBuffer()).join(' ');
    expect(kk).toContain('Біліктілік санатын тексеру');
    expect(kk).toContain('Сәйкес келген ереже');
    const ru = pages(await (await post(socialWorker, 'ru')).arrayBuffer()).join(' ');
    expect(ru).toContain('Проверка квалификационной категории');
    expect(ru).toContain('Приказ № 262');
  });

  it('is refused with a 400 naming the field for a bad body, and 404 for an unknown card', async () => {
    const bad = await post({ card: { code: '3412-0-008', level: 5 }, education: { level: 'phd' } });
    expect(bad.status).toBe(400);
    const unknown = await post({ ...socialWorker, card: { code: '9999-9-999', level: 5 } });
    expect(unknown.status).toBe(404);
  });

  it('stays one page for any person on any card of the edition (never 500)', async () => {
    const cards = ['3412-0-008/4', '3412-0-008/5', '2635-3-001/6', '1344-0-004/7', '2634-9-004/6', '3412-0-009/6'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cards),
        fc.constantFrom('basic-secondary', 'tvet', 'higher', 'postgraduate'),
        fc.constantFrom('social', 'medical', 'legal', 'other'),
        fc.array(
          fc.record({
            category: fc.constantFrom('none', 'second', 'first', 'higher'),
            years: fc.integer({ min: 0, max: 30 }),
          }),
          { maxLength: 4 },
        ),
        fc.constantFrom('kk', 'ru', 'en'),
        async (card, level, field, experience, lang) => {
          const [code, l] = card.split('/');
          const res = await post({ card: { code, level: Number(l) }, education: { level, field }, experience }, lang);
          expect(res.status).toBe(200);
          expect(pageCount(await res.arrayBuffer())).toBe(1);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('stays one page when the rules are far longer than a page (the type shrinks, then the text is cut)', async () => {
    const long = 'өте ұзын ереже мәтіні '.repeat(400);
    const rule = {
      id: 'x.q1',
      group: 'general',
      category: 'first' as const,
      text: long,
      source: { lines: [1, 9] as [number, number] },
    };
    const pdf = await renderCategoryPdf({
      result: {
        eligible: true,
        category: 'first',
        group: 'general',
        explanation: { matched: rule, checked: [], notes: [] },
        next: { category: 'higher', rule: { ...rule, id: 'x.q2' }, missing: [] },
        summary: { kk: long, ru: long, en: long },
      },
      card: { code: '1111-1-001', level: 5, name: { kk: 'Сынақ' } },
      edition: { id: 'tiny', order: { number: '1', date: '2023-01-01' } },
      lang: 'en',
      generatedAt: new Date('2024-01-01T00:00:00Z'),
    });
    expect(pageCount(new Uint8Array(pdf).buffer)).toBe(1);
    if (hasPdftotext)
      expect(pages(new Uint8Array(pdf).buffer)[0]).toContain('Order No. 1 of 01.01.2023 · edition tiny');
  });
});
