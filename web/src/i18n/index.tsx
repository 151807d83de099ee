/**
 * UI language: kk (default), ru, en. The start is chosen by ./detect (a link's `?lang=`, the stored
 * choice, the browser's languages); the choice is remembered in localStorage and reflected in
 * <html lang>, so screen readers and hyphenation use the right language.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { chooseLang, type Lang, langFromQuery, withLangQuery } from './detect';
import type { MessageKey } from './kk';

export { LANGS, type Lang } from './detect';
export type Dictionary = Record<MessageKey, string>;

/**
 * Each language's dictionary is its own chunk (about 30 KiB compressed each): the first load
 * carries only the language the page is shown in. main.tsx waits for it before the first render,
 * so `t` is always synchronous; switching language loads the other one first. The whole set, for
 * tests, is in ./dictionaries.
 */
const loaders: Record<Lang, () => Promise<Dictionary>> = {
  kk: () => import('./kk').then((m) => m.kk),
  ru: () => import('./ru').then((m) => m.ru),
  en: () => import('./en').then((m) => m.en),
};
const loaded: Partial<Record<Lang, Dictionary>> = {};

export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  const cached = loaded[lang];
  if (cached) return cached;
  const dictionary = await loaders[lang]();
  loaded[lang] = dictionary;
  return dictionary;
}

/** Loads the dictionary the app will start in; call before the first render. */
export function loadInitialDictionary(): Promise<Dictionary> {
  return loadDictionary(initialLang());
}
export const LANG_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const STORAGE_KEY = 'kasip.lang';

function storedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode): the link and the browser decide then.
    return null;
  }
}

function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but still switched.
  }
}

/** The language to start in; a link's `?lang=` also becomes the stored choice. */
function initialLang(): Lang {
  const lang = chooseLang({ search: window.location.search, stored: storedLang(), languages: navigator.languages });
  if (langFromQuery(window.location.search)) storeLang(lang);
  return lang;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };

/**
 * `{name}` placeholders in a message are replaced by `vars.name`. Given the language, a number
 * with a fraction is written the language's way (1.5 → "1,5" in kk and ru); whole numbers stay as
 * they are, so years and codes never get a thousands separator ("2023", not "2 023").
 */
export function format(message: string, vars?: Vars, lang?: Lang): string {
  if (!vars) return message;
  const text = (value: string | number) =>
    typeof value === 'number' && lang && Number.isFinite(value) && !Number.isInteger(value)
      ? new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)
      : String(value);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : text(value);
  });
}
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    // A URL that names a language keeps naming the shown one, so a reload or a copied link agrees.
    const { search, pathname, hash } = window.location;
    if (langFromQuery(search) && langFromQuery(search) !== next) {
      window.history.replaceState(window.history.state, '', `${pathname}${withLangQuery(search, next)}${hash}`);
    }
    // The page keeps its language until the other dictionary is there (a few ms on a LAN).
    void loadDictionary(next).then(() => setLangState(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // An in-app link or back/forward to a URL with `?lang=` switches to that language.
  useEffect(() => {
    const follow = () => {
      const wanted = langFromQuery(window.location.search);
      if (wanted) setLang(wanted);
    };
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [setLang]);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, vars) => format(loaded[lang]?.[key] ?? key, vars, lang) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
