/**
 * One profession card as an A4 PDF, laid out like the official card: a two-column table whose
 * left column holds the printed row labels (code, name, other names, SQF level, requirements,
 * education, labour functions → tasks → skills and knowledge, personal competencies, links,
 * qualification link, working conditions) and whose right column holds the card's text.
 *
 * The official Kazakh text is always printed. With `lang` ru or en the row labels are in that
 * language with the Kazakh label beside, and the texts that have a translation get it beneath,
 * in grey; a row (a section) that shows any translation says once, under its label, that they are
 * unofficial translations: a marker on every line made the card hard to read (issue 15). Every item's id is printed small in grey, so a printed card can be traced back to
 * the data. Fonts are embedded TTF subsets (see fonts.ts): the text can be selected and searched.
 * Every page has a footer with the order, the edition, the day its data were loaded ("data as of") and "page N of M".
 */
import PDFDocument from 'pdfkit';
import { formatDate, LANGS, type Lang } from '../../domain/shared/messages/index.js';
import { PDF_CARD_MESSAGES } from '../../domain/shared/messages/pdf-card.js';
import type { Card, LabourFunction, NumberedText, QualificationRule, Task } from '../../domain/standard/schemas.js';
import { type PdfFonts, pdfFonts } from './fonts.js';

type Texts = { kk: string; ru?: string | undefined; en?: string | undefined };

/** The rows whose label is a plain string in every language. */
type SectionKey =
  | 'code'
  | 'name'
  | 'otherNames'
  | 'level'
  | 'educationLevel'
  | 'personalCompetencies'
  | 'links'
  | 'qualificationLink'
  | 'workingConditions';

export type CardPdfEdition = {
  /** Edition id, e.g. `order-262-2023`. */
  id: string;
  /** The approving order: its number and date (`YYYY-MM-DD`). */
  order: { number: string; date: string };
  /** The standard's title, printed above the card. */
  standardTitle?: Texts | undefined;
};

export type CardPdfInput = {
  card: Card;
  edition: CardPdfEdition;
  /** Language of the labels and of the (unofficial) translations printed beside the Kazakh text. */
  lang: Lang;
  /**
   * The date the PDF is made from, printed in the footer as YYYY-MM-DD (UTC) and its creation
   * date: the edition's, not the clock's, so the same card gives the same bytes (and ETag).
   */
  generatedAt: Date;
};

/** `2635-3-001-5.pdf` */
export function cardPdfFileName(key: { code: string; level: number }): string {
  return `${key.code}-${key.level}.pdf`;
}

// ---------------------------------------------------------------------------------------------
// Labels

type Category = NonNullable<QualificationRule['category']>;
type FooterParts = { order: string; date: string; edition: string; generated: string; page: number; pages: number };

type Labels = {
  code: string;
  name: string;
  otherNames: string;
  level: string;
  qualification: string;
  basis: string;
  educationLevel: string;
  labourFunctions: string;
  mandatoryFunctions: string;
  labourFunction: (n?: string) => string;
  task: string;
  functionLists: string;
  skills: string;
  knowledge: string;
  personalCompetencies: string;
  links: string;
  linkLevel: (n: number) => string;
  qualificationLink: string;
  workingConditions: string;
  continued: string;
  unofficial: string;
  /** Printed once under the title when translations are shown. */
  officialNote?: string;
  runningLevel: (n: number) => string;
  categories: Record<Category, string>;
  groups: Record<'high-level-specialist' | 'mid-level-specialist' | 'general', string>;
  footer: (p: FooterParts) => string;
};

const KK_MONTHS_LOCATIVE = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

/** `2023-06-29` → `29.06.2023` */
function dottedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** `2023-06-29` → `2023 жылғы 29 маусымдағы` */
function kazakhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} жылғы ${d} ${KK_MONTHS_LOCATIVE[(m ?? 1) - 1] ?? ''}`;
}

/** The labels of one language, from the catalogue's `pdf.card.*`. */
function labelsOf(lang: Lang): Labels {
  const say = (key: keyof typeof PDF_CARD_MESSAGES, params: Record<string, string | number> = {}) =>
    PDF_CARD_MESSAGES[key][lang].replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
  return {
    code: say('pdf.card.code'),
    name: say('pdf.card.name'),
    otherNames: say('pdf.card.otherNames'),
    level: say('pdf.card.level'),
    qualification: say('pdf.card.qualification'),
    basis: say('pdf.card.basis'),
    educationLevel: say('pdf.card.educationLevel'),
    labourFunctions: say('pdf.card.labourFunctions'),
    mandatoryFunctions: say('pdf.card.mandatoryFunctions'),
    task: say('pdf.card.task'),
    functionLists: say('pdf.card.functionLists'),
    skills: say('pdf.card.skills'),
    knowledge: say('pdf.card.knowledge'),
    personalCompetencies: say('pdf.card.personalCompetencies'),
    links: say('pdf.card.links'),
    qualificationLink: say('pdf.card.qualificationLink'),
    workingConditions: say('pdf.card.workingConditions'),
    continued: say('pdf.card.continued'),
    unofficial: say('pdf.card.unofficial'),
    labourFunction: (n) => (n ? say('pdf.card.labourFunctionN', { n }) : say('pdf.card.labourFunction')),
    linkLevel: (level) => say('pdf.card.linkLevel', { level }),
    ...(lang === 'kk' ? {} : { officialNote: say('pdf.card.officialNote') }),
    runningLevel: (level) => say('pdf.card.runningLevel', { level }),
    categories: {
      higher: say('pdf.card.category.higher'),
      first: say('pdf.card.category.first'),
      second: say('pdf.card.category.second'),
      none: say('pdf.card.category.none'),
    },
    groups: {
      'high-level-specialist': say('pdf.card.group.high-level-specialist'),
      'mid-level-specialist': say('pdf.card.group.mid-level-specialist'),
      general: say('pdf.card.group.general'),
    },
    footer: (p) =>
      say('pdf.card.footer', {
        date: lang === 'kk' ? kazakhDate(p.date) : dottedDate(p.date),
        order: p.order,
        edition: p.edition,
        generated: p.generated,
        page: p.page,
        pages: p.pages,
      }),
  };
}

const LABELS = Object.fromEntries(LANGS.map((lang) => [lang, labelsOf(lang)])) as Record<Lang, Labels>;

// ---------------------------------------------------------------------------------------------
// Styles and layout

const MARGINS = { top: 48, bottom: 56, left: 42, right: 42 };
/** Width of the table's label column. */
const LABEL_W = 140;
/** Inner padding of a table cell. */
const PAD = 5;

const COLOR = { text: '#141414', muted: '#555555', id: '#858585', rule: '#9a9a9a' };

type Style = { font: keyof PdfFonts; size: number; color: string; lineGap: number };

const STYLE = {
  body: { font: 'regular', size: 9, color: COLOR.text, lineGap: 1 },
  strong: { font: 'bold', size: 9, color: COLOR.text, lineGap: 1 },
  label: { font: 'bold', size: 8.5, color: COLOR.text, lineGap: 1 },
  sub: { font: 'bold', size: 8, color: COLOR.muted, lineGap: 1 },
  marker: { font: 'regular', size: 9, color: COLOR.muted, lineGap: 1 },
  markerSmall: { font: 'bold', size: 7.5, color: COLOR.muted, lineGap: 1 },
  translation: { font: 'regular', size: 8, color: COLOR.muted, lineGap: 0.5 },
  id: { font: 'regular', size: 6, color: COLOR.id, lineGap: 0 },
  small: { font: 'regular', size: 7.5, color: COLOR.muted, lineGap: 1 },
  title: { font: 'bold', size: 14, color: COLOR.text, lineGap: 2 },
} satisfies Record<string, Style>;

type RowOptions = {
  /** The short label of the parts continued on the next page. */
  continuedLabel?: string;
  /** A PDF bookmark to the row. */
  bookmark?: string;
  /** Height that must fit below the row's start too (keeps a heading row with the row after it). */
  keepWithNext?: number;
};

/** Something drawn in a cell: it knows its height at a width, so rows can break between blocks. */
type Block = { height: (w: number) => number; draw: (x: number, y: number, w: number) => void };

class Layout {
  y: number;
  readonly left: number;
  readonly width: number;
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: PdfFonts;
  /** The word "continued" in the document's language. */
  readonly continued: string;

  constructor(doc: PDFKit.PDFDocument, fonts: PdfFonts, continued: string) {
    this.doc = doc;
    this.fonts = fonts;
    this.continued = continued;
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    this.y = doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  use(style: Style): void {
    this.doc.font(this.fonts[style.font]).fontSize(style.size).fillColor(style.color);
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  /**
   * A paragraph. Blocks are the unit of page breaks, so a paragraph is never split; the card's
   * longest paragraphs (a qualification basis) take about ten lines.
   */
  text(text: string, style: Style, gapAfter = 0): Block {
    return {
      height: (w) => {
        this.use(style);
        return this.doc.heightOfString(text, { width: w, lineGap: style.lineGap }) + gapAfter;
      },
      draw: (x, y, w) => {
        this.use(style);
        this.doc.text(text, x, y, { width: w, lineGap: style.lineGap });
      },
    };
  }

  gap(h: number): Block {
    return { height: () => h, draw: () => {} };
  }

  stack(blocks: Block[]): Block {
    return {
      height: (w) => blocks.reduce((sum, b) => sum + b.height(w), 0),
      draw: (x, y, w) => {
        let at = y;
        for (const b of blocks) {
          const h = b.height(w);
          b.draw(x, at, w);
          at += h;
        }
      },
    };
  }

  /** A marker (number, code, category) in a hanging column, the blocks beside it. */
  hanging(marker: Block | null, markerW: number, body: Block[], gapAfter = 3): Block {
    const inner = this.stack(body);
    return {
      height: (w) => Math.max(marker ? marker.height(markerW - 4) : 0, inner.height(w - markerW)) + gapAfter,
      draw: (x, y, w) => {
        marker?.draw(x, y, markerW - 4);
        inner.draw(x + markerW, y, w - markerW);
      },
    };
  }

  /**
   * One table row: a label cell and a content cell (or one full-width cell when `label` is
   * null). The row breaks between content blocks when the page is full; the continued part
   * gets the short label and "continued".
   */
  row(label: Block | null, content: Block[], opts: RowOptions = {}): void {
    const lw = label ? LABEL_W : 0;
    const lx = this.left + PAD;
    const liw = lw - 2 * PAD;
    const cx = this.left + lw + PAD;
    const cw = this.width - lw - 2 * PAD;
    const labelH = label ? label.height(liw) : 0;
    const firstH = content[0]?.height(cw) ?? 0;
    const keep = opts.keepWithNext ?? 0;
    if (this.y + 2 * PAD + Math.max(labelH, firstH) + keep > this.bottom) this.newPage();
    if (opts.bookmark) this.doc.outline.addItem(opts.bookmark);

    let top = this.y;
    label?.draw(lx, top + PAD, liw);
    let labelBottom = top + PAD + labelH;
    let y = top + PAD;
    for (const block of content) {
      const h = block.height(cw);
      if (y + h > this.bottom - 1 && y > top + PAD) {
        this.frame(top, Math.max(y, labelBottom) + PAD, lw);
        this.newPage();
        top = this.y;
        y = top + PAD;
        labelBottom = y;
        if (label) {
          const cont = this.text(`${opts.continuedLabel ?? ''} (${this.continued})`, STYLE.small);
          cont.draw(lx, y, liw);
          labelBottom = y + cont.height(liw);
        }
      }
      block.draw(cx, y, cw);
      y += h;
    }
    const end = Math.max(y, labelBottom) + PAD;
    this.frame(top, end, lw);
    this.y = end;
  }

  /** The height a row needs on the page where it starts: its label, or its first block. */
  startHeight(label: Block | null, content: Block[]): number {
    const lw = label ? LABEL_W : 0;
    const labelH = label ? label.height(lw - 2 * PAD) : 0;
    return 2 * PAD + Math.max(labelH, content[0]?.height(this.width - lw - 2 * PAD) ?? 0);
  }

  private frame(top: number, bottom: number, labelW: number): void {
    const { doc } = this;
    doc.save().lineWidth(0.5).strokeColor(COLOR.rule);
    doc.rect(this.left, top, this.width, bottom - top).stroke();
    if (labelW > 0)
      doc
        .moveTo(this.left + labelW, top)
        .lineTo(this.left + labelW, bottom)
        .stroke();
    doc.restore();
  }
}

// ---------------------------------------------------------------------------------------------
// The card

/** The PDF's bytes. */
export async function renderCardPdf(input: CardPdfInput): Promise<Uint8Array<ArrayBuffer>> {
  const { card, edition, lang, generatedAt } = input;
  const L = LABELS[lang];
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    font: fonts.regular,
    lang: 'kk',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${card.name.kk} — ${card.code.value}, ${card.level.value}`,
      Subject: edition.standardTitle?.kk ?? 'Кәсіптік стандарт',
      Keywords: `${card.code.value}; ${card.id}; ${edition.id}`,
      Author: 'Kasip',
      Creator: 'Kasip',
      Producer: 'Kasip (PDFKit)',
      // pdfkit takes the clock for both unless given, and derives the file ID from them.
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });

  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  const layout = new Layout(doc, fonts, L.continued);
  drawCard(layout, card, edition, lang, L);
  drawPageFurniture(layout, card, edition, formatDate(lang, generatedAt), L);
  doc.end();
  return done;
}

function drawCard(layout: Layout, card: Card, edition: CardPdfEdition, lang: Lang, L: Labels): void {
  const t = (text: string, style: Style, gapAfter = 0) => layout.text(text, style, gapAfter);
  const id = (value: string, extra = '') => t(`${value}${extra}`, STYLE.id);
  /** Translations shown so far: a section's label says "unofficial translation" when its count grew. */
  let translated = 0;
  /** The unofficial translation of a text in the asked language, if there is one (unmarked: its section says it). */
  const translation = (texts: Texts): Block[] => {
    if (lang === 'kk') return [];
    const value = texts[lang];
    if (!value) return [];
    translated += 1;
    return [t(value, STYLE.translation, 1)];
  };
  const official = (texts: Texts, style: Style = STYLE.body): Block[] => [t(texts.kk, style), ...translation(texts)];
  /**
   * A row's label: in ru or en with the Kazakh label beneath it, then, when the row's content
   * showed a translation, the marker once for the whole row.
   */
  const sectionLabel = (text: string, kazakh: string, style: Style, withMarker: boolean): Block[] =>
    lang === 'kk'
      ? [t(text, style)]
      : [
          t(text, style),
          t(kazakh, STYLE.small, withMarker ? 2 : 0),
          ...(withMarker ? [t(`(${L.unofficial})`, STYLE.translation)] : []),
        ];
  /** A row whose content is built first, so its label knows whether it showed a translation. */
  const section = (key: SectionKey, build: () => Block[], opts: RowOptions = {}): void => {
    const before = translated;
    const content = build();
    layout.row(layout.stack(sectionLabel(L[key], LABELS.kk[key], STYLE.label, translated > before)), content, opts);
  };
  const dash = (): Block => t('—', STYLE.marker);

  // Title block ------------------------------------------------------------------------------
  const { doc } = layout;
  const titleBlocks: Block[] = [];
  if (edition.standardTitle) {
    titleBlocks.push(t(edition.standardTitle.kk, STYLE.small));
    if (lang !== 'kk' && edition.standardTitle[lang]) {
      titleBlocks.push(t(`${L.unofficial}: ${edition.standardTitle[lang]}`, STYLE.translation));
    }
    titleBlocks.push(layout.gap(6));
  }
  titleBlocks.push(t(card.title.kk, STYLE.title));
  if (lang !== 'kk' && card.title[lang]) titleBlocks.push(t(`${L.unofficial}: ${card.title[lang]}`, STYLE.translation));
  titleBlocks.push(id(card.id));
  if (L.officialNote) titleBlocks.push(layout.gap(4), t(L.officialNote, STYLE.small));
  titleBlocks.push(layout.gap(10));
  const title = layout.stack(titleBlocks);
  title.draw(layout.left, layout.y, layout.width);
  layout.y += title.height(layout.width);
  doc.outline.addItem(card.title.kk);

  // Identity rows --------------------------------------------------------------------------------
  section('code', () => [t(card.code.value, STYLE.strong)]);
  section('name', () => official(card.name, STYLE.strong));
  section(
    'otherNames',
    () =>
      card.otherNames.length === 0
        ? [dash()]
        : card.otherNames.map((n) =>
            layout.hanging(n.code ? t(n.code, STYLE.marker) : null, n.code ? 62 : 0, [...official(n), id(n.id)]),
          ),
    { continuedLabel: L.otherNames },
  );
  section('level', () => [t(String(card.level.value), STYLE.strong)]);

  // Qualification requirements ------------------------------------------------------------
  const before = translated;
  const qualification: Block[] = [];
  const basis = card.qualification.basis;
  if (basis) qualification.push(t(`${L.basis}:`, STYLE.sub), ...official(basis), layout.gap(5));
  const groups = card.qualification.groups;
  // The category column only when the card's requirements have categories.
  const categorised = groups.some((g) => g.rules.some((r) => r.category));
  for (const group of groups) {
    if (group.label) qualification.push(...official(group.label, STYLE.strong), layout.gap(2));
    else if (groups.length > 1) qualification.push(t(L.groups[group.group], STYLE.sub), layout.gap(2));
    for (const rule of group.rules) {
      const category = rule.category ? t(L.categories[rule.category], STYLE.markerSmall) : dash();
      qualification.push(
        layout.hanging(categorised ? category : null, categorised ? 84 : 0, [...official(rule), id(rule.id)], 5),
      );
    }
  }
  layout.row(
    layout.stack(sectionLabel(L.qualification, LABELS.kk.qualification, STYLE.label, translated > before)),
    qualification.length > 0 ? qualification : [dash()],
    { continuedLabel: L.qualification, bookmark: L.qualification },
  );

  section('educationLevel', () => official(card.educationLevel));

  // Labour functions ------------------------------------------------------------------------
  const functionRows = card.labourFunctions.map(functionRow);
  const [firstFunction] = functionRows;
  layout.row(
    layout.stack(sectionLabel(`${L.labourFunctions}:`, `${LABELS.kk.labourFunctions}:`, STYLE.label, false)),
    [t(`${L.mandatoryFunctions}:`, STYLE.strong)],
    {
      bookmark: L.labourFunctions,
      keepWithNext: firstFunction ? layout.startHeight(firstFunction.head, firstFunction.content) : 0,
    },
  );
  for (const { head, content, opts } of functionRows) layout.row(head, content, opts);

  // The rest ----------------------------------------------------------------------------------
  section('personalCompetencies', () => (card.personalCompetencies ? official(card.personalCompetencies) : [dash()]), {
    bookmark: L.personalCompetencies,
  });
  section(
    'links',
    () =>
      card.links.length === 0
        ? [dash()]
        : card.links.map((link) =>
            layout.hanging(t(L.linkLevel(link.level), STYLE.marker), 56, [
              ...official(link),
              id(link.id, link.card ? `  →  ${link.card.code}, ${link.card.level}` : ''),
            ]),
          ),
    { continuedLabel: L.links },
  );
  section(
    'qualificationLink',
    () =>
      card.qualificationLink.length === 0
        ? [dash()]
        : card.qualificationLink.map((q) => layout.stack([...official(q), id(q.id), layout.gap(3)])),
    { continuedLabel: L.qualificationLink },
  );
  section('workingConditions', () => (card.workingConditions ? official(card.workingConditions) : [dash()]));

  function numbered(item: NumberedText): Block {
    return layout.hanging(t(item.number ? `${item.number}.` : '–', STYLE.marker), 18, [...official(item), id(item.id)]);
  }

  /** "Дағдылар:" and its items; the heading is kept with the first item. */
  function list(heading: string, items: NumberedText[], lead: Block[] = []): Block[] {
    const [first, ...rest] = items;
    if (!first) return [];
    return [layout.stack([...lead, t(`${heading}:`, STYLE.sub, 2), numbered(first)]), ...rest.map(numbered)];
  }

  function taskBlocks(task: Task): Block[] {
    return [
      layout.stack([t(`${L.task}:`, STYLE.sub, 1), ...official(task.name, STYLE.strong), id(task.id), layout.gap(5)]),
      ...list(L.skills, task.skills),
      ...(task.skills.length > 0 ? [layout.gap(3)] : []),
      ...list(L.knowledge, task.knowledge),
    ];
  }

  function functionRow(fn: LabourFunction): { head: Block; content: Block[]; opts: RowOptions } {
    const name = L.labourFunction(fn.number);
    const start = translated;
    const fnName = official(fn.name, STYLE.strong);
    const content: Block[] = [];
    fn.tasks.forEach((task, i) => {
      if (i > 0) content.push(layout.gap(8));
      content.push(...taskBlocks(task));
    });
    const shared = [...(fn.skills ?? []), ...(fn.knowledge ?? [])].length > 0;
    if (shared) {
      const lead = [...(content.length > 0 ? [layout.gap(8)] : []), t(L.functionLists, STYLE.sub, 3)];
      const skills = list(L.skills, fn.skills ?? [], lead);
      content.push(...skills);
      if (skills.length > 0) content.push(layout.gap(3));
      content.push(...list(L.knowledge, fn.knowledge ?? [], skills.length > 0 ? [] : lead));
    }
    // The function's row is one section: its head says once that the translations in it are unofficial.
    const marked = translated > start;
    const heading = sectionLabel(name, LABELS.kk.labourFunction(fn.number), STYLE.sub, false);
    const head = layout.stack([
      ...heading,
      layout.gap(2),
      ...fnName,
      id(fn.id),
      ...(marked ? [layout.gap(2), t(`(${L.unofficial})`, STYLE.translation)] : []),
    ]);
    return {
      head,
      content: content.length > 0 ? content : [dash()],
      opts: { continuedLabel: name, bookmark: `${name}. ${fn.name.kk}` },
    };
  }
}

/** Footer on every page; on pages after the first, a running header naming the card. */
/** `generated`: the day the edition's data were loaded, written the language's way (29.06.2023, 29/06/2023). */
function drawPageFurniture(layout: Layout, card: Card, edition: CardPdfEdition, generated: string, L: Labels): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  const pages = range.count;
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(range.start + i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // text below the margin must not open a new page
    const footerY = doc.page.height - bottomMargin + 18;
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .moveTo(layout.left, footerY - 6)
      .lineTo(layout.left + layout.width, footerY - 6)
      .stroke()
      .restore();
    layout.use(STYLE.small);
    const footer = L.footer({
      order: edition.order.number,
      date: edition.order.date,
      edition: edition.id,
      generated,
      page: i + 1,
      pages,
    });
    doc.text(footer, layout.left, footerY, { width: layout.width, align: 'center', lineBreak: false });
    if (i > 0) {
      const running = `${card.code.value} · ${L.runningLevel(card.level.value)} · ${card.name.kk}`;
      doc.text(running, layout.left, doc.page.margins.top - 22, {
        width: layout.width,
        align: 'left',
        lineBreak: false,
        ellipsis: true,
      });
    }
    doc.page.margins.bottom = bottomMargin;
  }
}
