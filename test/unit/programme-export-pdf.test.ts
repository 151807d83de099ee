/**
 * The programme's PDF: portrait pages for the title, the modules and the outcomes, landscape
 * ones for the matrix; every skill of the card in the matrix in its official Kazakh text; Russian
 * labels when asked, with the Kazakh item texts unchanged; the fonts embedded. Text and page
 * sizes are read with poppler (`pdftotext`, `pdfinfo`, `pdffonts`); without it the file is only
 * checked to be a PDF, and the rest is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardEntries } from '../../src/domain/assessment/coverage.js';
import { renderProgrammePdf } from '../../src/exports/programmes/programme-pdf.js';
import { bundledCard, documentInput } from '../support/programme-export-fixture.js';

const has = (tool: string) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
const hasPoppler = has('pdftotext') && has('pdfinfo') && has('pdffonts');

const run = (tool: string, args: string[]) => {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
};

describe('programme PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kasip-programme-pdf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function render(lang: 'kk' | 'ru') {
    const bytes = await renderProgrammePdf(await documentInput({ lang, status: 'draft' }));
    const file = path.join(dir, `${lang}.pdf`);
    writeFileSync(file, bytes);
    return { bytes, file };
  }

  it('is a PDF', async () => {
    const { bytes } = await render('kk');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasPoppler)('has portrait pages, then landscape ones for the matrix, with embedded fonts', async () => {
    const { file } = await render('kk');
    const info = run('pdfinfo', ['-f', '1', '-l', '999', file]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]));
    expect(sizes[0]).toBe(false);
    expect(sizes.at(-1)).toBe(true);
    expect(sizes.indexOf(true)).toBeGreaterThan(1);
    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/\byes\b/);
  });

  for (const lang of ['kk', 'ru'] as const)
    it.skipIf(!hasPoppler)(`prints every skill of the card in the matrix, labels in ${lang}`, async () => {
      const { card } = await bundledCard();
      const { file } = await render(lang);
      const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
      expect(text).toContain(lang === 'kk' ? 'ЖОБА' : 'ПРОЕКТ');
      expect(text).toContain(lang === 'kk' ? 'Кәсіп карточкасын қамту матрицасы' : 'Матрица охвата карточки профессии');
      for (const s of cardEntries(card).filter((e) => e.kind === 'skill')) expect(text).toContain(s.id);
      // The first skill's official text, whole (the matrix wraps lines, which the flattening joins).
      const first = cardEntries(card)[0]?.kk ?? '';
      expect(text).toContain(first.split(' ').slice(0, 4).join(' '));
    });
});
