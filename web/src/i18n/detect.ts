/**
 * Which language the app starts in. Pure, so the rules are tested without a browser
 * (detect.test.ts): a link's `?lang=` wins (a shared link opens in the language it was sent in,
 * and becomes the stored choice), then the choice stored on an earlier visit, then the browser's
 * languages in the person's order (`ru-RU` → Russian, `en-*` → English), then Kazakh, the
 * language of the standard.
 */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** `?lang=ru` (any case, `ru-RU` too) in a query string → 'ru'; anything else → undefined. */
export function langFromQuery(search: string): Lang | undefined {
  const raw = new URLSearchParams(search).get('lang');
  return raw ? baseLang(raw) : undefined;
}

/** The first of the browser's preferred languages (navigator.languages) the app speaks. */
export function langFromBrowser(languages: readonly string[] | undefined): Lang | undefined {
  for (const tag of languages ?? []) {
    const lang = baseLang(tag);
    if (lang) return lang;
  }
  return undefined;
}

function baseLang(tag: string): Lang | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : undefined;
}

export function chooseLang(opts: {
  search: string;
  stored: string | null | undefined;
  languages: readonly string[] | undefined;
}): Lang {
  return (
    langFromQuery(opts.search) ??
    (isLang(opts.stored) ? opts.stored : undefined) ??
    langFromBrowser(opts.languages) ??
    'kk'
  );
}

/** The same query string with `lang` set to `lang` (other parameters and their order kept). */
export function withLangQuery(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}
