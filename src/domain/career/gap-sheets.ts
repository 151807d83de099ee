/**
 * The gap report as tables, one per section (summary per labour function, missing, partial,
 * covered, requirements, warnings), ready for a spreadsheet or any other tabular format. The
 * headers are in the asked language; item texts are the official Kazakh as they are, with the
 * unofficial translation beside them for ru and en (where the data has one). Pure: the file format lives in exports.
 */
import { localizeNote } from '../qualification/explain.js';
import type { Lang } from '../shared/localize.js';
import { GAP_SHEET_WORDS } from '../shared/messages/gap-sheets.js';
import { formatDate, valueWord } from '../shared/messages/index.js';
import type { GapReport, Rating } from './gap.js';

export type Cell = string | number | null;

export type Sheet = {
  name: string;
  /** Lines above the table (the card, the edition). */
  preamble: Cell[][];
  header: Cell[];
  rows: Cell[][];
  /** Column widths in characters. */
  widths: number[];
};

type Words = Record<Lang, string>;

const L = GAP_SHEET_WORDS;

const capitalize = (text: string, lang: Lang) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

const RATING: Record<Rating | 'unrated', Words> = {
  full: L.full,
  partial: L.partialCount,
  none: L.none,
  unrated: L.unrated,
};

/** The sheets of a gap report; the warnings sheet only when there are warnings. */
export function gapSheets(report: GapReport & { edition: string }, lang: Lang): Sheet[] {
  const t = (w: Words) => w[lang];
  // Functions are numbered as printed (else in order); item tables refer to them by number.
  const functionNumber = new Map(report.labourFunctions.map((f, i) => [f.id, f.number ?? String(i + 1)]));
  const counts = (c: GapReport['overall']): Cell[] => [c.items, c.full, c.partial, c.none, c.unrated, c.percent];
  const sheets: Sheet[] = [
    {
      name: t(L.summary),
      preamble: [
        [`${t(L.card)}: ${report.card.code}/${report.card.level} — ${report.card.name.kk}`],
        [`${t(L.edition)}: ${report.edition}`],
      ],
      header: [
        '№',
        t(L.labourFunction),
        t(L.items),
        t(L.full),
        t(L.partialCount),
        t(L.none),
        t(L.unrated),
        t(L.percent),
      ],
      rows: [
        ['', t(L.overall), ...counts(report.overall)],
        ...report.labourFunctions.map((f) => [functionNumber.get(f.id) ?? '', f.kk, ...counts(f)]),
      ],
      widths: [5, 70, 10, 10, 10, 10, 14, 12],
    },
  ];

  const itemSheet = (name: string, items: GapReport['missing']): Sheet => {
    // The translation column only where there is a translation to show.
    const translated = lang !== 'kk' && items.some((i) => i[lang]);
    return {
      name,
      preamble: [],
      header: [t(L.id), t(L.kind), t(L.text), ...(translated ? [t(L.translation)] : []), t(L.functionNo), t(L.rating)],
      rows: items.map((i) => [
        i.id,
        t(i.kind === 'skill' ? L.skill : L.knowledge),
        i.kk,
        ...(translated ? [i[lang] ?? ''] : []),
        functionNumber.get(i.labourFunction ?? '') ?? '',
        t(RATING[i.rating ?? 'unrated']),
      ]),
      widths: [24, 10, 70, ...(translated ? [60] : []), 8, 14],
    };
  };
  sheets.push(itemSheet(t(L.missing), report.missing));
  sheets.push(itemSheet(t(L.partial), report.partial));
  sheets.push(itemSheet(t(L.covered), report.covered));

  const requirements: Cell[][] = [];
  const r = report.requirements;
  if (!r) requirements.push([t(L.note), t(L.noPerson)]);
  else {
    requirements.push([t(L.answer), r.summary[lang]]);
    // Codes as words of the language (`second`, `mid-level-specialist` are not for people).
    requirements.push([t(L.category), r.category ? capitalize(valueWord(lang, 'category', r.category), lang) : '—']);
    requirements.push([t(L.group), r.group ? capitalize(valueWord(lang, 'group', r.group), lang) : '—']);
    if (r.explanation.matched) {
      requirements.push([t(L.rule), r.explanation.matched.text]);
      requirements.push([t(L.lines), r.explanation.matched.source.lines.join('–')]);
    }
    for (const note of r.explanation.notes) requirements.push([t(L.note), localizeNote(note, lang)]);
  }
  sheets.push({
    name: t(L.requirements),
    preamble: [],
    header: [t(L.kind), t(L.value)],
    rows: requirements,
    widths: [24, 100],
  });

  if (report.warnings.length > 0) {
    sheets.push({
      name: t(L.warnings),
      preamble: [],
      header: [t(L.item), t(L.message)],
      rows: report.warnings.map((w) => [w.itemId ?? '', w.message]),
      widths: [30, 100],
    });
  }
  return sheets;
}

const TITLE: Words = { kk: 'Өзін-өзі бағалау есебі', ru: 'Отчёт о самооценке', en: 'Self-assessment gap report' };

/** Title, subtitle and page label of a printed gap report. */
export function gapDocumentText(
  report: GapReport & { edition: string },
  lang: Lang,
  generatedAt: Date,
): { title: string; subtitle: string; pageLabel: (n: number, pages: number) => string } {
  const date = formatDate(lang, generatedAt);
  return {
    title: `${TITLE[lang]}: ${report.card.code}/${report.card.level} — ${report.card.name.kk}`,
    subtitle: `${L.generated[lang]}: ${date}`,
    pageLabel: (n, pages) =>
      ({ kk: `${n}-бет, барлығы ${pages}`, ru: `стр. ${n} из ${pages}`, en: `page ${n} of ${pages}` })[lang],
  };
}
