/**
 * CASE 1.1 round trips: Order 262 → CFPackage → edition is the same edition, and for random small
 * editions export → import → export gives the identical package. Everything Kasip holds goes
 * through: CASE's own fields for what CASE can say, `extensions.kasip` for the rest.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { tinyEdition } from '../../src/domain/editions/test-editions.js';
import { toCasePackage } from '../../src/exports/case/case-package.js';
import { readCasePackage } from '../../src/importer/standard/case-package.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const opts = { baseUrl: 'https://kasip.example/ims/case/v1p1', lastChange: '2026-12-07T08:00:00.000Z' };

let order262: Edition;
beforeAll(async () => {
  order262 = await readEdition(BUNDLED_EDITION);
});

describe('CASE round trip', () => {
  it('reads Order 262 back into the same edition', () => {
    const pkg = JSON.parse(JSON.stringify(toCasePackage(order262, opts)));
    const read = readCasePackage(pkg);
    expect(read.issues).toEqual([]);
    // CASE carries the translations (languages of each statement) but no review state: read back,
    // every translation is a machine draft again (docs/interchange.md).
    const { translationReviews, ...withoutReviews } = order262;
    expect(translationReviews?.ru).toBeDefined();
    expect(read.edition).toEqual(withoutReviews);
  });

  it('reads the package from its text too', () => {
    const read = readCasePackage(JSON.stringify(toCasePackage(order262, opts)));
    expect(read.edition?.cards.length).toBe(order262.cards.length);
  });

  it('takes an edited statement from the CASE field, not the extension', () => {
    const pkg = toCasePackage(order262, opts);
    const skill = pkg.CFItems.find((i) => i.extensions.kasip.kind === 'skill');
    if (!skill) throw new Error('no skill');
    skill.fullStatement = 'Жаңа тұжырым';
    const read = readCasePackage(JSON.parse(JSON.stringify(pkg)));
    const skills = read.edition?.cards.flatMap((c) =>
      c.labourFunctions.flatMap((f) => f.tasks.flatMap((t) => t.skills)),
    );
    expect(skills?.find((s) => s.id === skill.humanCodingScheme)?.kk).toBe('Жаңа тұжырым');
  });

  it('export → import → export is the identical package for random small editions', () => {
    const word = fc.stringMatching(/^[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі ]{1,12}$/).filter((s) => s.trim().length > 0);
    const task = fc.record({
      name: word,
      skills: fc.array(word, { maxLength: 3 }),
      knowledge: fc.array(word, { maxLength: 3 }),
    });
    const fn = fc.record({ name: word, tasks: fc.array(task, { minLength: 1, maxLength: 3 }) });
    const card = fc.record({
      level: fc.integer({ min: 1, max: 8 }),
      functions: fc.array(fn, { minLength: 1, maxLength: 3 }),
      otherNames: fc.array(fc.record({ kk: word }), { maxLength: 2 }),
      rules: fc.option(fc.array(fc.record({ kk: word }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    });
    const extras = fc.record({
      ru: fc.option(word, { nil: undefined }),
      note: fc.option(word, { nil: undefined }),
      terms: fc.array(fc.record({ term: word, definition: word }), { maxLength: 2 }),
      listed: fc.boolean(),
      linked: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 3 }), extras, (cards, x) => {
        const edition = tinyEdition(
          'tiny-1',
          cards.map((c, i) => ({ code: `2635-3-00${i + 1}`, ...c })),
        );
        const first = edition.cards[0];
        const skill = first?.labourFunctions[0]?.tasks[0]?.skills[0];
        if (skill && x.ru) skill.ru = x.ru;
        const task = first?.labourFunctions[0]?.tasks[0];
        if (task && x.note) task.note = x.note;
        edition.terms = x.terms.map((t, i) => ({
          id: `term-${i + 1}`,
          number: String(i + 1),
          term: { kk: t.term },
          definition: { kk: t.definition, ru: t.definition },
          source: { lines: [1, 1] },
        }));
        if (x.listed && first) {
          edition.professions = [
            {
              id: 'prof-1',
              number: '1',
              name: { kk: first.name.kk },
              levels: [first.level.value],
              kk: `${first.name.kk} ${first.level.value}`,
              source: { lines: [1, 1] },
              cards: [{ code: first.code.value, level: first.level.value }],
            },
          ];
        }
        const last = edition.cards.at(-1);
        if (x.linked && first && last) {
          first.links = [
            {
              id: `${first.id}.l1`,
              level: last.level.value,
              kk: last.name.kk,
              source: { lines: [1, 1] },
              card: { code: last.code.value, level: last.level.value },
            },
          ];
        }
        const exported = toCasePackage(edition, opts);
        const read = readCasePackage(JSON.parse(JSON.stringify(exported)));
        expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
        if (!read.edition) throw new Error('not read');
        expect(toCasePackage(read.edition, opts)).toEqual(exported);
        expect(read.edition).toEqual(edition);
      }),
      { numRuns: 60 },
    );
  });
});
