/**
 * The programme's DOCX: a well-formed package (every XML part parses, every part has a content
 * type, every relationship points at a part that is there), A4 with the usual margins, a
 * portrait section and a landscape one for the matrix, «ЖОБА»/«ПРОЕКТ» only while draft, and
 * the card's skills, in their official Kazakh text, in the coverage matrix in both languages.
 * With LibreOffice on the PATH the file is also converted to PDF (skipped without it; not on CI).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardEntries } from '../../src/domain/assessment/coverage.js';
import { renderProgrammeDocx } from '../../src/exports/programmes/programme-docx.js';
import { bundledCard, documentInput, unzip } from '../support/programme-export-fixture.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).error === undefined;

/** The text of each paragraph of document.xml, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...(p[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''),
  );
}

const xmlText = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

describe('programme DOCX', () => {
  it('is a well-formed WordprocessingML package whose relationships and content types resolve', async () => {
    const parts = unzip(await renderProgrammeDocx(await documentInput()));
    expect(parts.has('word/document.xml')).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const [name, bytes] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const valid = XMLValidator.validate(bytes.toString('utf8'));
      expect(valid, `${name} is well formed`).toBe(true);
    }
    const types = parser.parse(parts.get('[Content_Types].xml')?.toString('utf8') ?? '').Types;
    const defaults = new Set([types.Default].flat().map((d: { Extension: string }) => d.Extension));
    const overrides = new Set([types.Override].flat().map((o: { PartName: string }) => o.PartName));
    for (const name of parts.keys()) {
      if (name === '[Content_Types].xml') continue;
      const ext = name.split('.').pop() ?? '';
      expect(overrides.has(`/${name}`) || defaults.has(ext), `${name} has a content type`).toBe(true);
    }
    expect(overrides.has('/word/document.xml')).toBe(true);
    for (const [name, bytes] of parts) {
      if (!name.endsWith('.rels')) continue;
      const base = path.posix.dirname(path.posix.dirname(name));
      const rels = [parser.parse(bytes.toString('utf8')).Relationships?.Relationship ?? []].flat();
      for (const rel of rels as { Target: string; TargetMode?: string }[]) {
        if (rel.TargetMode === 'External') continue;
        const target = rel.Target.startsWith('/') ? rel.Target.slice(1) : path.posix.join(base, rel.Target);
        expect(parts.has(target), `${name} → ${rel.Target}`).toBe(true);
      }
    }
  });

  it('is A4 in Times New Roman with the usual margins, page numbers, and a landscape section for the matrix', async () => {
    const parts = unzip(await renderProgrammeDocx(await documentInput()));
    const xml = parts.get('word/document.xml')?.toString('utf8') ?? '';
    const sizes = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => m.slice(1));
    expect(sizes).toEqual([
      ['11906', '16838', 'portrait'],
      ['16838', '11906', 'landscape'],
    ]);
    // left 3 cm, right 1.5 cm, top and bottom 2 cm, in twentieths of a point
    expect(xml).toContain('<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"');
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('w:ascii="Times New Roman"');
    const footers = [...parts.entries()].filter(([n]) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.some(([, b]) => b.toString('utf8').includes('PAGE'))).toBe(true);
  });

  for (const lang of ['kk', 'ru'] as const)
    it(`puts every skill of the card in the coverage matrix with its official Kazakh text (${lang})`, async () => {
      const { card } = await bundledCard();
      const input = await documentInput({ lang });
      const text = paragraphs(
        unzip(await renderProgrammeDocx(input))
          .get('word/document.xml')
          ?.toString('utf8') ?? '',
      ).map(xmlText);
      const matrixAt = text.findIndex((p) =>
        p.startsWith(lang === 'kk' ? '3. Кәсіп карточкасын' : '3. Матрица охвата'),
      );
      expect(matrixAt).toBeGreaterThan(0);
      const matrix = text.slice(matrixAt).join('\n');
      const skills = cardEntries(card).filter((e) => e.kind === 'skill');
      expect(skills.length).toBeGreaterThan(10);
      for (const s of skills) expect(matrix).toContain(`${s.id} (${lang === 'kk' ? 'дағды' : 'навык'}) ${s.kk}`);
      // the module codes head the matrix, the practice module among them, and its marks are there
      expect(matrix).toContain(lang === 'kk' ? 'КП 01' : 'ПП 01');
      expect(matrix).toContain('✓');
      // the title page names the card and the programme's year; the exception's reason is printed
      const all = text.join('\n');
      expect(all).toContain('3412-0-008');
      expect(all).toContain(card.name.kk);
      if (lang === 'ru') expect(all).toContain('неофициальный перевод');
      expect(all).toContain('Жұмыс беруші ұйымда оқытылады');
      expect(all).toContain('2026');
    });

  it('stamps the title page «ЖОБА» / «ПРОЕКТ» while the programme is a draft, and not once it is final', async () => {
    const textOf = async (lang: 'kk' | 'ru', status: 'draft' | 'final') =>
      paragraphs(
        unzip(await renderProgrammeDocx(await documentInput({ lang, status })))
          .get('word/document.xml')
          ?.toString('utf8') ?? '',
      );
    expect((await textOf('kk', 'draft')).slice(0, 3)).toContain('ЖОБА');
    expect((await textOf('ru', 'draft')).slice(0, 3)).toContain('ПРОЕКТ');
    expect(await textOf('kk', 'final')).not.toContain('ЖОБА');
  });

  it('stays well formed whatever the designer typed (control characters, markup, quotes)', async () => {
    const base = await documentInput();
    // XML 1.0 allows tab, newline and carriage return among the control characters, and no other.
    const invalid = {
      test: (xml: string) =>
        [...xml].some((ch) => {
          const code = ch.codePointAt(0) ?? 0;
          return (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || code === 0xfffe || code === 0xffff;
        }),
    };
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60, unit: 'binary' }), async (typed) => {
        const content = structuredClone(base.programme.content);
        content.title = typed;
        const first = content.modules[0]?.outcomes[0];
        if (first) first.text = typed;
        const parts = unzip(
          await renderProgrammeDocx({ ...base, org: { name: typed }, programme: { ...base.programme, content } }),
        );
        for (const [name, bytes] of parts) {
          if (!/\.(xml|rels)$/.test(name)) continue;
          const xml = bytes.toString('utf8');
          expect(XMLValidator.validate(xml), name).toBe(true);
          expect(invalid.test(xml), name).toBe(false);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it.skipIf(!hasSoffice)('converts to PDF with LibreOffice without warnings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-docx-'));
    try {
      const file = path.join(dir, 'programme.docx');
      writeFileSync(file, await renderProgrammeDocx(await documentInput()));
      const run = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status).toBe(0);
      // LibreOffice without Java says so on every start ("failed to launch javaldx"): that is the
      // machine, not the document, and is the one line not counted.
      const warnings = run.stderr.split('\n').filter((line) => /warn|error/i.test(line) && !line.includes('javaldx'));
      expect(warnings).toEqual([]);
      expect(readdirSync(dir)).toContain('programme.pdf');
      const pdftotext = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'programme.pdf'), '-'], {
        encoding: 'utf8',
      });
      if (pdftotext.error === undefined) {
        const text = pdftotext.stdout.replace(/\s+/g, ' ');
        expect(text).toContain('Кәсіп карточкасын қамту матрицасы');
        expect(text).toContain('3412-0-008.4.f1.t1.s1');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
