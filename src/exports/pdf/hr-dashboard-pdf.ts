/**
 * The HR dashboard as an A4 landscape PDF, for the management meeting or the file: categories by
 * card and level, attestations due, skill coverage (labour functions against people, the share
 * printed in every cell and the cell shaded by it, so it reads in black and white) and plans.
 * Fonts as in every Kasip PDF (fonts.ts); the footer gives the organisation, the day and the page.
 */
import PDFDocument from 'pdfkit';
import type { Lang } from '../../domain/shared/localize.js';
import { formatNumber } from '../../domain/shared/messages/index.js';
import { dashboardTable } from '../hr-dashboard-table.js';
import { dottedDate } from './attestation-protocol.js';
import { pdfFonts } from './fonts.js';

export type DashboardPdfInput = {
  lang: Lang;
  org: { name: string };
  today: string;
  staffTotal: number;
  categories: { cardCode: string; level: number; counts: Record<string, number> }[];
  attestations: { overdue: number; d30: number; d60: number; d90: number; onLeave: number };
  coverage: { fullName: string; card: string; functions: { name: string; percent: number | null }[] }[];
  plans: { active: number; completed: number; itemsDone: number; itemsTotal: number };
  generatedAt: Date;
};

const TEXT: Record<
  Lang,
  {
    title: string;
    staff: string;
    categories: string;
    attestations: string;
    due: (o: DashboardPdfInput['attestations']) => string;
    coverage: string;
    coverageNote: string;
    person: string;
    notRated: string;
    plans: (p: DashboardPdfInput['plans']) => string;
    footer: (org: string, date: string, page: number, pages: number) => string;
  }
> = {
  kk: {
    title: 'Персонал: жиынтық көрсеткіштер',
    staff: 'Қызметкерлер саны',
    categories: 'Карточкалар мен деңгейлер бойынша санаттар',
    attestations: 'Аттестаттау',
    due: (o) =>
      `Мерзімі өткен: ${o.overdue} · 30 күнде: ${o.d30} · 60 күнде: ${o.d60} · 90 күнде: ${o.d90} · демалыста: ${o.onLeave}`,
    coverage: 'Дағдылардың қамтылуы: еңбек функциялары мен қызметкерлер',
    coverageNote: 'Пайыз — даму жоспары жасалған бағалаудағы функция дағдылары мен білімінің меңгерілу үлесі.',
    person: 'Қызметкер',
    notRated: 'бағаланбаған',
    plans: (p) =>
      `Даму жоспарлары: белсенді ${p.active}, аяқталған ${p.completed}; орындалған тармақтар ${p.itemsDone} / ${p.itemsTotal}`,
    footer: (org, date, page, pages) => `${org} · ${date} · ${page}/${pages} бет`,
  },
  ru: {
    title: 'Персонал: сводные показатели',
    staff: 'Численность работников',
    categories: 'Категории по карточкам и уровням',
    attestations: 'Аттестация',
    due: (o) =>
      `Просрочено: ${o.overdue} · в 30 дней: ${o.d30} · в 60 дней: ${o.d60} · в 90 дней: ${o.d90} · в отпуске: ${o.onLeave}`,
    coverage: 'Охват навыков: трудовые функции и работники',
    coverageNote: 'Процент — доля освоенных навыков и знаний функции по оценке, на которой построен план развития.',
    person: 'Работник',
    notRated: 'не оценено',
    plans: (p) =>
      `Планы развития: активных ${p.active}, завершённых ${p.completed}; выполнено пунктов ${p.itemsDone} из ${p.itemsTotal}`,
    footer: (org, date, page, pages) => `${org} · ${date} · стр. ${page} из ${pages}`,
  },
  en: {
    title: 'Staff at a glance',
    staff: 'Staff',
    categories: 'Categories by card and level',
    attestations: 'Attestation',
    due: (o) =>
      `Overdue: ${o.overdue} · due in 30 days: ${o.d30} · 60 days: ${o.d60} · 90 days: ${o.d90} · on leave: ${o.onLeave}`,
    coverage: 'Skill coverage: labour functions against people',
    coverageNote:
      'The share of the function’s skills and knowledge rated as held, in the assessment the development plan was made on.',
    person: 'Person',
    notRated: 'not rated',
    plans: (p) =>
      `Development plans: ${p.active} active, ${p.completed} completed; ${p.itemsDone} of ${p.itemsTotal} items done`,
    footer: (org, date, page, pages) => `${org} · ${date} · page ${page} of ${pages}`,
  },
};

const MARGIN = 40;

/** A simple grid: header row bold, cells clipped to their width, a new page when the bottom is near. */
function grid(
  doc: PDFKit.PDFDocument,
  fonts: { regular: string; bold: string },
  rows: readonly (readonly (string | number)[])[],
  widths: readonly number[],
  shade?: (row: number, col: number) => number | null,
): void {
  const left = MARGIN;
  rows.forEach((row, r) => {
    doc.font(r === 0 ? fonts.bold : fonts.regular).fontSize(8);
    const height =
      Math.max(...row.map((cell, c) => doc.heightOfString(String(cell), { width: (widths[c] ?? 60) - 6 }))) + 6;
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
    const top = doc.y;
    let x = left;
    row.forEach((cell, c) => {
      const w = widths[c] ?? 60;
      const level = r > 0 && shade ? shade(r, c) : null;
      // Darker for more coverage; the number stays printed, so the shade is never the only signal.
      if (level !== null)
        doc.rect(x, top, w, height).fill(
          `#${Math.round(255 - level * 1.2)
            .toString(16)
            .padStart(2, '0')
            .repeat(2)}ff`,
        );
      doc.rect(x, top, w, height).lineWidth(0.4).stroke('#999999');
      doc.fillColor('#000000').text(String(cell), x + 3, top + 3, { width: w - 6 });
      x += w;
    });
    doc.y = top + height;
  });
  doc.x = left;
  doc.moveDown(0.8);
}

export async function renderDashboardPdf(input: DashboardPdfInput): Promise<Buffer> {
  const T = TEXT[input.lang];
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: fonts.regular,
    lang: input.lang,
    info: {
      Title: `${T.title} — ${input.org.name}`,
      Creator: 'Kasip',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font(fonts.bold).fontSize(15).text(T.title, { width });
  doc
    .font(fonts.regular)
    .fontSize(10)
    .text(`${input.org.name} · ${dottedDate(input.today)}`, { width });
  doc.moveDown(0.6);
  doc.font(fonts.bold).fontSize(11).text(`${T.staff}: ${input.staffTotal}`);
  doc.moveDown(0.4);
  doc.font(fonts.bold).fontSize(11).text(T.attestations);
  doc.font(fonts.regular).fontSize(9).text(T.due(input.attestations), { width });
  doc.moveDown(0.6);

  doc.font(fonts.bold).fontSize(11).text(T.categories);
  doc.moveDown(0.3);
  const table = dashboardTable(input, input.lang);
  const first = 80;
  const rest = (width - first - 40) / Math.max(1, (table[0]?.length ?? 3) - 2);
  grid(doc, fonts, table, [first, 40, ...Array((table[0]?.length ?? 2) - 2).fill(rest)]);

  doc.font(fonts.regular).fontSize(9).text(T.plans(input.plans), { width });
  doc.moveDown(0.6);

  if (input.coverage.length > 0) {
    doc.font(fonts.bold).fontSize(11).text(T.coverage);
    doc.font(fonts.regular).fontSize(8).fillColor('#444444').text(T.coverageNote, { width }).fillColor('#000000');
    doc.moveDown(0.3);
    // One grid per card: each card has its own labour functions.
    const byCard = new Map<string, DashboardPdfInput['coverage']>();
    for (const person of input.coverage) byCard.set(person.card, [...(byCard.get(person.card) ?? []), person]);
    for (const [card, people] of byCard) {
      const functions = people[0]?.functions.map((f) => f.name) ?? [];
      const cellWidth = (width - 140) / Math.max(1, functions.length);
      const rows = [
        [`${T.person} (${card})`, ...functions],
        ...people.map((p) => [
          p.fullName,
          ...p.functions.map((f) =>
            f.percent === null ? T.notRated : `${formatNumber(input.lang, f.percent, { maximumFractionDigits: 1 })} %`,
          ),
        ]),
      ];
      grid(doc, fonts, rows, [140, ...functions.map(() => cellWidth)], (r, c) =>
        c === 0 ? null : (people[r - 1]?.functions[c - 1]?.percent ?? null),
      );
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font(fonts.regular).fontSize(7).fillColor('#555555');
    doc.text(
      T.footer(input.org.name, dottedDate(input.today), i + 1, range.count),
      MARGIN,
      doc.page.height - MARGIN + 10,
      {
        width,
        lineBreak: false,
      },
    );
  }
  doc.end();
  return done;
}
