/** Dates and localized texts for display. Pure functions, tested in format.test.ts. */
import type { Display, RawLocalized } from './api/types';
import type { Lang } from './i18n';

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/**
 * An ISO date (2023-06-29) as people write it: "2023 жылғы 29 маусым", "29 июня 2023 г.", "29 June 2023".
 * ICU's Kazakh long date is "2023 ж. 29 маусым"; official documents spell the year out as "жылғы",
 * so the Kazakh form is assembled from Intl's parts (month name from ICU, or our list where the
 * browser has no Kazakh data).
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'kk') {
    let month = KK_MONTHS[date.getUTCMonth()] ?? '';
    try {
      const parts = new Intl.DateTimeFormat('kk', { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(
        date,
      );
      const icuMonth = parts.find((p) => p.type === 'month')?.value.toLocaleLowerCase('kk');
      if (icuMonth && /^[а-яәғқңөұүһі]+$/.test(icuMonth)) month = icuMonth;
    } catch {
      // No Kazakh in this browser's Intl: the list above is used.
    }
    return `${date.getUTCFullYear()} жылғы ${date.getUTCDate()} ${month}`;
  }
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A kk/ru/en text without the server's `display`: the asked language if translated (unofficial), else Kazakh. */
export function pick(text: RawLocalized, lang: Lang): Display {
  const translated = lang === 'kk' ? undefined : text[lang];
  return translated ? { text: translated, lang, official: false } : { text: text.kk, lang: 'kk', official: true };
}

/**
 * A text reduced for comparison: lower case, no numbering, punctuation or extra spaces.
 * "1) Қазақстан Республикасының Конституциясы;" and "Қазақстан Республикасының Конституциясы." compare equal.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/^\s*\d+[.)]\s*/, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The server's search highlight is HTML-escaped text with <mark> around matches. Anything else
 * that looks like markup means it is not what we expect, so it is refused (null) and the plain
 * text is shown instead.
 */
export function safeHighlight(html: string): string | null {
  const withoutMarks = html.replace(/<\/?mark>/g, '');
  return /[<>]/.test(withoutMarks) ? null : html;
}

/** "#L10-L20" or "#L10" → [10, 20] / [10, 10]. */
export function parseLineHash(hash: string): [number, number] | null {
  const match = /^#L(\d+)(?:-L?(\d+))?$/.exec(hash);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  return from <= to ? [from, to] : [to, from];
}

export function sourceHref(lines: [number, number]): string {
  return lines[0] === lines[1] ? `/source#L${lines[0]}` : `/source#L${lines[0]}-L${lines[1]}`;
}
