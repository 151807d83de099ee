/**
 * UI language: kk (default), ru, en. The choice is remembered in localStorage and reflected in
 * <html lang>, so screen readers and hyphenation use the right language.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { MessageKey } from './kk';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
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

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
  } catch {
    // Storage can be blocked (private mode); Kazakh is the default then.
  }
  return 'kk';
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };

/** `{name}` placeholders in a message are replaced by `vars.name`. */
export function format(message: string, vars?: Vars): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched.
    }
    // The page keeps its language until the other dictionary is there (a few ms on a LAN).
    void loadDictionary(next).then(() => setLangState(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, vars) => format(loaded[lang]?.[key] ?? key, vars) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
