/**
 * What a programme's DOCX and PDF say, decided once: the title page's lines, the table of
 * modules, each module's outcomes with their criteria, method and linked items, the coverage
 * matrix (items × modules), the exceptions and the hours per labour function. The two writers
 * only lay this model out, so the Word file handed in and its PDF never say different things.
 * Item texts are the card's official Kazakh in either language. Pure.
 */
import type { CoverageReport, CoverageStatus } from '../../domain/programmes/coverage.js';
import type { ProgrammeContent, ProgrammeLang, ProgrammeStatus } from '../../domain/programmes/programme.js';
import { PROGRAMME_LABELS, type ProgrammeLabels } from './programme-labels.js';

/** The export operations' answer for a DOCX or PDF (see programme-exports.ops.ts). */
export type ProgrammeDocumentInput = {
  lang: ProgrammeLang;
  org: { name: string };
  programme: {
    id: string;
    status: ProgrammeStatus;
    version: number;
    demo: boolean;
    updatedAt: string;
    finalisedAt: string | null;
    content: ProgrammeContent;
  };
  /** The programme's cards with their names: Kazakh official, Russian an unofficial translation. */
  cards: { code: string; level: number; editionId: string; kk: string; ru: string | null }[];
  coverage: CoverageReport;
};

export type ModuleRow = {
  code: string;
  name: string;
  kind: string;
  theory: number;
  practice: number;
  total: number;
  credits: string;
};

export type OutcomeBlock = {
  id: string;
  text: string;
  method: string;
  criteria: string[];
  /** `id — official Kazakh text`, or the id marked as not in the card. */
  linked: string[];
};

export type MatrixRow = {
  itemId: string;
  kind: string;
  kk: string;
  /** Per module, in the header's order: '' or '✓' (with the number of outcomes when more than one). */
  marks: string[];
  status: string;
  statusKey: CoverageStatus;
};

export type ProgrammeDocumentModel = {
  labels: ProgrammeLabels;
  title: string;
  /** A stamp over the title page: «ЖОБА»/«ПРОЕКТ» while draft, an archive or demo note. */
  stamps: string[];
  titleLines: { label: string; value: string }[];
  year: string;
  modules: { rows: ModuleRow[]; totals: { theory: number; practice: number; total: number; credits: string } };
  outcomes: { heading: string; outcomes: OutcomeBlock[] }[];
  matrix: { moduleCodes: string[]; rows: MatrixRow[] };
  exceptions: { itemId: string; kk: string; reason: string }[];
  hours: { labourFunction: string; hours: number; items: number; covered: number }[];
  unattributedHours: number;
};

const credits = (n: number | null) => (n === null ? '—' : String(n));

/** `Әлеуметтік қызметкер (Социальный работник — неофициальный перевод)` in Russian; the Kazakh name alone in Kazakh. */
function cardName(card: ProgrammeDocumentInput['cards'][number], lang: ProgrammeLang, labels: ProgrammeLabels) {
  if (lang === 'kk' || card.ru === null) return card.kk;
  return `${card.kk} (${card.ru} — ${labels.unofficial})`;
}

/**
 * `mark` is the matrix's sign for "covered here": ✓ in Word (which falls back to a symbol font
 * for it), • in the PDF (Noto Sans has no ✓).
 */
export function programmeDocumentModel(input: ProgrammeDocumentInput, mark = '✓'): ProgrammeDocumentModel {
  const labels = PROGRAMME_LABELS[input.lang];
  const { content } = input.programme;
  const itemText = new Map(input.coverage.rows.map((r) => [r.itemId, r.kk]));
  const year = (input.programme.finalisedAt ?? input.programme.updatedAt).slice(0, 4);
  const unit = content.volume.unit === 'hours' ? labels.hours : labels.credits;

  const stamps = [
    ...(input.programme.status === 'draft' ? [labels.draftStamp] : []),
    ...(input.programme.status === 'archived' ? [labels.archivedStamp] : []),
    ...(input.programme.demo ? [labels.demoStamp] : []),
  ];

  const titleLines = [
    { label: labels.org, value: input.org.name },
    { label: labels.type, value: labels.types[content.type] },
    ...input.cards.map((c) => ({
      label: labels.card,
      value: `${c.code}, ${c.level} ${labels.level}: ${cardName(c, input.lang, labels)}`,
    })),
    { label: labels.edition, value: [...new Set(input.cards.map((c) => c.editionId))].join(', ') },
    { label: labels.volume, value: `${content.volume.value} ${unit}` },
    { label: labels.status, value: `${labels.statuses[input.programme.status]} (v${input.programme.version})` },
  ];

  const rows: ModuleRow[] = content.modules.map((m) => ({
    code: m.code,
    name: m.name,
    kind: labels.kinds[m.kind],
    theory: m.hours.theory,
    practice: m.hours.practice,
    total: m.hours.theory + m.hours.practice,
    credits: credits(m.credits),
  }));
  const sum = (pick: (r: ModuleRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const creditTotal = content.modules.some((m) => m.credits !== null)
    ? String(content.modules.reduce((s, m) => s + (m.credits ?? 0), 0))
    : '—';

  const outcomes = content.modules.map((m) => ({
    heading: `${m.code}. ${m.name}`,
    outcomes: m.outcomes.map((o) => ({
      id: o.id,
      text: o.text,
      method: labels.methods[o.method],
      criteria: o.criteria.map((c) => c.text),
      linked: o.itemIds.map((id) => {
        const kk = itemText.get(id);
        return kk === undefined ? `${id} — ${labels.notInCard}` : `${id} — ${kk}`;
      }),
    })),
  }));

  const matrixRows: MatrixRow[] = input.coverage.rows.map((r) => {
    const byModule = new Map(r.cells.map((c) => [c.moduleId, c.outcomeIds.length]));
    return {
      itemId: r.itemId,
      kind: labels.itemKind[r.kind],
      kk: r.kk,
      marks: content.modules.map((m) => {
        const n = byModule.get(m.id) ?? 0;
        return n === 0 ? '' : n === 1 ? mark : `${mark} ${n}`;
      }),
      status: labels.coverage[r.status],
      statusKey: r.status,
    };
  });

  return {
    labels: { ...labels, matrixNote: labels.matrixNote.replace('✓', mark) },
    title: content.title,
    stamps,
    titleLines,
    year,
    modules: {
      rows,
      totals: {
        theory: sum((r) => r.theory),
        practice: sum((r) => r.practice),
        total: sum((r) => r.total),
        credits: creditTotal,
      },
    },
    outcomes,
    matrix: { moduleCodes: content.modules.map((m) => m.code), rows: matrixRows },
    exceptions: content.exceptions.map((e) => ({
      itemId: e.itemId,
      kk: itemText.get(e.itemId) ?? labels.notInCard,
      reason: e.reason,
    })),
    hours: input.coverage.functions.map((f) => ({
      labourFunction: `${f.cardCode}/${f.cardLevel} · ${f.kk}`,
      hours: f.hours,
      items: f.items,
      covered: f.covered,
    })),
    unattributedHours: input.coverage.unattributedHours,
  };
}

/**
 * The modules table's body as both writers print it: a row a module (code, name, kind, theory,
 * practice and total hours, credits), then the totals row under the name column.
 */
export function moduleTableRows(modules: ProgrammeDocumentModel['modules'], totalLabel: string): (string | number)[][] {
  const { theory, practice, total, credits } = modules.totals;
  return [
    ...modules.rows.map((r) => [r.code, r.name, r.kind, r.theory, r.practice, r.total, r.credits]),
    ['', totalLabel, '', theory, practice, total, credits],
  ];
}

/** `programme-<title>-<lang>.docx`, in letters a file system keeps. */
export function programmeFileName(input: Pick<ProgrammeDocumentInput, 'lang' | 'programme'>, ext: string): string {
  const stem = input.programme.content.cards.map((c) => `${c.code}-${c.level}`).join('_');
  return `programme-${stem}-${input.lang}.${ext}`;
}
