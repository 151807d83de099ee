import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../importer/read-edition.js';
import { BUNDLED_EDITION } from '../../../test/support/paths.js';
import { miniEdition } from '../../../test/support/mini-edition.js';
import type { Card } from '../standard/schemas.js';
import { determineCategory } from './category.js';
import { localizeNote, summarize } from './explain.js';
import { type Person, categoryRank, EDUCATION_ORDER } from './person.js';
import { categories, educationFields } from '../standard/schemas.js';

let cards: Card[];
let mini: Card[];
beforeAll(async () => {
  cards = (await readEdition(BUNDLED_EDITION)).cards;
  mini = (await miniEdition()).cards;
});
const card = (code: string, level: number) => {
  const found = [...cards, ...mini].find((c) => c.code.value === code && c.level.value === level);
  if (!found) throw new Error(`no card ${code}/${level}`);
  return found;
};
const person = (
  level: Person['education']['level'],
  field: Person['education']['field'],
  experience: Person['experience'] = [],
  certificate?: 'social-training',
): Person => ({
  education: { level, field, ...(certificate ? { certificate } : {}) },
  experience,
});

describe('determineCategory on the hand-made fixture', () => {
  it('gives the entry category without experience and says how many years are missing for the next', () => {
    const result = determineCategory(card('1111-1-001', 5), person('higher', 'social'));
    expect(result).toMatchObject({ eligible: true, category: 'none', group: 'general' });
    expect(result.explanation.matched?.id).toBe('1111-1-001.5.q2');
    expect(result.next).toMatchObject({
      category: 'first',
      missing: [{ kind: 'experience', missingYears: 2, haveYears: 0 }],
    });
    expect(summarize(result, 'en')).toBe(
      'The highest category the rules allow: no category. For the first category: 2 years more experience.',
    );
  });

  it('reaches the next category once the years are there, and has nothing further to ask', () => {
    const result = determineCategory(
      card('1111-1-001', 5),
      person('postgraduate', 'other', [{ category: 'none', years: 2.5 }]),
    );
    expect(result).toMatchObject({ eligible: true, category: 'first', next: null });
  });

  it('refuses a person below the education level and names it', () => {
    const result = determineCategory(card('1111-1-001', 5), person('tvet', 'social', [{ category: 'none', years: 9 }]));
    expect(result).toMatchObject({ eligible: false, category: null, group: null });
    expect(result.next?.missing).toContainEqual({ kind: 'education-level', need: 'higher', have: 'tvet' });
    expect(summarize(result, 'kk')).toMatch(/^Бұл карточканың талаптары орындалмайды\./);
  });
});

describe('determineCategory on the cards of Order No. 262', () => {
  it('applies two groups: higher education → high-level specialist, TVET → mid-level', () => {
    const higher = determineCategory(
      card('3412-0-008', 5),
      person('higher', 'social', [{ category: 'first', years: 3 }]),
    );
    expect(higher).toMatchObject({ eligible: true, category: 'higher', group: 'high-level-specialist' });
    const tvet = determineCategory(card('3412-0-008', 5), person('tvet', 'social', [{ category: 'second', years: 1 }]));
    expect(tvet).toMatchObject({ eligible: true, category: 'first', group: 'mid-level-specialist' });
    expect(tvet.next).toMatchObject({ category: 'higher', missing: [{ kind: 'experience', inCategory: 'first' }] });
  });

  it('accepts basic secondary education only with the social-training certificate', () => {
    const without = determineCategory(card('3412-0-008', 5), person('basic-secondary', 'other'));
    const withCertificate = determineCategory(
      card('3412-0-008', 5),
      person('basic-secondary', 'other', [], 'social-training'),
    );
    expect(without.eligible).toBe(false);
    expect(withCertificate).toMatchObject({ eligible: true, category: 'none', group: 'mid-level-specialist' });
  });

  it('says so when the text asks the same years for two categories', () => {
    const result = determineCategory(card('2635-3-001', 6), person('higher', 'social'));
    expect(result.explanation.notes.join(' ')).toMatch(/asks 2 years for the first category and 2 for the second/);
    // Said again in Kazakh and Russian, codes as words, for the PDFs, tables and the CLI.
    const [note = ''] = result.explanation.notes;
    expect(localizeNote(note, 'ru')).toMatch(
      /^Карточка требует 2 года стажа для «первая категория» и 2 — для «вторая категория»/,
    );
    expect(localizeNote(note, 'kk')).toMatch(/^Карточка бірінші санат үшін 2 жыл, ал екінші санат үшін 2 жыл/);
    expect(localizeNote(note, 'en')).toBe(note);
    expect(localizeNote('An unknown note.', 'kk')).toBe('An unknown note.');
  });

  it('says what is missing on a card without categories', () => {
    const result = determineCategory(
      card('1344-0-004', 7),
      person('higher', 'social', [{ category: 'none', years: 2.5 }]),
    );
    expect(result).toMatchObject({
      eligible: false,
      category: null,
      next: { category: null, missing: [{ kind: 'experience', missingYears: 0.5 }] },
    });
    expect(summarize(result, 'en')).toBe(
      'The requirements of this card are not met. To meet the requirements: 0.5 years more experience.',
    );
    // A decimal comma in Kazakh and Russian.
    expect(summarize(result, 'kk')).toContain('тағы 0,5 жыл');
    expect(summarize(result, 'ru')).toContain('ещё 0,5 года');
  });

  it('answers honestly for a card without requirements', () => {
    const result = determineCategory(
      card('2634-4-001', 6),
      person('postgraduate', 'psychological', [{ category: 'higher', years: 20 }]),
    );
    expect(result).toMatchObject({ eligible: false, category: null, next: null });
    expect(result.explanation.notes).toContain(
      'The card states no qualification requirements, so no category can be determined.',
    );
    expect(result.explanation.notes.map((n) => localizeNote(n, 'kk'))).toContain(
      'Карточкада біліктілік талаптары көрсетілмеген, сондықтан санатты анықтау мүмкін емес.',
    );
  });

  const arbitraryPerson = fc.record({
    education: fc.record({
      level: fc.constantFrom(...EDUCATION_ORDER),
      field: fc.constantFrom(...educationFields),
      certificate: fc.option(fc.constant('social-training' as const), { nil: undefined }),
    }),
    experience: fc.array(
      fc.record({ category: fc.constantFrom(...categories), years: fc.integer({ min: 0, max: 40 }) }),
      { maxLength: 4 },
    ),
  });
  const rank = (c: string | null) => (c === null ? -1 : categoryRank(c as never));

  it('never lowers the category when a person has more years (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        arbitraryPerson,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 10 }),
        (i, p, which, more) => {
          const c = cards[i] as Card;
          const before = determineCategory(c, p as Person);
          const experience = p.experience.length
            ? p.experience.map((e, k) => (k === which % p.experience.length ? { ...e, years: e.years + more } : e))
            : [{ category: 'none' as const, years: more }];
          const after = determineCategory(c, { ...(p as Person), experience });
          expect(rank(after.category)).toBeGreaterThanOrEqual(rank(before.category));
          if (before.eligible) expect(after.eligible).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never makes an eligible person ineligible by a higher education level in the same field (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), arbitraryPerson, (i, p) => {
        const c = cards[i] as Card;
        const before = determineCategory(c, p as Person);
        const up = EDUCATION_ORDER[
          Math.min(EDUCATION_ORDER.indexOf(p.education.level) + 1, EDUCATION_ORDER.length - 1)
        ] as Person['education']['level'];
        const after = determineCategory(c, {
          ...(p as Person),
          education: { ...p.education, level: up } as Person['education'],
        });
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('cites a rule of that very card, with its source lines, in every answer (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), arbitraryPerson, (i, p) => {
        const c = cards[i] as Card;
        const result = determineCategory(c, p as Person);
        const ruleIds = new Set(c.qualification.groups.flatMap((g) => g.rules.map((r) => r.id)));
        for (const check of result.explanation.checked) expect(ruleIds.has(check.rule.id)).toBe(true);
        expect(result.explanation.checked).toHaveLength(ruleIds.size);
        if (result.explanation.matched) {
          expect(ruleIds.has(result.explanation.matched.id)).toBe(true);
          expect(result.explanation.matched.source.lines[0]).toBeGreaterThan(c.source.lines[0]);
        }
        if (result.next) expect(ruleIds.has(result.next.rule.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
