import { describe, expect, it } from 'vitest';
import { fidelityReport } from '../standard/fidelity.js';
import { cardSchema } from '../standard/schemas.js';
import { tinyEdition } from '../editions/test-editions.js';
import { COMPILED_NOTICE, compileSourceText } from './compile-source.js';

describe('compileSourceText', () => {
  const edition = tinyEdition('tiny-1', [
    {
      code: '2635-3-001',
      level: 5,
      name: 'Әлеуметтік қызметкер',
      functions: [
        {
          name: 'Кеңес беру',
          tasks: [{ name: 'Жағдайды бағалау', skills: ['Сұхбат жүргізу'], knowledge: ['Құқық негіздері'] }],
        },
      ],
    },
  ]);

  it('cites a compiled text that every text of the edition is faithful to', () => {
    const compiled = compileSourceText(edition);
    const report = fidelityReport(compiled);
    expect(report.textsChecked).toBeGreaterThan(10);
    expect(report.problems).toEqual([]);
    expect(report.uncovered).toEqual([]);
    expect(compiled.meta.sourceKind).toBe('compiled');
    expect(compiled.sourceText.split('\n').slice(0, 3)).toEqual([...COMPILED_NOTICE]);
  });

  it('keeps every text and id, and the result still parses', () => {
    const compiled = compileSourceText(edition);
    const strip = (node: unknown): unknown =>
      JSON.parse(JSON.stringify(node, (key, value) => (key === 'source' || key === 'labels' ? undefined : value)));
    expect(strip(compiled.cards)).toEqual(strip(edition.cards));
    for (const card of compiled.cards) expect(() => cardSchema.parse(card)).not.toThrow();
  });

  it('is what the fidelity check catches when a text is changed after compiling', () => {
    const compiled = compileSourceText(edition);
    const card = structuredClone(compiled.cards[0]);
    if (!card) throw new Error('no card');
    card.name.kk = `${card.name.kk} өзгертілген`;
    const report = fidelityReport({ ...compiled, cards: [card, ...compiled.cards.slice(1)] });
    expect(report.problems.length).toBeGreaterThan(0);
  });
});
