import { describe, expect, it } from 'vitest';
import { checkText, fidelityReport, lettersAndDigits, uncoveredLines } from './fidelity.js';

const LINES = [
  'Дағдылар:', // 1
  '1. Әлеуметті', // 2
  'к қызметтерді ж ә н е', // 3
  'көрсету.', // 4
  '2. Қазақстан Республикасының ;Конституциясы', // 5
  'Басқа баған мәтіні', // 6
  'жалғасы.', // 7
  '', // 8
];

const at = (text: string, lines: [number, number], extra: object = {}) => ({
  path: 'x',
  text,
  source: { lines, ...extra },
});

describe('checkText', () => {
  it('accepts a text whose split words and spaced letters are repaired', () => {
    expect(checkText(LINES, at('Әлеуметтік қызметтерді және көрсету.', [2, 4]))).toEqual([]);
  });

  it('rejects a changed, added or dropped word', () => {
    expect(checkText(LINES, at('Әлеуметтік қызметтерді немесе көрсету.', [2, 4]))).toHaveLength(1);
    expect(checkText(LINES, at('Әлеуметтік арнаулы қызметтерді және көрсету.', [2, 4]))).toHaveLength(1);
    expect(checkText(LINES, at('Әлеуметтік және көрсету.', [2, 4]))).toHaveLength(1);
  });

  it('rejects punctuation the source does not have', () => {
    const findings = checkText(LINES, at('Әлеуметтік қызметтерді, және көрсету.', [2, 4]));
    expect(findings.map((f) => f.problem)).toEqual([expect.stringContaining('","')]);
  });

  it('lets a declared displaced word move, and only a word that is there', () => {
    const moved = 'Қазақстан Республикасының Конституциясы;';
    expect(checkText(LINES, at(moved, [5, 5]))).toEqual([]); // punctuation-only move needs no declaration
    const reordered = 'Конституциясы Қазақстан Республикасының;';
    expect(checkText(LINES, at(reordered, [5, 5]))).toHaveLength(1);
    expect(checkText(LINES, at(reordered, [5, 5], { displaced: ['Конституциясы'] }))).toEqual([]);
    expect(checkText(LINES, at(moved, [5, 5], { displaced: ['Кодексі'] }))[0]?.problem).toMatch(
      /not in the source lines/,
    );
  });

  it('joins the parts of a text cut by another column', () => {
    const text = 'Әлеуметтік қызметтерді және көрсету жалғасы.';
    expect(checkText(LINES, at(text, [2, 7]))).toHaveLength(1); // the other column's words are in between
    expect(
      checkText(
        LINES,
        at(text, [2, 7], {
          parts: [
            [2, 4],
            [7, 7],
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      checkText(
        LINES,
        at('Әлеуметтік қызметтерді және жалғасы.', [2, 7], {
          parts: [
            [2, 3],
            [7, 7],
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('rejects parts outside the range and lines past the end', () => {
    expect(
      checkText(
        LINES,
        at('жалғасы.', [2, 4], {
          parts: [
            [2, 2],
            [7, 7],
          ],
        }),
      )[0]?.problem,
    ).toMatch(/outside/);
    expect(checkText(LINES, at('жалғасы.', [7, 99]))[0]?.problem).toMatch(/past the end/);
  });

  it('keeps letters and digits only, across scripts', () => {
    expect(lettersAndDigits('2635-3-001 Ә л е, (x)')).toBe('26353001Әлеx');
  });
});

describe('coverage', () => {
  it('lists non-blank lines that nothing cites', () => {
    expect(uncoveredLines(LINES, [1, 8], [[1, 4]])).toEqual([5, 6, 7]);
    expect(uncoveredLines(LINES, [1, 8], [[1, 7]])).toEqual([]);
  });

  it('reports uncovered card lines and bad texts for a whole edition', () => {
    const card = {
      id: 'c',
      source: { lines: [1, 7] as [number, number] },
      labels: [[1, 1]] as [number, number][],
      name: { kk: 'Әлеуметтік қызметтерді', source: { lines: [2, 3] } },
      skill: { kk: 'Басқа баған мәтіні жалғасы.', source: { lines: [6, 7] } },
    };
    const report = fidelityReport({
      sourceText: LINES.join('\n'),
      meta: {},
      terms: [],
      professions: [],
      cards: [card],
    });
    expect(report.textsChecked).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.uncovered).toEqual([{ cardId: 'c', lines: [4, 5] }]);
  });
});
