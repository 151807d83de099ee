/**
 * The methodologists' template round trip: edition → workbook → import gives the same edition,
 * except the sources the workbook does not carry (every text then cites the placeholder).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyEdition } from '../../src/domain/editions/test-editions.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { PLACEHOLDER_SOURCE } from '../../src/domain/workbench/imported-standard.js';
import { editionToWorkbook } from '../../src/exports/standard-xlsx/edition-workbook.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { readXlsxTemplate } from '../../src/importer/standard/xlsx-template.js';
import { BUNDLED_EDITION } from '../support/paths.js';

/**
 * The edition as the workbook carries it: sources are placeholders, no label lines, no source
 * file, and the translations without their review state (docs/interchange.md).
 */
function withoutSources({ translationReviews: _reviews, ...edition }: Edition): Edition {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === 'source') out[k] = { lines: PLACEHOLDER_SOURCE.lines };
        else if (k === 'labels') out[k] = [];
        else out[k] = strip(v);
      }
      return out;
    }
    return value;
  };
  const e = strip(edition) as Edition;
  const { sourceKind: _kind, ...meta } = e.meta;
  return { ...e, meta: { ...meta, sourceFile: 'source.kk.txt' }, sourceText: '' };
}

async function roundTrip(edition: Edition) {
  const bytes = await editionToWorkbook(edition);
  return readXlsxTemplate(bytes);
}

describe('XLSX template round trip', () => {
  it('Order 262 whole comes back identical but for its sources', async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const { edition: back, issues } = await roundTrip(edition);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back).toEqual(withoutSources(edition));
  }, 60_000);

  it('random small editions come back identical', async () => {
    const text = fc.stringMatching(/^[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі][А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі ,.()-]{0,30}[а-я.)]$/);
    const task = fc.record({
      name: text,
      skills: fc.array(text, { maxLength: 3 }),
      knowledge: fc.array(text, { maxLength: 3 }),
    });
    const card = fc.record({
      code: fc.constantFrom('2635-3-001', '3412-1-002', '1344-0-004'),
      level: fc.integer({ min: 1, max: 8 }),
      name: text,
      functions: fc.array(fc.record({ name: text, tasks: fc.array(task, { minLength: 1, maxLength: 2 }) }), {
        maxLength: 2,
      }),
      otherNames: fc.array(fc.record({ kk: text }), { maxLength: 2 }),
      rules: fc.option(
        fc.array(
          fc.record({
            kk: text,
            category: fc.constantFrom('higher', 'first', 'second', 'none' as const),
            experience: fc.record({ minYears: fc.integer({ min: 0, max: 10 }) }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        { nil: undefined },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(card, { selector: (c) => `${c.code}/${c.level}`, minLength: 1, maxLength: 3 }),
        async (cards) => {
          const edition = tinyEdition('tiny-2024', cards);
          const { edition: back, issues } = await roundTrip(edition);
          expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(back).toEqual(withoutSources(edition));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('keeps translations, notes, terms, listed professions and career links', async () => {
    const text = fc.stringMatching(
      /^[A-Za-zА-Яа-яӘәҚқҢңӨөҰұҮүІі][A-Za-zА-Яа-яӘәҚқҢңӨөҰұҮүІі ,.;:()«»"'-]{0,40}[a-zа-я.)]$/,
    );
    await fc.assert(
      fc.asyncProperty(text, text, text, fc.option(text, { nil: undefined }), async (ru, en, note, definitionRu) => {
        const edition = tinyEdition('tiny-2024', [
          {
            code: '2635-3-001',
            level: 5,
            functions: [{ name: 'Функция', tasks: [{ name: 'Міндет', skills: ['Дағды'] }] }],
          },
        ]);
        const card = edition.cards[0];
        const skill = card?.labourFunctions[0]?.tasks[0]?.skills[0];
        if (!card || !skill) throw new Error('no card');
        Object.assign(card.name, { ru, en });
        Object.assign(skill, { ru, en, note });
        card.notes = [note];
        card.personalCompetencies = { kk: 'Жауапкершілік', en, source: { lines: [2, 2] } };
        card.links = [
          {
            id: `${card.id}.l1`,
            level: 6,
            kk: 'Аға маман',
            ru,
            source: { lines: [3, 3] },
            card: { code: '2635-3-002', level: 6 },
          },
        ];
        edition.terms = [
          {
            id: 'term-1',
            number: '1',
            term: { kk: 'термин', en },
            definition: { kk: 'анықтама', ...(definitionRu ? { ru: definitionRu } : {}) },
            source: { lines: [4, 4] },
          },
        ];
        edition.professions = [
          {
            id: 'prof-1',
            name: { kk: 'маман', ru },
            levels: [5, 6],
            kk: 'маман – 5, 6',
            source: { lines: [5, 5] },
            cards: [{ code: '2635-3-001', level: 5 }],
          },
        ];
        const { edition: back, issues } = await roundTrip(edition);
        expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(back).toEqual(withoutSources(edition));
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
