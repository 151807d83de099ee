import { describe, expect, it } from 'vitest';
import { tinyEdition } from '../../src/domain/editions/test-editions.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { fidelityReport } from '../../src/domain/standard/fidelity.js';
import { locateSources } from '../../src/domain/workbench/locate-source.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, MINI_EDITION } from '../support/paths.js';

/**
 * Every source set to [1, 1] with its parts dropped, as a text read from a file without its
 * official document has; `displaced` words stay (they are a fact about the text, not a place).
 */
function stripSources(edition: Edition, { keepDisplaced = true } = {}): Edition {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (k !== 'source') return [k, strip(v)];
        const displaced = (v as { displaced?: string[] }).displaced;
        return [k, { lines: [1, 1], ...(displaced && keepDisplaced ? { displaced } : {}) }];
      }),
    );
  };
  return strip(edition) as Edition;
}

/** The tiny edition's title, issuer and legal basis. */
const META_LINES = ['Сынақ стандарты', 'Министр', 'Кодекс'];

describe('locating texts in their official document', () => {
  it('locates Order 262 with every source stripped: the fidelity check passes for all of it', async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const stripped = stripSources(edition);
    expect(fidelityReport(stripped).problems.length).toBeGreaterThan(100);
    const result = locateSources(stripped, edition.sourceText);
    const total = result.located + result.unlocated.length;
    console.info(
      `Order 262: ${result.located} of ${total} texts located; unlocated: ${JSON.stringify(result.unlocated)}`,
    );
    expect(result.located / total).toBeGreaterThanOrEqual(0.99);
    // 627 of 628: one skill cut by the PDF into three pieces across a table stays unlocated.
    expect(result.located).toBeGreaterThanOrEqual(627);
    const unlocatedPaths = new Set(result.unlocated.map((u) => u.path));
    const problems = fidelityReport(result.edition).problems;
    expect(problems.filter((p) => !unlocatedPaths.has(p.path))).toEqual([]);
    expect(new Set(problems.map((p) => p.path))).toEqual(unlocatedPaths);
  });

  it('locates most of Order 262 even without its displaced words', async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const result = locateSources(stripSources(edition, { keepDisplaced: false }), edition.sourceText);
    const total = result.located + result.unlocated.length;
    console.info(`Order 262 without displaced words: ${result.located} of ${total} located`);
    expect(result.located / total).toBeGreaterThanOrEqual(0.9);
    const unlocatedPaths = new Set(result.unlocated.map((u) => u.path));
    expect(fidelityReport(result.edition).problems.filter((p) => !unlocatedPaths.has(p.path))).toEqual([]);
  });

  it('finds the mini edition where it is, and reports a text that is not in the document', async () => {
    const edition = await readEdition(MINI_EDITION);
    const stripped = stripSources(edition);
    const skill = stripped.cards[0]?.labourFunctions[0]?.tasks[0]?.skills[0];
    if (!skill) throw new Error('fixture changed');
    skill.kk = 'Бұл мәтін ресми құжатта жоқ.';
    const result = locateSources(stripped, edition.sourceText);
    expect(result.unlocated).toEqual([
      { path: expect.stringContaining('skills[0].kk'), itemId: skill.id, text: 'Бұл мәтін ресми құжатта жоқ.' },
    ]);
    const others = fidelityReport(result.edition).problems.filter((p) => !p.path.includes('skills[0].kk'));
    expect(others).toEqual([]);
    expect(result.located).toBeGreaterThan(10);
  });

  it('searches onward from the previous text first, so a repeated text is found at its own place', () => {
    const edition = tinyEdition('t', [
      {
        code: '1111-1-001',
        level: 4,
        name: 'Кеңесші',
        functions: [{ name: 'Жоспарлау', tasks: [{ name: 'Есеп', skills: ['Жазу.'] }] }],
      },
    ]);
    // Lines: a list of professions (which repeats the name), then the card itself.
    const text = [
      ...META_LINES,
      'Кеңесші',
      'Мамандық картасы Кеңесші',
      '1111-1-001',
      'Кеңесші',
      '4',
      'Жоғары білім',
      'Жоспарлау',
      'Есеп',
      'Жазу.',
    ].join('\n');
    const result = locateSources(stripSources(edition), text);
    expect(result.unlocated).toEqual([]);
    const card = result.edition.cards[0];
    expect(card?.title.source.lines).toEqual([5, 5]);
    expect(card?.name.source.lines).toEqual([7, 7]);
    expect(card?.labourFunctions[0]?.tasks[0]?.skills[0]?.source.lines).toEqual([12, 12]);
    expect(card?.source.lines).toEqual([5, 12]);
    expect(fidelityReport(result.edition).problems).toEqual([]);
  });

  it('finds a text the PDF cut in two as parts', () => {
    const edition = tinyEdition('t', [
      { code: '1111-1-001', level: 4, functions: [{ name: 'Жоспарлау және бақылау жұмыстары', tasks: [] }] },
    ]);
    const text = [
      ...META_LINES,
      'Мамандық картасы Әлеуметтік қызметкер',
      '1111-1-001',
      'Әлеуметтік қызметкер',
      '4',
      'Жоғары білім',
      'Жоспарлау және',
      'Басқа баған мәтіні',
      'бақылау жұмыстары',
    ].join('\n');
    const result = locateSources(stripSources(edition), text);
    expect(result.unlocated).toEqual([]);
    expect(result.edition.cards[0]?.labourFunctions[0]?.name.source).toEqual({
      lines: [9, 11],
      parts: [
        [9, 9],
        [11, 11],
      ],
    });
    expect(fidelityReport(result.edition).problems).toEqual([]);
  });
});
