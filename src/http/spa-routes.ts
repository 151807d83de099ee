/**
 * The web app's pages, as the server must know them: a path the app has a page for is answered
 * with the app and 200, any other path with the app and 404 (the app then shows its own
 * not-found page), so crawlers and link checkers see a missing page as missing.
 *
 * The app routes in web/src/App.tsx, which may not import server code (test/architecture.test.ts),
 * so the same patterns are written here once more. test/http/web-shell-routes.test.ts reads
 * App.tsx and fails when the two lists disagree: keep them in step when a page is added.
 */

/** Pages at one fixed path (App.tsx's `case '/…':`). */
export const SPA_PAGES: readonly string[] = [
  '/',
  '/cards',
  '/search',
  '/levels',
  '/terms',
  '/source',
  '/latin',
  '/category',
  '/category/batch',
  '/career',
  '/self-assessment',
  '/quality',
  '/changes',
  '/signin',
  '/account',
  '/orgs',
  '/audit',
  '/my-record',
  '/workbench',
];

/** A card's page: the server also asks whether the current edition has that card (web-app.ts). */
export const CARD_PAGE = /^\/cards\/(\d{4}-\d-\d{3})\/([1-8])$/;

/** Pages with parameters (App.tsx's `const …_PATH = /…/;`), written exactly as there. */
export const SPA_PATTERNS: readonly RegExp[] = [
  CARD_PAGE,
  /^\/orgs\/([^/]+)$/,
  /^\/orgs\/([^/]+)\/audit$/,
  /^\/orgs\/([^/]+)\/(staff|staff\/import|staff\/dashboard|attestation)$/,
  /^\/orgs\/([^/]+)\/staff\/([^/]+)$/,
  /^\/orgs\/([^/]+)\/assessment(?:\/(bank|certificates))?$/,
  /^\/orgs\/([^/]+)\/assessment\/specs\/([^/]+)$/,
  /^\/orgs\/([^/]+)\/assessment\/sessions\/([^/]+)(?:\/(results))?$/,
  /^\/orgs\/([^/]+)\/assessment\/sessions\/([^/]+)\/candidates\/([^/]+)$/,
  /^\/orgs\/([^/]+)\/programmes(?:\/(new))?$/,
  /^\/orgs\/([^/]+)\/programmes\/([^/]+?)(?:\/(coverage|history|impact))?$/,
  /^\/workbench\/drafts\/([^/]+?)(?:\/(checks|changes|review))?$/,
  /^\/test\/([^/]+)$/,
  /^\/verify(?:\/([^/]+))?$/,
  /^\/invite\/([^/]+)$/,
  /^\/reset\/([^/]+)$/,
];

const PAGES = new Set(SPA_PAGES);

/** The path as App.tsx matches it: without trailing slashes (but `/` stays). */
export function cleanPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

/** Whether the app has a page at `pathname`; trailing slashes are dropped first, as App.tsx does. */
export function isSpaRoute(pathname: string): boolean {
  const clean = cleanPath(pathname);
  if (clean === '' || PAGES.has(clean)) return true;
  return SPA_PATTERNS.some((pattern) => pattern.test(clean));
}
