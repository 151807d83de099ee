/**
 * A category check's answer as ONE A4 page, for a person to print or keep: the card, the answer
 * and its plain-language summary, the rule that matched (quoted in the card's official Kazakh
 * text) and its source (the order, the card, the lines of the official text, as the app shows
 * them), what the next category still needs with its rule, and the engine's notes. Labels are in
 * the asked language; with ru or en the page says that the rules stay in official Kazakh and the
 * rest is unofficial. The page never overflows: the type shrinks until everything fits, and a
 * text that still does not fit is cut with "…" (the answer always keeps its rules). Nothing of the
 * person is stored; the PDF is made for the request.
 */
import PDFDocument from 'pdfkit';
import type { CategoryResult, RuleRef } from '../../domain/qualification/category.js';
import { describeShortfall } from '../../domain/qualification/explain.js';
import type { Lang } from '../../domain/shared/localize.js';
import { formatDate } from '../../domain/shared/messages/index.js';
import { CATEGORY_PDF_LABELS, type CategoryPdfLabels } from './category-result-pdf-labels.js';
import { type PdfFonts, pdfFonts } from './fonts.js';
import { pdfBytes } from './pdf-bytes.js';

type Texts = { kk: string; ru?: string | undefined; en?: string | undefined };

export type CategoryPdfInput = {
  result: CategoryResult & { summary: Record<Lang, string> };
  card: { code: string; level: number; name: Texts };
  edition: { id: string; order: { number: string; date: string } };
  lang: Lang;
  /** Printed in the footer and as the creation date. */
  generatedAt: Date;
};

/** `category-3412-0-008-5.pdf` */
export const categoryPdfFileName = (card: { code: string; level: number }) => `category-${card.code}-${card.level}.pdf`;

type Block = {
  text: string;
  bold?: boolean;
  size: number;
  indent?: number;
  gapBefore?: number;
  kk?: boolean;
  grey?: boolean;
};

const MARGIN = 48;

function answerLine(result: CategoryResult, l: CategoryPdfLabels): string {
  if (!result.eligible) return l.notEligible;
  if (!result.category) return l.eligibleNoCategory;
  return l.categories[result.category];
}

function ruleBlocks(rule: RuleRef, input: CategoryPdfInput, l: CategoryPdfLabels, base: number): Block[] {
  const [from, to] = rule.source.lines;
  return [
    { text: `«${rule.text}»`, size: base, indent: 12, kk: true, gapBefore: 0.2 },
    {
      text: `${l.source}: ${l.sourceText({ order: input.edition.order.number, date: input.edition.order.date, code: input.card.code, level: input.card.level, from, to })}`,
      size: base - 1.5,
      indent: 12,
      grey: true,
    },
  ];
}

/** Everything the page says, at a base type size. */
function blocks(input: CategoryPdfInput, base: number): Block[] {
  const l = CATEGORY_PDF_LABELS[input.lang];
  const { result, card } = input;
  const name = input.lang === 'kk' ? card.name.kk : (card.name[input.lang] ?? card.name.kk);
  const out: Block[] = [
    { text: l.title, bold: true, size: base + 6 },
    { text: `${l.card}: ${card.code}, ${l.level(card.level)} — ${card.name.kk}`, size: base, gapBefore: 0.3 },
  ];
  if (name !== card.name.kk) out.push({ text: name, size: base - 1, grey: true });
  if (l.officialNote) out.push({ text: l.officialNote, size: base - 1.5, grey: true, gapBefore: 0.3 });
  out.push(
    { text: `${l.answer}: ${answerLine(result, l)}`, bold: true, size: base + 3, gapBefore: 0.8 },
    { text: result.summary[input.lang], size: base, gapBefore: 0.2 },
  );
  if (result.group) {
    const g = result.group as keyof CategoryPdfLabels['groups'];
    out.push({ text: `${l.group}: ${l.groups[g] ?? result.group}`, size: base, gapBefore: 0.2 });
  }
  if (result.explanation.matched) {
    out.push({ text: l.matched, bold: true, size: base + 1, gapBefore: 0.8 });
    out.push(...ruleBlocks(result.explanation.matched, input, l, base));
  }
  if (result.next) {
    const heading = result.next.category
      ? l.nextFor(l.categories[result.next.category].toLocaleLowerCase(input.lang))
      : l.nextEligible;
    out.push({ text: heading, bold: true, size: base + 1, gapBefore: 0.8 });
    for (const s of result.next.missing)
      out.push({ text: `• ${describeShortfall(s, input.lang)}`, size: base, indent: 12 });
    out.push(...ruleBlocks(result.next.rule, input, l, base));
  } else if (result.eligible && result.category === 'higher') {
    out.push({ text: l.top, size: base, gapBefore: 0.6 });
  }
  out.push({ text: l.notStored, size: base - 1.5, grey: true, gapBefore: 1 });
  return out;
}

function heightOf(doc: PDFKit.PDFDocument, fonts: PdfFonts, list: Block[], width: number): number {
  let h = 0;
  for (const b of list) {
    doc.font(b.bold ? fonts.bold : fonts.regular).fontSize(b.size);
    h += (b.gapBefore ?? 0) * doc.currentLineHeight() + doc.heightOfString(b.text, { width: width - (b.indent ?? 0) });
  }
  return h;
}

export async function renderCategoryPdf(input: CategoryPdfInput): Promise<Buffer> {
  const fonts = pdfFonts();
  const l = CATEGORY_PDF_LABELS[input.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN + 8, right: MARGIN + 8 },
    font: fonts.regular,
    lang: input.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${l.title}: ${input.card.code}, ${l.level(input.card.level)}`,
      Creator: 'Kasip',
      Producer: 'Kasip (PDFKit)',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const done = pdfBytes(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const footerY = doc.page.height - MARGIN + 8;
  const room = footerY - 12 - doc.page.margins.top;
  // The largest type (10.5 pt down to 6 pt) at which the whole answer fits on the page.
  let base = 10.5;
  let list = blocks(input, base);
  while (base > 6 && heightOf(doc, fonts, list, width) > room) {
    base -= 0.5;
    list = blocks(input, base);
  }
  let y = doc.page.margins.top;
  const bottom = doc.page.margins.top + room;
  for (const b of list) {
    doc.font(b.bold ? fonts.bold : fonts.regular).fontSize(b.size);
    y += (b.gapBefore ?? 0) * doc.currentLineHeight();
    const w = width - (b.indent ?? 0);
    const left2 = bottom - y;
    if (left2 < doc.currentLineHeight()) break;
    // Still too long at the smallest type: the text is cut to the room left (never a second page).
    const h = doc.heightOfString(b.text, { width: w });
    doc.fillColor(b.grey ? '#444444' : '#141414');
    doc.text(b.text, left + (b.indent ?? 0), y, {
      width: w,
      ...(h > left2 ? { height: left2, ellipsis: '…' } : {}),
      lineBreak: true,
    });
    y += Math.min(h, left2);
  }
  // The footer sits in the bottom margin: with the margin kept, pdfkit would open a second page.
  doc.page.margins.bottom = 0;
  doc
    .font(fonts.regular)
    .fontSize(7.5)
    .fillColor('#444444')
    .text(
      l.footer({
        order: input.edition.order.number,
        date: input.edition.order.date,
        edition: input.edition.id,
        generated: formatDate(input.lang, input.generatedAt),
      }),
      left,
      footerY,
      { width, lineBreak: false },
    );
  doc.end();
  return done;
}
