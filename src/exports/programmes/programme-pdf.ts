/**
 * The programme as a PDF: the same content as the DOCX (programme-document.ts decides it) laid
 * out with pdfkit in Noto Sans (every Kazakh letter, selectable text), A4 portrait for the title
 * page, the modules and the outcomes, A4 landscape for the coverage matrix, the exceptions and
 * the hours. Page numbers at the foot of every page but the title page.
 */
import PDFDocument from 'pdfkit';
import type { CoverageStatus } from '../../domain/programmes/coverage.js';
import { pdfFonts } from '../pdf/fonts.js';
import { type ProgrammeDocumentInput, moduleTableRows, programmeDocumentModel } from './programme-document.js';
import { pdfBytes } from '../pdf/pdf-bytes.js';

const MARGINS = { top: 57, bottom: 57, left: 85, right: 43 };
const STATUS_FILL: Record<CoverageStatus, string> = {
  covered: '#d9ead3',
  'theory-only': '#fff2cc',
  uncovered: '#f4cccc',
  excepted: '#e7e6e6',
};

type Column = { header: string; width: number; center?: boolean };

/** A table that breaks across pages, repeating its header; `fill` colours a cell. */
function drawTable(
  doc: PDFKit.PDFDocument,
  fonts: { regular: string; bold: string },
  columns: Column[],
  rows: (string | number)[][],
  size: number,
  fill?: (row: number, col: number) => string | undefined,
) {
  const left = doc.page.margins.left;
  const pad = 3;
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return (
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (columns[i]?.width ?? 40) - pad * 2 }))) + pad * 2
    );
  };
  const drawRow = (cells: string[], font: string, background: (col: number) => string | undefined) => {
    const h = heightOf(cells, font);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage({
        size: 'A4',
        layout: doc.page.width > doc.page.height ? 'landscape' : 'portrait',
        margins: MARGINS,
      });
      if (font !== fonts.bold) drawHeader();
    }
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      const w = columns[i]?.width ?? 40;
      const bg = background(i);
      if (bg) doc.save().rect(x, y, w, h).fill(bg).restore();
      doc.save().lineWidth(0.5).rect(x, y, w, h).stroke('#000000').restore();
      doc
        .fillColor('#000000')
        .font(font)
        .fontSize(size)
        .text(c, x + pad, y + pad, { width: w - pad * 2, align: columns[i]?.center ? 'center' : 'left' });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const drawHeader = () =>
    drawRow(
      columns.map((c) => c.header),
      fonts.bold,
      () => '#f2f2f2',
    );
  drawHeader();
  rows.forEach((r, ri) => {
    drawRow(
      r.map((v) => String(v)),
      fonts.regular,
      (ci) => fill?.(ri, ci),
    );
  });
  doc.moveDown(0.5);
}

export async function renderProgrammePdf(input: ProgrammeDocumentInput & { generatedAt: Date }): Promise<Buffer> {
  const m = programmeDocumentModel(input, '•');
  const l = m.labels;
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    font: fonts.regular,
    lang: input.lang,
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: m.title,
      Author: input.org.name,
      Creator: 'Kasip',
      Producer: 'Kasip (PDFKit)',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const done = pdfBytes(doc);
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const heading = (text: string) => {
    doc.moveDown(0.5).font(fonts.bold).fontSize(13).fillColor('#000000').text(text, { width: width() });
    doc.moveDown(0.3);
  };

  // Title page
  for (const stamp of m.stamps)
    doc.font(fonts.bold).fontSize(14).fillColor('#a00000').text(stamp, { width: width(), align: 'right' });
  doc.fillColor('#000000').font(fonts.bold).fontSize(13).text(input.org.name, { width: width(), align: 'center' });
  doc.moveDown(8);
  doc.font(fonts.bold).fontSize(18).text(m.title, { width: width(), align: 'center' });
  doc.moveDown(1.5);
  // One run per line: pdfkit misplaces a centred line made of `continued` runs in two fonts.
  for (const line of m.titleLines.slice(1)) {
    doc.font(fonts.regular).fontSize(11).text(`${line.label}: ${line.value}`, { width: width(), align: 'center' });
    doc.moveDown(0.2);
  }
  doc.moveDown(6);
  doc.font(fonts.regular).fontSize(12).text(`${l.year}: ${m.year}`, { width: width(), align: 'center' });

  // Modules and outcomes, portrait
  doc.addPage({ size: 'A4', layout: 'portrait', margins: MARGINS });
  heading(`1. ${l.modulesHeading}`);
  const w = width();
  drawTable(
    doc,
    fonts,
    [
      { header: l.code, width: w * 0.1 },
      { header: l.name, width: w * 0.34 },
      { header: l.kind, width: w * 0.2 },
      { header: l.theory, width: w * 0.09, center: true },
      { header: l.practice, width: w * 0.09, center: true },
      { header: l.total, width: w * 0.09, center: true },
      { header: l.creditsColumn, width: w * 0.09, center: true },
    ],
    moduleTableRows(m.modules, l.total),
    9,
  );
  heading(`2. ${l.outcomesHeading}`);
  for (const block of m.outcomes) {
    doc.font(fonts.bold).fontSize(11).text(block.heading, { width: w });
    block.outcomes.forEach((o, i) => {
      doc
        .moveDown(0.2)
        .font(fonts.bold)
        .fontSize(10)
        .text(`${l.outcome} ${i + 1}. `, { width: w, continued: true });
      doc.font(fonts.regular).text(o.text);
      doc.font(fonts.bold).text(`${l.method}: `, { width: w, continued: true }).font(fonts.regular).text(o.method);
      if (o.criteria.length > 0) {
        doc.font(fonts.bold).text(`${l.criteria}:`, { width: w });
        doc.font(fonts.regular).list(o.criteria, { width: w - 10, bulletRadius: 1.5 });
      }
      if (o.linked.length > 0) {
        doc.font(fonts.bold).fontSize(10).text(`${l.linked}:`, { width: w });
        doc
          .font(fonts.regular)
          .fontSize(9)
          .list(o.linked, { width: w - 10, bulletRadius: 1.5 });
      }
    });
    doc.moveDown(0.5);
  }

  // The matrix, exceptions and hours, landscape
  doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
  heading(`3. ${l.matrixHeading}`);
  doc.font(fonts.regular).fontSize(8).text(l.matrixNote, { width: width() });
  doc.moveDown(0.3);
  const lw = width();
  const moduleWidth = Math.min(42, (lw * 0.45) / Math.max(1, m.matrix.moduleCodes.length));
  const itemWidth = lw - 22 - moduleWidth * m.matrix.moduleCodes.length - 60;
  const statusCol = 2 + m.matrix.moduleCodes.length;
  drawTable(
    doc,
    fonts,
    [
      { header: '№', width: 22, center: true },
      { header: l.item, width: itemWidth },
      ...m.matrix.moduleCodes.map((code) => ({ header: code, width: moduleWidth, center: true })),
      { header: l.statusColumn, width: 60 },
    ],
    m.matrix.rows.map((r, i) => [i + 1, `${r.itemId} (${r.kind}) ${r.kk}`, ...r.marks, r.status]),
    7,
    (ri, ci) => {
      const row = m.matrix.rows[ri];
      if (!row) return undefined;
      if (ci === statusCol) return STATUS_FILL[row.statusKey];
      return ci >= 2 && row.marks[ci - 2] ? '#b6d7a8' : undefined;
    },
  );
  heading(`4. ${l.exceptionsHeading}`);
  if (m.exceptions.length === 0) doc.font(fonts.regular).fontSize(10).text(l.noExceptions);
  else
    drawTable(
      doc,
      fonts,
      [
        { header: l.item, width: lw * 0.5 },
        { header: l.reason, width: lw * 0.5 },
      ],
      m.exceptions.map((e) => [`${e.itemId} ${e.kk}`, e.reason]),
      8,
    );
  heading(`5. ${l.hoursHeading}`);
  drawTable(
    doc,
    fonts,
    [
      { header: l.labourFunction, width: lw * 0.7 },
      { header: l.hoursColumn, width: lw * 0.1, center: true },
      { header: l.items, width: lw * 0.1, center: true },
      { header: l.covered, width: lw * 0.1, center: true },
    ],
    [
      ...m.hours.map((h) => [h.labourFunction, h.hours, h.items, h.covered]),
      [l.unattributed, m.unattributedHours, '', ''],
    ],
    8,
  );

  // Page numbers, the title page left without one.
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(fonts.regular)
      .fontSize(9)
      .fillColor('#000000')
      .text(String(i + 1), doc.page.margins.left, doc.page.height - 35, {
        width: width(),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
