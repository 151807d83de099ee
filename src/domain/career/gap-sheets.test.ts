import { beforeAll, describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import type { Card } from '../standard/schemas.js';
import { gapReport } from './gap.js';
import { gapDocumentText, gapSheets } from './gap-sheets.js';

let card: Card;
beforeAll(async () => {
  const found = (await miniEdition()).cards.find((c) => c.level.value === 5);
  if (!found) throw new Error('no mini card 1111-1-001/5');
  card = found;
});

describe('the gap report as sheets', () => {
  it('has a sheet per section, the coverage table and the items in Kazakh as printed', () => {
    const report = gapReport(
      card,
      { ratings: { '1111-1-001.5.f1.t1.s1': 'full', '1111-1-001.5.f1.t1.k1': 'partial', 'x.y': 'full' } },
      { education: { level: 'higher', field: 'social' }, experience: [] },
    );
    const sheets = gapSheets({ edition: 'mini-2024', ...report }, 'kk');
    expect(sheets.map((s) => s.name)).toEqual([
      'Қорытынды',
      'Жетіспейтін',
      'Ішінара',
      'Меңгерілген',
      'Талаптар',
      'Ескертулер',
    ]);
    const [summary, missing, , covered, requirements, warnings] = sheets;
    expect(summary?.preamble[0]).toEqual(['Карточка: 1111-1-001/5 — Сынақ маманы']);
    expect(summary?.rows).toEqual([
      ['', 'Жалпы', 3, 1, 1, 0, 1, 50],
      ['1', 'Сынақ жүргізу', 3, 1, 1, 0, 1, 50],
    ]);
    expect(missing?.rows).toEqual([['1111-1-001.5.f1.t1.k2', 'Білім', 'Есеп беру тәртібі.', '1', 'Бағаланбаған']]);
    expect(covered?.rows[0]?.[2]).toBe('Нәтижені тексеру.');
    expect(requirements?.rows[0]?.[1]).toMatch(/санат/i);
    // Category and group as Kazakh words, never their codes (`none`, `mid-level-specialist`).
    const values = requirements?.rows.map((row) => String(row[1])) ?? [];
    expect(values.filter((v) => /^(higher|first|second|none|[a-z]+-level-specialist|general)$/.test(v))).toEqual([]);
    expect(requirements?.rows.find((row) => row[0] === 'Санат')?.[1]).toMatch(/санат/i);
    expect(warnings?.rows).toEqual([['x.y', expect.stringContaining('x.y')]]);
  });

  it('puts the translation beside the official text in ru and en where there is one', () => {
    const translated = structuredClone(card);
    const skill = translated.labourFunctions[0]?.tasks[0]?.skills[0];
    if (skill) skill.en = 'Checking the result.';
    const sheets = gapSheets({ edition: 'mini-2024', ...gapReport(translated, { ratings: {} }) }, 'en');
    expect(sheets.map((s) => s.name)).toEqual(['Summary', 'Missing', 'Partial', 'Covered', 'Requirements']);
    expect(sheets[1]?.header).toEqual([
      'Id',
      'Kind',
      'Text (official, Kazakh)',
      'Translation (unofficial)',
      'Function no.',
      'Rating',
    ]);
    expect(sheets[1]?.rows[0]).toEqual([
      '1111-1-001.5.f1.t1.s1',
      'Skill',
      'Нәтижені тексеру.',
      'Checking the result.',
      '1',
      'Unrated',
    ]);
    expect(sheets[1]?.rows[1]?.[3]).toBe('');
    // No translation in the sheet: no empty column for it.
    const plain = gapSheets({ edition: 'mini-2024', ...gapReport(card, { ratings: {} }) }, 'en');
    expect(plain[1]?.header).not.toContain('Translation (unofficial)');
    expect(sheets[4]?.rows).toEqual([['Note', expect.stringMatching(/^No education and experience/)]]);
  });

  it('titles a printed report with the card and numbers its pages in the language', () => {
    const report = { edition: 'mini-2024', ...gapReport(card, { ratings: {} }) };
    const kk = gapDocumentText(report, 'kk', new Date('2025-01-02T10:00:00Z'));
    expect(kk.title).toBe('Өзін-өзі бағалау есебі: 1111-1-001/5 — Сынақ маманы');
    expect(kk.subtitle).toBe('Жасалған күні: 02.01.2025');
    expect(kk.pageLabel(1, 3)).toBe('1-бет, барлығы 3');
    expect(gapDocumentText(report, 'ru', new Date()).pageLabel(2, 3)).toBe('стр. 2 из 3');
  });
});
