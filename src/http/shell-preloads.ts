/**
 * What the HTML shell can name before the app asks for it. Without hints, a card page on a slow
 * phone network is a chain of round trips: index.html → the entry script → the language's
 * dictionary (main.tsx waits for it) → the card page's chunk → the card's API answer. The server
 * already knows the language (pickLang) and the path, so the shell's first answer lists the
 * dictionary, the page's chunk with what it imports, its styles, and for a card page the API
 * answer itself: the browser fetches them all at once, alongside the entry.
 *
 * Pure: the manifest comes in (vite-manifest.ts reads it), links go out. A name missing from the
 * manifest (an older build) is left out, never guessed.
 */
import type { Lang } from './locale.js';
import { CARD_PAGE, cleanPath } from './spa-routes.js';
import type { ViteManifest } from './vite-manifest.js';

/**
 * The public pages' chunks, by path (web/src/App.tsx's `lazy(() => import('./pages/…'))`). Only
 * pages a visitor lands on from outside: signed-in pages load after a sign-in, when the entry is
 * long there. test/http/web-shell-preloads.test.ts checks each name against a real build.
 */
export const PAGE_SOURCES: Readonly<Record<string, string>> = {
  '/cards': 'src/pages/CardsPage.tsx',
  '/search': 'src/pages/SearchPage.tsx',
  '/levels': 'src/pages/LevelsPage.tsx',
  '/terms': 'src/pages/TermsPage.tsx',
  '/source': 'src/pages/SourcePage.tsx',
  '/latin': 'src/pages/LatinPage.tsx',
  '/category': 'src/pages/CategoryPage.tsx',
  '/career': 'src/pages/CareerPage.tsx',
  '/quality': 'src/pages/QualityPage.tsx',
  '/changes': 'src/pages/ChangesPage.tsx',
};
export const CARD_PAGE_SOURCE = 'src/pages/CardPage.tsx';

/** The dictionary chunk of a language (web/src/i18n/index.tsx loads `./kk`, `./ru`, `./en`). */
export const dictionarySource = (lang: Lang) => `src/i18n/${lang}.ts`;

/**
 * The card's API answer exactly as web/src/pages/CardPage.tsx asks for it (`apiUrl('/cards/…',
 * { lang })`): a preload is reused only by a request for the same URL.
 */
export const cardApiUrl = (code: string, level: string, lang: Lang) => `/api/v1/cards/${code}/${level}?lang=${lang}`;

export type Preload =
  | { kind: 'module'; href: string }
  | { kind: 'style'; href: string }
  | { kind: 'fetch'; href: string };

/** The manifest keys a chunk pulls in statically, itself included. */
function closure(manifest: ViteManifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(manifest, next, seen);
  return seen;
}

/**
 * The preloads for a page at `pathname` in `lang`; `pathname` null for a page the app does not
 * have (the shell's 404), which gets only the dictionary. Files the entry loads anyway (its own
 * static imports and styles, which index.html already names) are left out.
 */
export function preloadsFor(manifest: ViteManifest, lang: Lang, pathname: string | null): Preload[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const loaded = entry ? closure(manifest, entry) : new Set<string>();
  const loadedCss = new Set([...loaded].flatMap((key) => manifest[key]?.css ?? []));
  const clean = pathname === null ? null : cleanPath(pathname);
  const card = clean === null ? null : CARD_PAGE.exec(clean);
  const page = card ? CARD_PAGE_SOURCE : clean === null ? undefined : PAGE_SOURCES[clean];

  const preloads: Preload[] = [];
  // The card's answer first: it is the last link of the chain and the largest thing on the page.
  if (card?.[1] && card[2] && manifest[CARD_PAGE_SOURCE]) {
    preloads.push({ kind: 'fetch', href: cardApiUrl(card[1], card[2], lang) });
  }
  const chunks = new Set<string>();
  for (const root of [dictionarySource(lang), page]) {
    if (!root) continue;
    for (const key of closure(manifest, root)) if (!loaded.has(key)) chunks.add(key);
  }
  const css = new Set<string>();
  for (const key of chunks) {
    preloads.push({ kind: 'module', href: `/${manifest[key]?.file}` });
    for (const file of manifest[key]?.css ?? []) if (!loadedCss.has(file)) css.add(file);
  }
  for (const file of css) preloads.push({ kind: 'style', href: `/${file}` });
  return preloads;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * As `<link>` tags. `crossorigin` on each: the app fetches modules, its styles (Vite's preload
 * helper) and its API answers in CORS mode with same-origin credentials, and a preload is reused
 * only by a request of the same mode and credentials.
 */
export function preloadLinks(preloads: readonly Preload[]): string {
  return preloads
    .map((p) => {
      const href = escapeAttr(p.href);
      if (p.kind === 'module') return `<link rel="modulepreload" crossorigin href="${href}">`;
      if (p.kind === 'style') return `<link rel="preload" as="style" crossorigin href="${href}">`;
      return `<link rel="preload" as="fetch" crossorigin href="${href}">`;
    })
    .join('\n    ');
}
