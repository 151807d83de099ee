import { describe, expect, it } from 'vitest';
import { isUntranslated, type ReviewedDisplay, translationState } from './translation-state';

const kk: ReviewedDisplay = { text: 'Әлеуметтік жұмыс', lang: 'kk', official: true };
const draft: ReviewedDisplay = { text: 'Social work', lang: 'en', official: false, review: 'machine-draft' };
const reviewed: ReviewedDisplay = { text: 'Social work', lang: 'en', official: false, review: 'reviewed' };
const unsaid: ReviewedDisplay = { text: 'Social work', lang: 'en', official: false };

describe('translationState', () => {
  it('counts translations and the texts still shown in Kazakh', () => {
    expect(translationState([draft, draft, kk], 'en')).toEqual({
      translated: 2,
      untranslated: 1,
      review: 'machine-draft',
    });
  });
  it('finds nothing to mark in a Kazakh page', () => {
    expect(translationState([kk, kk], 'kk')).toEqual({ translated: 0, untranslated: 0, review: undefined });
  });
  it('says reviewed only when every translation is', () => {
    expect(translationState([reviewed, reviewed], 'ru').review).toBe('reviewed');
    expect(translationState([reviewed, draft], 'ru').review).toBe('mixed');
    expect(translationState([reviewed, unsaid], 'ru').review).toBe('mixed');
    expect(translationState([unsaid], 'ru').review).toBeUndefined();
  });
  it('calls a Kazakh text untranslated only in a ru or en page', () => {
    expect(isUntranslated(kk, 'ru')).toBe(true);
    expect(isUntranslated(kk, 'kk')).toBe(false);
    expect(isUntranslated(draft, 'en')).toBe(false);
  });
});
