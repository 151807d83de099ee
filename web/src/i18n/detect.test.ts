import { describe, expect, it } from 'vitest';
import { chooseLang, langFromBrowser, langFromQuery, withLangQuery } from './detect';

describe('the starting language', () => {
  it('reads ?lang= from a link, in any case and with a region', () => {
    expect(langFromQuery('?lang=ru')).toBe('ru');
    expect(langFromQuery('?level=5&lang=EN')).toBe('en');
    expect(langFromQuery('?lang=kk-KZ')).toBe('kk');
    expect(langFromQuery('?lang=de')).toBeUndefined();
    expect(langFromQuery('')).toBeUndefined();
  });

  it("takes the browser's first language the app speaks", () => {
    expect(langFromBrowser(['ru-RU', 'en-US'])).toBe('ru');
    expect(langFromBrowser(['de-DE', 'en-GB'])).toBe('en');
    expect(langFromBrowser(['de-DE', 'fr'])).toBeUndefined();
    expect(langFromBrowser(undefined)).toBeUndefined();
  });

  it('prefers the link, then the stored choice, then the browser, then Kazakh', () => {
    expect(chooseLang({ search: '?lang=en', stored: 'ru', languages: ['ru-RU'] })).toBe('en');
    expect(chooseLang({ search: '', stored: 'kk', languages: ['ru-RU'] })).toBe('kk');
    expect(chooseLang({ search: '', stored: null, languages: ['ru-RU'] })).toBe('ru');
    expect(chooseLang({ search: '', stored: 'xx', languages: ['en-AU'] })).toBe('en');
    expect(chooseLang({ search: '?lang=zz', stored: null, languages: ['de'] })).toBe('kk');
  });

  it('sets lang in a query string and keeps the other parameters', () => {
    expect(withLangQuery('?level=5&lang=ru', 'en')).toBe('?level=5&lang=en');
    expect(withLangQuery('', 'kk')).toBe('?lang=kk');
  });
});
