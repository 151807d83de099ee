/**
 * Numbers and dates as each language writes them in prose: a decimal comma and a (no-break)
 * space between thousands in Kazakh and Russian ("1 234,5"), a decimal point and commas in
 * English ("1,234.5"). For numbers printed inside sentences (PDFs, text cells of tables), never
 * for numeric cells, which stay numbers for the spreadsheet to format.
 */
import type { Lang } from './lang.js';

/** Intl locales: `en-GB` for English dates, so 29/06/2023 is never read as a US month-first date. */
const NUMBER_LOCALE: Record<Lang, string> = { kk: 'kk', ru: 'ru', en: 'en' };
const DATE_LOCALE: Record<Lang, string> = { kk: 'kk', ru: 'ru', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Lang, n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 2, ...options });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

/**
 * A date: `numeric` 29.06.2023 (kk, ru) and 29/06/2023 (en); `long` "2023 ж. 29 маусым",
 * "29 июня 2023 г.", "29 June 2023". A `YYYY-MM-DD` string is a calendar day, read in UTC so the
 * day never shifts with the server's time zone.
 */
export function formatDate(lang: Lang, date: Date | string, style: 'numeric' | 'long' = 'numeric'): string {
  const d = typeof date === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    timeZone: 'UTC',
    ...(style === 'long' ? { dateStyle: 'long' } : { day: '2-digit', month: '2-digit', year: 'numeric' }),
  }).format(d);
}

const YEAR_WORDS: Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  kk: { other: 'жыл' },
  ru: { one: 'год', few: 'года', many: 'лет', other: 'года' },
  en: { one: 'year', other: 'years' },
};

/** The word for "years" after `n`: жыл; год, года, лет; year, years. */
export function yearWord(lang: Lang, n: number): string {
  const words = YEAR_WORDS[lang];
  return words[new Intl.PluralRules(lang).select(n)] ?? words.other ?? '';
}

/** "2 жыл", "2 года", "5 лет", "1,5 года", "1 year", "1.5 years". */
export function formatYears(lang: Lang, n: number): string {
  return `${formatNumber(lang, n)} ${yearWord(lang, n)}`;
}
