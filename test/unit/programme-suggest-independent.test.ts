/**
 * A floor under the link suggestions' figures on the INDEPENDENT evaluation set
 * (test/fixtures/programmes/suggestion-eval-independent.yaml): outcomes in colleges' own phrasing,
 * written before the engine ran on them and never tuned on, some of general modules that match no
 * item. The figures are in docs/programmes.md ("Independent set, not tuned on"); the floors sit a
 * margin below them, per language, so a regression of the engine fails here while no single
 * outcome decides it. They are not targets: raising a figure by tuning on this set would make it
 * a dev set and its figures worthless.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { type EvalRow, evalSetSchema, runEval, score } from '../../src/domain/programmes/suggest-eval.js';
import { DEFAULT_TUNING, cardItems, languageOf } from '../../src/domain/programmes/suggest.js';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

// An outcome of a general module develops no item: its gold list is empty, which the tuned
// set's schema does not allow.
const independentSchema = z
  .object({ outcomes: z.array(evalSetSchema.shape.outcomes.element.extend({ gold: z.array(z.string().min(1)) })) })
  .strict();
const set = independentSchema.parse(
  parse(readFileSync(path.join(ROOT, 'test/fixtures/programmes/suggestion-eval-independent.yaml'), 'utf8')),
);

let cards: Map<string, Card>;
let rows: EvalRow[];
beforeAll(async () => {
  const edition = await readEdition(BUNDLED_EDITION);
  cards = new Map(edition.cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
  rows = runEval(set.outcomes, (key) => cards.get(key), DEFAULT_TUNING);
});

const ofLang = (lang: 'kk' | 'ru') => rows.filter((r) => r.lang === lang);
const withGold = (r: EvalRow) => r.gold.length > 0;
const falseOnNoMatch = (rs: EvalRow[]) => rs.filter((r) => !withGold(r)).reduce((n, r) => n + r.suggested.length, 0);

describe('the independent evaluation set', () => {
  it('holds at least 40 Kazakh and 20 Russian outcomes, about 8 that match no item, over three cards', () => {
    expect(set.outcomes.filter((o) => o.lang === 'kk').length).toBeGreaterThanOrEqual(40);
    expect(set.outcomes.filter((o) => o.lang === 'ru').length).toBeGreaterThanOrEqual(20);
    expect(set.outcomes.filter((o) => o.gold.length === 0).length).toBeGreaterThanOrEqual(8);
    expect(new Set(set.outcomes.map((o) => o.card.split('/')[0])).size).toBeGreaterThanOrEqual(3);
  });

  it('names only items its cards hold, each outcome in the language its text is written in', () => {
    for (const outcome of set.outcomes) {
      const ids = new Set(cardItems(cards.get(outcome.card) as Card).map((i) => i.id));
      for (const id of outcome.gold) expect(ids, `${outcome.card}: ${id}`).toContain(id);
      expect(languageOf(outcome.text), outcome.text).toBe(outcome.lang);
    }
  });
});

describe('measured on the independent set, not tuned on', () => {
  it('keeps Kazakh precision and recall above their floors', () => {
    // Measured with the coverage rule: P 75% (39/52, the no-match outcomes' 5 false suggestions
    // included), R 71% (39/55), first suggestion right 75% (before it: P 68%, R 76%, 79%).
    const kk = ofLang('kk');
    expect(score(kk).microPrecision).toBeGreaterThanOrEqual(0.68);
    expect(score(kk.filter(withGold)).microRecall).toBeGreaterThanOrEqual(0.64);
    expect(score(kk.filter(withGold)).firstRight).toBeGreaterThanOrEqual(0.68);
  });

  it('keeps Russian precision and recall above their floors', () => {
    // Measured: P 100% (10/10), R 38% (10/26); 13 of the 22 outcomes with gold get nothing
    // (unchanged by the coverage rule, which Russian outcomes are not held to).
    const ru = ofLang('ru');
    expect(score(ru).microPrecision).toBeGreaterThanOrEqual(0.8);
    expect(score(ru.filter(withGold)).microRecall).toBeGreaterThanOrEqual(0.3);
  });

  it('suggests no more for the no-match outcomes than measured, a known weakness', () => {
    // Measured with the coverage rule: 5 false suggestions, on 4 of the 5 Kazakh no-match
    // outcomes (before it: 6 on 5 of 5), none on the 3 Russian (docs/programmes.md, finding 1).
    // A ceiling, so the weakness cannot grow unnoticed; a fix lowers it.
    expect(falseOnNoMatch(ofLang('kk'))).toBeLessThanOrEqual(6);
    expect(falseOnNoMatch(ofLang('ru'))).toBeLessThanOrEqual(1);
  });
});
