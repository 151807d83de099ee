import { describe, expect, it } from 'vitest';
import { appShell, shellInLanguage } from './shell-lang.js';
import type { ViteManifest } from './vite-manifest.js';

describe('shellInLanguage', () => {
  it('sets <html lang> and changes nothing else', () => {
    const shell = '<!doctype html>\n<html lang="kk">\n<head><title>Kasip</title></head><body lang="x"></body></html>';
    expect(shellInLanguage(shell, 'ru')).toBe(shell.replace('<html lang="kk">', '<html lang="ru">'));
    expect(shellInLanguage(shell, 'kk')).toBe(shell);
  });
  it('adds lang to an <html> without one, and leaves a page without <html> alone', () => {
    expect(shellInLanguage('<html><body></body></html>', 'en')).toBe('<html lang="en"><body></body></html>');
    expect(shellInLanguage('<p>no html</p>', 'en')).toBe('<p>no html</p>');
  });
});

describe('appShell', () => {
  const shell =
    '<!doctype html>\n<html lang="kk">\n  <head>\n    <script type="module" crossorigin src="/assets/index-E.js"></script>\n' +
    '    <link rel="modulepreload" crossorigin href="/assets/i18n-I.js">\n  </head>\n  <body><div id="root"></div></body>\n</html>';
  // The shape of web/dist/.vite/manifest.json: the entry, the shared i18n chunk, the dictionaries, pages.
  const manifest: ViteManifest = {
    'index.html': { file: 'assets/index-E.js', isEntry: true, imports: ['_i18n-I.js'], css: ['assets/index-E.css'] },
    '_i18n-I.js': { file: 'assets/i18n-I.js', dynamicImports: ['src/i18n/kk.ts', 'src/i18n/ru.ts'] },
    'src/i18n/kk.ts': { file: 'assets/kk-K.js', isDynamicEntry: true },
    'src/i18n/ru.ts': { file: 'assets/ru-R.js', isDynamicEntry: true },
    'src/pages/CardPage.tsx': {
      file: 'assets/CardPage-C.js',
      isDynamicEntry: true,
      imports: ['index.html', '_i18n-I.js', '_Check-X.js'],
      css: ['assets/CardPage-C.css'],
    },
    '_Check-X.js': { file: 'assets/Check-X.js', imports: ['_i18n-I.js', '_Fields-F.js'], css: ['assets/index-E.css'] },
    '_Fields-F.js': { file: 'assets/Fields-F.js' },
    'src/pages/SearchPage.tsx': { file: 'assets/SearchPage-S.js', imports: ['index.html', '_i18n-I.js'] },
  };
  const links = (html: string) => [...html.matchAll(/<link rel="[^"]+"[^>]*>/g)].map((m) => m[0]);

  it("preloads a card page's dictionary, chunk, imports, styles and API answer, once each, before </head>", () => {
    const html = appShell(shell, 'ru', '/cards/2635-3-001/5', manifest);
    expect(links(html)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/i18n-I.js">',
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/cards/2635-3-001/5?lang=ru">',
      '<link rel="modulepreload" crossorigin href="/assets/ru-R.js">',
      '<link rel="modulepreload" crossorigin href="/assets/CardPage-C.js">',
      '<link rel="modulepreload" crossorigin href="/assets/Check-X.js">',
      '<link rel="modulepreload" crossorigin href="/assets/Fields-F.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/CardPage-C.css">',
    ]);
    expect(html).toMatch(/<html lang="ru">/);
    expect(html.indexOf('CardPage-C.css')).toBeLessThan(html.indexOf('</head>'));
    // Nothing else changed: without the added lines, the shell is the translated one.
    expect(
      html.replace(/\n\s*<link rel="(?:preload|modulepreload)"[^>]*(?:ru-R|CardPage|Check|Fields|api)[^>]*>/g, ''),
    ).toBe(shellInLanguage(shell, 'ru'));
  });

  it('follows the language and the route: a trailing slash, the search page, the home page', () => {
    const kk = links(appShell(shell, 'kk', '/cards/2635-3-001/5/', manifest));
    expect(kk).toContain('<link rel="modulepreload" crossorigin href="/assets/kk-K.js">');
    expect(kk).toContain('<link rel="preload" as="fetch" crossorigin href="/api/v1/cards/2635-3-001/5?lang=kk">');
    expect(kk.join()).not.toContain('ru-R');
    const search = links(appShell(shell, 'kk', '/search', manifest));
    expect(search.slice(1)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/kk-K.js">',
      '<link rel="modulepreload" crossorigin href="/assets/SearchPage-S.js">',
    ]);
    expect(links(appShell(shell, 'kk', '/', manifest)).slice(1)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/kk-K.js">',
    ]);
  });

  it('gives a missing page only the dictionary, and leaves the shell alone without a manifest or a head', () => {
    expect(links(appShell(shell, 'kk', null, manifest)).slice(1)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/kk-K.js">',
    ]);
    expect(appShell(shell, 'en', '/cards/2635-3-001/5', undefined)).toBe(shellInLanguage(shell, 'en'));
    expect(appShell('<p>no head</p>', 'kk', '/search', manifest)).toBe('<p>no head</p>');
    // A manifest without the page (an older build) names nothing it does not have.
    const { 'src/pages/CardPage.tsx': _card, ...older } = manifest;
    expect(links(appShell(shell, 'kk', '/cards/2635-3-001/5', older)).slice(1)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/kk-K.js">',
    ]);
  });
});
