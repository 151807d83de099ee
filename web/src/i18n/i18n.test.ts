import { describe, expect, it } from 'vitest';
import { dictionaries } from './dictionaries';

describe('UI dictionaries', () => {
  const kkKeys = Object.keys(dictionaries.kk).sort();
  it.each(['ru', 'en'] as const)('%s has exactly the keys of kk, none empty', (lang) => {
    expect(Object.keys(dictionaries[lang]).sort()).toEqual(kkKeys);
    for (const [key, value] of Object.entries(dictionaries[lang])) expect(value.trim(), key).not.toBe('');
  });

  it('translates every label that is not a proper name', () => {
    const sameEverywhere = new Set(['app.name', 'nav.api']);
    for (const key of kkKeys) {
      if (sameEverywhere.has(key)) continue;
      const k = key as keyof typeof dictionaries.kk;
      expect(dictionaries.ru[k], key).not.toBe(dictionaries.kk[k]);
      expect(dictionaries.en[k], key).not.toBe(dictionaries.kk[k]);
    }
  });
});
