/**
 * The printed words of the category-check PDF in kk, ru and en, from the catalogue
 * (src/domain/shared/messages/pdf-category.ts). The rules it quotes are the
 * card's official Kazakh text and are never translated; with ru or en the page says so.
 */
import { LANGS, type Lang } from '../../domain/shared/messages/index.js';
import { PDF_CATEGORY_MESSAGES } from '../../domain/shared/messages/pdf-category.js';

type Category = 'higher' | 'first' | 'second' | 'none';

export type CategoryPdfLabels = {
  title: string;
  card: string;
  level: (n: number) => string;
  answer: string;
  notEligible: string;
  eligibleNoCategory: string;
  categories: Record<Category, string>;
  group: string;
  groups: Record<'high-level-specialist' | 'mid-level-specialist' | 'general', string>;
  matched: string;
  nextFor: (category: string) => string;
  nextEligible: string;
  top: string;
  source: string;
  /** "Order No. 262 of 29.06.2023, card 3412-0-008 (level 5), lines 120–125 of the official text" */
  sourceText: (p: { order: string; date: string; code: string; level: number; from: number; to: number }) => string;
  /** Under the title with ru or en: the quoted rules stay in official Kazakh. */
  officialNote: string | null;
  notStored: string;
  footer: (p: { order: string; date: string; edition: string; generated: string }) => string;
};

/** `2023-06-29` → `29.06.2023` */
export function dottedDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** The labels of one language, from the catalogue's `pdf.category.*`. */
function labels(lang: Lang): CategoryPdfLabels {
  const say = (key: keyof typeof PDF_CATEGORY_MESSAGES, params: Record<string, string> = {}) =>
    PDF_CATEGORY_MESSAGES[key][lang].replace(
      /\{([a-zA-Z][a-zA-Z0-9]*)\}/g,
      (whole, name: string) => params[name] ?? whole,
    );
  const lines = (from: number, to: number) =>
    from === to
      ? say('pdf.category.line', { from: String(from) })
      : say('pdf.category.lines', { from: String(from), to: String(to) });
  return {
    title: say('pdf.category.title'),
    card: say('pdf.category.card'),
    level: (n) => say('pdf.category.level', { level: String(n) }),
    answer: say('pdf.category.answer'),
    notEligible: say('pdf.category.notEligible'),
    eligibleNoCategory: say('pdf.category.eligibleNoCategory'),
    categories: {
      higher: say('pdf.category.category.higher'),
      first: say('pdf.category.category.first'),
      second: say('pdf.category.category.second'),
      none: say('pdf.category.category.none'),
    },
    group: say('pdf.category.group'),
    groups: {
      'high-level-specialist': say('pdf.category.group.high-level-specialist'),
      'mid-level-specialist': say('pdf.category.group.mid-level-specialist'),
      general: say('pdf.category.group.general'),
    },
    matched: say('pdf.category.matched'),
    nextFor: (category) => say('pdf.category.nextFor', { category }),
    nextEligible: say('pdf.category.nextEligible'),
    top: say('pdf.category.top'),
    source: say('pdf.category.source'),
    sourceText: (p) =>
      say('pdf.category.sourceText', {
        date: dottedDate(p.date),
        order: p.order,
        code: p.code,
        level: String(p.level),
        lines: lines(p.from, p.to),
      }),
    officialNote: lang === 'kk' ? null : say('pdf.category.officialNote'),
    notStored: say('pdf.category.notStored'),
    footer: (p) =>
      say('pdf.category.footer', {
        date: dottedDate(p.date),
        order: p.order,
        edition: p.edition,
        generated: p.generated,
      }),
  };
}

export const CATEGORY_PDF_LABELS: Record<Lang, CategoryPdfLabels> = Object.fromEntries(
  LANGS.map((lang) => [lang, labels(lang)]),
) as Record<Lang, CategoryPdfLabels>;
