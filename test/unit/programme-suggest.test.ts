/**
 * The link suggestions (pure): what they answer for one outcome, and a floor under their
 * measured precision and recall on the hand-written evaluation set (docs/programmes.md gives the
 * figures). The floors sit a margin below the figures, per language over the whole set, so a
 * regression fails here while no single outcome decides it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalSetSchema, runEval, score } from '../../src/domain/programmes/suggest-eval.js';
import {
  DEFAULT_TUNING,
  cardItems,
  languageOf,
  suggestLinks,
  suggestionIndex,
} from '../../src/domain/programmes/suggest.js';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

let cards: Map<string, Card>;
beforeAll(async () => {
  const edition = await readEdition(BUNDLED_EDITION);
  cards = new Map(edition.cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
});
const card = (key: string) => cards.get(key) as Card;

describe('suggestLinks', () => {
  it('suggests the item an outcome paraphrases first, with a score from 0 to 1, best first', () => {
    const index = suggestionIndex(cardItems(card('3412-0-008/4')));
    const found = suggestLinks(index, {
      text: 'Электр және су есептегіштерінің көрсеткіштерін алып, коммуналдық төлем түбіртектерін толтырады',
    });
    expect(found[0]?.itemId).toBe('3412-0-008.4.f1.t1.s5');
    expect(found[0]?.kind).toBe('skill');
    expect(found.length).toBeLessThanOrEqual(DEFAULT_TUNING.max);
    for (const [i, s] of found.entries()) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(s.score).toBeLessThanOrEqual(found[i - 1]?.score ?? 1);
    }
  });

  it('suggests nothing for a text that shares no word with the card', () => {
    const index = suggestionIndex(cardItems(card('3412-0-008/4')));
    expect(suggestLinks(index, { text: 'Бағдарламалау тілінде алгоритм жазады' })).toEqual([]);
    expect(suggestLinks(index, { text: '!!! 123' })).toEqual([]);
  });

  it('suggests nothing for a Kazakh outcome whose one word shared with an item is a general one', () => {
    // A general module's outcome: without the coverage rule, «Қазақстан» alone scores 0.58 on
    // the Constitution and «тіл» 0.71 on the law on languages (the cosine sees shared words only).
    const texts = [
      'Қазақстан Республикасының Конституциясы',
      'Тіл туралы заң',
      'Қарттарға күтім жасау тәсілдері',
      'Әлеуметтік қызметтерді көрсету стандарттары',
      'Құжаттаманы ресімдеу',
      'Санитарлық-гигиеналық талаптар',
    ];
    const index = suggestionIndex(texts.map((kk, i) => ({ id: `k${i + 1}`, kind: 'knowledge', kk, context: [] })));
    expect(
      suggestLinks(index, { text: 'Қазақстан тарихының негізгі кезеңдерін және тарихи тұлғаларын түсіндіреді' }),
    ).toEqual([]);
    expect(suggestLinks(index, { text: 'Ағылшын тілінде кәсіби мәтіндерді оқиды және аударады' })).toEqual([]);
    // An outcome the item explains still gets it, and a Russian outcome (coverage not applied:
    // its words meet the Kazakh items through loanwords only) still reaches one.
    expect(suggestLinks(index, { text: 'Қарттарға күтім жасаудың тәсілдерін қолданады' })[0]?.itemId).toBe('k3');
    expect(suggestLinks(index, { text: 'Конституцию Республики Казахстан знает' })[0]?.itemId).toBe('k1');
  });

  it('reaches a Russian outcome through a loanword the Kazakh item shares', () => {
    const index = suggestionIndex(cardItems(card('2635-3-001/5')));
    const found = suggestLinks(index, { text: 'Знает основы психологии, педагогики, геронтологии и этики' });
    expect(found[0]?.itemId).toBe('2635-3-001.5.f1.t1.k14');
  });

  it('tells the language of a text by its letters', () => {
    expect(languageOf('Қарттарға күтім жасайды')).toBe('kk');
    expect(languageOf('Оказывает помощь')).toBe('ru');
    expect(languageOf('Provides care')).toBe('en');
  });
});

describe('measured on the evaluation set', () => {
  const set = evalSetSchema.parse(
    parse(readFileSync(path.join(ROOT, 'test/fixtures/programmes/suggestion-eval.yaml'), 'utf8')),
  );

  it('holds at least 40 Kazakh and 20 Russian outcomes over three cards', () => {
    expect(set.outcomes.filter((o) => o.lang === 'kk').length).toBeGreaterThanOrEqual(40);
    expect(set.outcomes.filter((o) => o.lang === 'ru').length).toBeGreaterThanOrEqual(20);
    expect(new Set(set.outcomes.map((o) => o.card)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps precision and recall above their floors, per language', () => {
    const rows = runEval(set.outcomes, (key) => cards.get(key), DEFAULT_TUNING);
    const kk = score(rows.filter((r) => r.lang === 'kk'));
    const ru = score(rows.filter((r) => r.lang === 'ru'));
    // Measured: kk P 98% R 94%; ru P 86% R 27% (docs/programmes.md), the same before and after
    // the coverage rule (chosen to cost nothing on the dev half; it cost nothing on the test half).
    // Margins of 6 to 14 points, a few outcomes each.
    expect(kk.microPrecision).toBeGreaterThanOrEqual(0.85);
    expect(kk.microRecall).toBeGreaterThanOrEqual(0.8);
    expect(kk.firstRight).toBeGreaterThanOrEqual(0.85);
    expect(ru.microPrecision).toBeGreaterThanOrEqual(0.6);
    expect(ru.microRecall).toBeGreaterThanOrEqual(0.18);
  });
});
