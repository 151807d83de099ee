/**
 * One key rule for every walker of texts: `display` (src/domain/shared/localize.ts) finds each
 * translated text's review state under the key translations.ts gives it, on a whole card, a
 * card's name alone, terms and professions; and an edit's rule (`reviewsAfterChange`) makes a
 * reviewed translation a machine draft when its Kazakh text or its wording changes.
 */
import { describe, expect, it } from 'vitest';
import { type Display, withDisplay } from '../../src/domain/shared/localize.js';
import {
  type TranslationReviews,
  reviewsAfterChange,
  reviewsOfEdition,
  textsOf,
  translatableTexts,
} from '../../src/domain/standard/translations.js';
import { miniEdition } from '../support/mini-edition.js';

/** Every `display` in a tree. */
function displays(node: unknown, out: Display[] = []): Display[] {
  if (Array.isArray(node)) for (const n of node) displays(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'display') out.push(value as Display);
      else displays(value, out);
    }
  }
  return out;
}

describe('translation keys', () => {
  it('display finds every translated text of an edition under its key', async () => {
    const edition = await miniEdition();
    const reviewed: TranslationReviews = { en: {}, ru: {} };
    for (const t of translatableTexts(edition)) {
      if (t.text.en) (reviewed.en as Record<string, string>)[t.key] = 'reviewed';
      if (t.text.ru) (reviewed.ru as Record<string, string>)[t.key] = 'reviewed';
    }
    for (const lang of ['en', 'ru'] as const) {
      const shown = displays([
        withDisplay(edition.cards, lang, reviewed),
        withDisplay(edition.terms, lang, reviewed),
        withDisplay(edition.professions, lang, reviewed),
      ]);
      const translated = shown.filter((d) => !d.official);
      expect(translated.length).toBeGreaterThan(0);
      expect(translated.every((d) => d.review === 'reviewed')).toBe(true);
      expect(shown.filter((d) => d.official).every((d) => !('review' in d))).toBe(true);
    }
    const card = edition.cards[0];
    if (!card) throw new Error('no card');
    const name = withDisplay(
      card.name,
      'en',
      { en: { [`${card.id}#name`]: 'reviewed' } },
      {
        owner: card.id,
        trail: ['name'],
      },
    );
    expect(name.display.review).toBe('reviewed');
    expect(withDisplay(card.name, 'en', { en: {} }).display.review).toBe('machine-draft');
  });

  it('keeps a review map to the texts that have a translation', async () => {
    const edition = await miniEdition();
    const kept = reviewsOfEdition(edition, { en: { 'nobody#name': 'reviewed', '1111-1-001.4#name': 'reviewed' } });
    expect(kept.en?.['1111-1-001.4#name']).toBe('reviewed');
    expect(kept.en).not.toHaveProperty('nobody#name');
    expect(Object.keys(kept.en ?? {}).length).toBe(translatableTexts(edition).filter((t) => t.text.en).length);
  });

  it('makes a reviewed translation a machine draft when its Kazakh text or its wording changes', () => {
    const item = (kk: string, en: string) => ({ id: 'c.f1.t1', name: { kk, en }, skills: [] });
    const reviews: TranslationReviews = { en: { 'c.f1.t1#name': 'reviewed', other: 'reviewed' } };
    const before = textsOf(item('Бақылау', 'Monitoring'));
    expect(before.map((t) => t.key)).toEqual(['c.f1.t1#name']);
    expect(reviewsAfterChange(reviews, before, textsOf(item('Бақылау', 'Monitoring')))).toEqual(reviews);
    const kkChanged = reviewsAfterChange(reviews, before, textsOf(item('Мұқият бақылау', 'Monitoring')));
    expect(kkChanged.en).toEqual({ 'c.f1.t1#name': 'machine-draft', other: 'reviewed' });
    const enChanged = reviewsAfterChange(reviews, before, textsOf(item('Бақылау', 'Checking')));
    expect(enChanged.en?.['c.f1.t1#name']).toBe('machine-draft');
    expect(reviews.en?.['c.f1.t1#name']).toBe('reviewed');
  });
});
