/**
 * Tables as an A4 PDF, one section per table (used for the career gap report): a title, each
 * table with its heading, the lines above it and a header row repeated on every page it runs
 * over, cells wrapped to the column widths, "page N of M" in the footer. Noto Sans is embedded
 * (see pdf/fonts.ts), so every Kazakh letter prints and the text can be selected and searched.
 */
import PDFDocument from 'pdfkit';
import type { Cell, Sheet } from '../domain/career/gap-sheets.js';
import { pdfFonts } from './pdf/fonts.js';

export type TablesPdfInput = {
  title: string;
  /** A line under the title (the edition, the date). */
  subtitle?: string;
  sheets: readonly Sheet[];
  generatedAt: Date;
  /** `page {n} of {pages}` in the report's language. */
  pageLabel: (n: number, pages: number) => string;
};

const MARGIN = { top: 50, bottom: 56, left: 45, right: 45 };
const SIZE = { title: 14, heading: 11.5, text: 8.5, small: 7.5 };
const PAD = 3;
const GREY = '#eeeeee';
const RULE = '#bbbbbb';

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));

/**
 * Column widths on the page: each column at least as wide as its longest word (so no word is
 * broken inside), the rest of the width shared in proportion to the sheet's widths.
 */
function columnWidths(doc: PDFKit.PDFDocument, sheet: Sheet, width: number): number[] {
  const longestWord = (cells: readonly Cell[], i: number, font: 'regular' | 'bold') => {
    doc.font(font).fontSize(SIZE.text);
    const words = text(cells[i] ?? null).split(/\s+/);
    return Math.max(0, ...words.map((w) => doc.widthOfString(w)));
  };
  const weights = sheet.header.map((_c, i) => sheet.widths[i] ?? 14);
  const minimum = sheet.header.map(
    (_c, i) =>
      Math.min(
        width * 0.4,
        Math.max(longestWord(sheet.header, i, 'bold'), ...sheet.rows.map((r) => longestWord(r, i, 'regular'))),
      ) +
      2 * PAD +
      1,
  );
  const used = minimum.reduce((a, b) => a + b, 0);
  if (used >= width) return minimum.map((m) => (m / used) * width);
  // Share the rest by weight, but a column whose weight share is below its minimum keeps the minimum.
  const total = weights.reduce((a, b) => a + b, 0);
  const share = weights.map((w) => (w / total) * width);
  const fixed = share.map((s, i) => s <= (minimum[i] ?? 0));
  const fixedWidth = minimum.reduce((sum, m, i) => sum + (fixed[i] ? m : 0), 0);
  const freeWeight = weights.reduce((sum, w, i) => sum + (fixed[i] ? 0 : w), 0);
  const widths = weights.map((w, i) =>
    fixed[i] ? (minimum[i] ?? 0) : Math.max(minimum[i] ?? 0, (w / freeWeight) * (width - fixedWidth)),
  );
  const sum = widths.reduce((a, b) => a + b, 0);
  return sum > width ? widths.map((w) => (w / sum) * width) : widths;
}

export async function tablesToPdf(input: TablesPdfInput): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    font: fonts.regular,
    lang: 'kk',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: input.title, Author: 'Kasip', Creator: 'Kasip', CreationDate: input.generatedAt },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  let y = MARGIN.top;
  const newPage = () => {
    doc.addPage();
    y = MARGIN.top;
  };
  const paragraph = (value: string, font: 'regular' | 'bold', size: number, after = 4) => {
    doc.font(font).fontSize(size);
    const h = doc.heightOfString(value, { width });
    if (y + h > bottom()) newPage();
    doc.text(value, left, y, { width });
    y += h + after;
  };

  paragraph(input.title, 'bold', SIZE.title, 2);
  if (input.subtitle) paragraph(input.subtitle, 'regular', SIZE.small, 10);

  for (const sheet of input.sheets) {
    if (y + 60 > bottom()) newPage();
    y += 6;
    paragraph(sheet.name, 'bold', SIZE.heading, 3);
    for (const line of sheet.preamble) paragraph(line.map(text).join(' '), 'bold', SIZE.text, 2);
    const columns = columnWidths(doc, sheet, width);

    const rowHeight = (cells: readonly Cell[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(SIZE.text);
      return (
        Math.max(...columns.map((w, i) => doc.heightOfString(text(cells[i] ?? null), { width: w - 2 * PAD }))) + 2 * PAD
      );
    };
    const drawRow = (cells: readonly Cell[], font: 'regular' | 'bold', shade: boolean) => {
      const h = rowHeight(cells, font);
      if (shade) doc.save().rect(left, y, width, h).fill(GREY).restore();
      doc.font(font).fontSize(SIZE.text).fillColor('black');
      let x = left;
      columns.forEach((w, i) => {
        doc.text(text(cells[i] ?? null), x + PAD, y + PAD, { width: w - 2 * PAD });
        x += w;
      });
      doc
        .save()
        .lineWidth(0.4)
        .strokeColor(RULE)
        .moveTo(left, y + h)
        .lineTo(left + width, y + h)
        .stroke()
        .restore();
      y += h;
    };

    if (y + rowHeight(sheet.header, 'bold') * 2 > bottom()) newPage();
    drawRow(sheet.header, 'bold', true);
    if (sheet.rows.length === 0) paragraph('—', 'regular', SIZE.text);
    for (const row of sheet.rows) {
      if (y + rowHeight(row, 'regular') > bottom()) {
        newPage();
        drawRow(sheet.header, 'bold', true);
      }
      drawRow(row, 'regular', false);
    }
    y += 8;
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // the footer stands below the margin and must not open a page
    doc
      .font('regular')
      .fontSize(SIZE.small)
      .fillColor('#555555')
      .text(`${input.title} · ${input.pageLabel(i + 1, range.count)}`, left, doc.page.height - margin + 20, {
        width,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
      });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
