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

const YEAR_WORDS: Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  kk: { other: 'жыл' },
  ru: { one: 'год', few: 'года', many: 'лет', other: 'года' },
  en: { one: 'year', other: 'years' },
};

/** A number the way the language writes it: 1.5 → "1,5" in Kazakh and Russian. */
export function formatNumber(n: number, lang: Lang): string {
  try {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  } catch {
    return String(n);
  }
}

const SIZE_UNITS: Record<Lang, [string, string, string]> = {
  kk: ['Б', 'КБ', 'МБ'],
  ru: ['Б', 'КБ', 'МБ'],
  en: ['B', 'KB', 'MB'],
};

/**
 * A file size as people read it, in the language's number format and units: 512 B, 34 KB, 2.4 MB
 * (en); 2,4 МБ (kk, ru). Not Intl's unit style: its Kazakh megabyte mixes a Latin M into "MБ".
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const [b, kb, mb] = SIZE_UNITS[lang];
  if (bytes < 1024) return `${formatNumber(bytes, lang)} ${b}`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), lang)} ${kb}`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang)} ${mb}`;
}

/**
 * A share out of 100 the way the language writes it: 45.5 → "45,5%" (kk), "45,5 %" (ru, with a
 * no-break space), "45.5%" (en). Null (nothing to count) → "—".
 */
export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  try {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  } catch {
    return `${value}%`;
  }
}

/** Compares texts in the language's alphabet: Kazakh order in kk (Ә after А, Ғ after Г), Russian in ru, English in en. */
export function textOrder(lang: Lang): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a, b);
}

/** A copy of `items` sorted by the text each shows, in the language's alphabet. */
export function sortByText<T>(items: readonly T[], text: (item: T) => string, lang: Lang): T[] {
  const compare = textOrder(lang);
  return [...items].sort((a, b) => compare(text(a), text(b)));
}

/** "1 год", "2 года", "5 лет", "1,5 года"; "1 year", "2.5 years"; "3 жыл". */
export function formatYears(n: number, lang: Lang): string {
  let rule: Intl.LDMLPluralRule = 'other';
  try {
    rule = new Intl.PluralRules(lang).select(n);
  } catch {
    // No plural rules for this language: the general form.
  }
  const words = YEAR_WORDS[lang];
  return `${formatNumber(n, lang)} ${words[rule] ?? words.other}`;
}

/**
 * A text split around the words a finding is about (`match`, case-insensitive), for marking them.
 * Where `match` occurs more than once and ends the text (a list "ending in a comma"), the last
 * occurrence is the one meant; otherwise the first. No match → the whole text as `before`.
 */
export function splitMatch(text: string, match: string | undefined): { before: string; hit: string; after: string } {
  if (!match) return { before: text, hit: '', after: '' };
  const lower = text.toLocaleLowerCase('kk');
  const needle = match.toLocaleLowerCase('kk');
  const first = lower.indexOf(needle);
  if (first < 0) return { before: text, hit: '', after: '' };
  const last = lower.lastIndexOf(needle);
  const at = last !== first && lower.trimEnd().endsWith(needle) ? last : first;
  return { before: text.slice(0, at), hit: text.slice(at, at + match.length), after: text.slice(at + match.length) };
}

export type WordOp = { op: 'same' | 'add' | 'del'; text: string };

/**
 * A word-level diff of two texts (longest common subsequence of their words), as runs:
 * `[{op:'same',text:'a b'},{op:'del',text:'c'},{op:'add',text:'d'}]` — the shape the edition diff
 * API gives, so one component shows both. Texts longer than 400 words are compared whole.
 */
export function diffWords(before: string, after: string): WordOp[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const runs: WordOp[] = [];
  const push = (op: WordOp['op'], word: string) => {
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else runs.push({ op, text: word });
  };
  if (a.length > 400 || b.length > 400) {
    if (before !== after) {
      if (a.length) runs.push({ op: 'del', text: a.join(' ') });
      if (b.length) runs.push({ op: 'add', text: b.join(' ') });
    } else if (a.length) runs.push({ op: 'same', text: a.join(' ') });
    return runs;
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i] as string);
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) push('del', a[i++] as string);
    else push('add', b[j++] as string);
  }
  while (i < a.length) push('del', a[i++] as string);
  while (j < b.length) push('add', b[j++] as string);
  return runs;
}
