/**
 * A programme as a Word document in the usual Kazakh layout for an education programme: A4,
 * Times New Roman 14 pt (12 pt in tables), margins left 3 cm, right 1.5 cm, top and bottom 2 cm,
 * page numbers at the foot (none on the title page). A title page (organisation, title, type,
 * card, edition, volume, year, «ЖОБА»/«ПРОЕКТ» while draft), the table of modules, each module's
 * outcomes with criteria, method and linked items, then on landscape pages the coverage matrix,
 * the exceptions and the hours per labour function. Written with the `docx` package, so the file
 * is plain WordprocessingML that Word and LibreOffice open alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CoverageStatus } from '../../domain/programmes/coverage.js';
import { type ProgrammeDocumentInput, moduleTableRows, programmeDocumentModel } from './programme-document.js';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Twentieths of a point per centimetre. */
const CM = 567;
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: Math.round(1.5 * CM) };
/** The text width of a portrait and of a landscape page, in twips. */
const PORTRAIT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const LANDSCAPE_WIDTH = A4.height - MARGINS.left - MARGINS.right;
const FONT = 'Times New Roman';
/** Half-points. */
const BODY = 28;
const TABLE = 24;
const MATRIX = 20;
/** Table headings: 9 pt, so «Практика» and «Кредиттер» fit their narrow columns. */
const HEADER = 18;

/** Fills of the matrix's status column, as the web heat map has them. */
const STATUS_FILL: Record<CoverageStatus, string> = {
  covered: 'D9EAD3',
  'theory-only': 'FFF2CC',
  uncovered: 'F4CCCC',
  excepted: 'E7E6E6',
};

const text = (value: string, size = BODY, bold = false) => new TextRun({ text: value, size, bold, font: FONT });

const para = (value: string, options: { size?: number; bold?: boolean; align?: 'center' | 'right' } = {}) =>
  new Paragraph({
    alignment:
      options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : undefined,
    children: [text(value, options.size ?? BODY, options.bold ?? false)],
  });

const heading = (value: string, pageBreak = false) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: pageBreak,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: value, size: 30, bold: true, font: FONT, color: '000000' })],
  });

function cell(
  value: string | number,
  options: { size?: number; bold?: boolean; fill?: string; center?: boolean; width?: number | undefined } = {},
) {
  return new TableCell({
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.DXA },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    children: [
      new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : undefined,
        children: [text(String(value), options.size ?? TABLE, options.bold ?? false)],
      }),
    ],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/**
 * A bordered table with a repeated header row. `widths` (twips, summing to the text width) are
 * written on the grid and on every cell: LibreOffice, unlike Word, gives every column the same
 * width when only the table's width is set, which squeezed the matrix's item texts.
 */
function table(
  header: string[],
  rows: (string | number)[][],
  widths: number[],
  size = TABLE,
  fills?: (string | undefined)[][],
) {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, c) =>
          cell(h, { size: Math.min(size, HEADER), bold: true, fill: 'F2F2F2', center: true, width: widths[c] }),
        ),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((v, c) => {
              const fill = fills?.[r]?.[c];
              return cell(v, {
                size,
                ...(fill ? { fill } : {}),
                center: typeof v === 'number' || v.startsWith('✓'),
                width: widths[c],
              });
            }),
          }),
      ),
    ],
  });
}

/** №, the item, one narrow column per module (narrower when there are many), the status. */
function matrixWidths(modules: number): number[] {
  const number = 500;
  const status = 1400;
  const module = Math.max(450, Math.min(1000, Math.floor((LANDSCAPE_WIDTH * 0.5) / Math.max(1, modules))));
  return [number, LANDSCAPE_WIDTH - number - status - module * modules, ...Array<number>(modules).fill(module), status];
}

const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: TABLE, font: FONT })],
      }),
    ],
  });

export async function renderProgrammeDocx(input: ProgrammeDocumentInput & { generatedAt: Date }): Promise<Buffer> {
  const m = programmeDocumentModel(input);
  const l = m.labels;

  const titlePage = [
    ...m.stamps.map((s) => para(s, { bold: true, align: 'right', size: 32 })),
    para(input.org.name, { bold: true, align: 'center' }),
    ...Array.from({ length: 6 }, () => para('')),
    para(m.title, { bold: true, align: 'center', size: 36 }),
    para(''),
    ...m.titleLines.slice(1).map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [text(`${line.label}: `, BODY, true), text(line.value)],
        }),
    ),
    ...Array.from({ length: 6 }, () => para('')),
    para(`${l.year}: ${m.year}`, { align: 'center' }),
  ];

  const modules = [
    heading(`1. ${l.modulesHeading}`, true),
    table(
      [l.code, l.name, l.kind, l.theory, l.practice, l.total, l.creditsColumn],
      moduleTableRows(m.modules, l.total),
      [950, PORTRAIT_WIDTH - 950 - 1600 - 1000 - 1150 - 1000 - 1150, 1600, 1000, 1150, 1000, 1150],
    ),
  ];

  const outcomes = [
    heading(`2. ${l.outcomesHeading}`, true),
    ...m.outcomes.flatMap((block) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 200, after: 80 },
        children: [text(block.heading, BODY, true)],
      }),
      ...block.outcomes.flatMap((o, i) => [
        new Paragraph({
          spacing: { before: 120 },
          children: [text(`${l.outcome} ${i + 1}. `, BODY, true), text(o.text)],
        }),
        new Paragraph({ children: [text(`${l.method}: `, BODY, true), text(o.method)] }),
        ...(o.criteria.length > 0 ? [para(`${l.criteria}:`, { bold: true })] : []),
        ...o.criteria.map((c) => new Paragraph({ bullet: { level: 0 }, children: [text(c)] })),
        ...(o.linked.length > 0 ? [para(`${l.linked}:`, { bold: true })] : []),
        ...o.linked.map((c) => new Paragraph({ bullet: { level: 0 }, children: [text(c, TABLE)] })),
      ]),
    ]),
  ];

  const matrix = [
    heading(`3. ${l.matrixHeading}`),
    para(l.matrixNote, { size: TABLE }),
    table(
      ['№', l.item, ...m.matrix.moduleCodes, l.statusColumn],
      m.matrix.rows.map((r, i) => [i + 1, `${r.itemId} (${r.kind}) ${r.kk}`, ...r.marks, r.status]),
      matrixWidths(m.matrix.moduleCodes.length),
      MATRIX,
      m.matrix.rows.map((r) => [
        undefined,
        undefined,
        ...r.marks.map((mark) => (mark ? 'B6D7A8' : undefined)),
        STATUS_FILL[r.statusKey],
      ]),
    ),
    heading(`4. ${l.exceptionsHeading}`),
    m.exceptions.length === 0
      ? para(l.noExceptions)
      : table(
          [l.item, l.reason],
          m.exceptions.map((e) => [`${e.itemId} ${e.kk}`, e.reason]),
          [LANDSCAPE_WIDTH / 2, LANDSCAPE_WIDTH / 2],
        ),
    heading(`5. ${l.hoursHeading}`),
    table(
      [l.labourFunction, l.hoursColumn, l.items, l.covered],
      [
        ...m.hours.map((h) => [h.labourFunction, h.hours, h.items, h.covered]),
        [l.unattributed, m.unattributedHours, '', ''],
      ],
      [LANDSCAPE_WIDTH - 3 * 1800, 1800, 1800, 1800],
    ),
  ];

  const doc = new Document({
    creator: 'Kasip',
    title: m.title,
    description: `${input.org.name} — ${m.title}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: A4, margin: MARGINS } },
        footers: { default: pageNumberFooter(), first: new Footer({ children: [] }) },
        children: [...titlePage, ...modules, ...outcomes],
      },
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGINS },
        },
        footers: { default: pageNumberFooter() },
        children: matrix,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
