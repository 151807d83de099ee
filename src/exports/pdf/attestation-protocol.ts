/**
 * The attestation commission's protocol (хаттама / протокол) for one worker, as an A4 PDF: the
 * paper the commission signs after testing and the interview, under Order No. 210 (2023). It
 * records who sat, the worker and position, each stage's result, the decision with the category
 * and its term, the reasons, an appeal if one was filed, and leaves lines for the signatures.
 *
 * Labels are in the chosen language (kk or ru; en for reviewers); the names, reasons and notes
 * are printed as entered. Dates are printed DD.MM.YYYY as on Kazakh official papers. Fonts are
 * embedded TTF subsets (fonts.ts) so the Kazakh text can be selected and searched.
 *
 * Deterministic: every date in the file (the Info dictionary and the trailer's file ID, which
 * pdfkit hashes from it) comes from `generatedAt`, and pdfkit names font subsets by their order
 * of use, so the same input gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { isCalendarDate } from '../../domain/hr/staff-record.js';
import type { Lang } from '../../domain/shared/localize.js';
import { formatNumber } from '../../domain/shared/messages/index.js';
import {
  type ProtocolLabels as Labels,
  PROTOCOL_LABELS as LABELS,
  type ProtocolCategory,
  type ProtocolOutcome,
} from './attestation-protocol-labels.js';
import { type PdfFonts, pdfFonts } from './fonts.js';
import { pdfBytes } from './pdf-bytes.js';

export type { ProtocolCategory, ProtocolOutcome };

export type AttestationProtocolInput = {
  /** Language of the labels. */
  lang: Lang;
  org: { name: string };
  /** The protocol's number, as the organisation numbers them. */
  number: string;
  /** The meeting's date, `YYYY-MM-DD`. */
  date: string;
  person: {
    fullName: string;
    personnelNo: string;
    position: string;
    card: { code: string; level: number; name: string };
  };
  commission: { chair: string; members: string[]; secretary?: string | undefined };
  stages: {
    testing?: { score: number; max: number; passed: boolean; date?: string | undefined } | undefined;
    interview?: { date?: string | undefined; notes?: string | undefined; passed?: boolean | undefined } | undefined;
  };
  decision: {
    outcome: ProtocolOutcome;
    category: ProtocolCategory | null;
    validUntil: string | null;
    reason: string;
  };
  appeal?: { filedOn: string; text: string; outcome?: string | undefined } | undefined;
  /** The legal basis, e.g. the order's citation. */
  basis: string;
  /** When the PDF is made: the footer's date and the PDF's metadata dates. */
  generatedAt: Date;
};

/** `2026-06-08` → `08.06.2026`; a malformed date is a caller's bug, so it throws. */
export function dottedDate(iso: string): string {
  if (!isCalendarDate(iso)) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** `protocol-12_2026-T-0042.pdf`: only characters safe in a Content-Disposition filename. */
export function attestationProtocolFileName(input: Pick<AttestationProtocolInput, 'number' | 'person'>): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
  return `protocol-${safe(input.number)}-${safe(input.person.personnelNo)}.pdf`;
}

// ---------------------------------------------------------------------------------------------

const MARGINS = { top: 56, bottom: 64, left: 56, right: 56 };
const COLOR = { text: '#141414', muted: '#555555', rule: '#9a9a9a' };
/** The height of one signature line with its hint. */
const SIGNATURE_H = 40;

class Writer {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: PdfFonts;
  readonly left: number;
  readonly width: number;

  constructor(doc: PDFKit.PDFDocument, fonts: PdfFonts) {
    this.doc = doc;
    this.fonts = fonts;
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  font(kind: keyof PdfFonts, size: number, color = COLOR.text): PDFKit.PDFDocument {
    return this.doc.font(this.fonts[kind]).fontSize(size).fillColor(color);
  }

  /** Starts a new page unless `height` still fits, so a heading is never left alone at the bottom. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string): void {
    this.keep(60);
    this.doc.moveDown(0.8);
    this.font('bold', 11).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  /** `Label: value` on one paragraph, the label bold. */
  field(label: string, value: string, indent = 0): void {
    this.font('bold', 10).text(`${label}: `, this.left + indent, this.doc.y, {
      width: this.width - indent,
      continued: true,
      lineGap: 1.5,
    });
    this.font('regular', 10).text(value, { lineGap: 1.5 });
  }

  paragraph(text: string, indent = 0): void {
    this.font('regular', 10).text(text, this.left + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
  }

  /** One signature line: the role, a rule to sign on with "(signature)" under it, the name. */
  signature(role: string, name: string, hint: string): void {
    const height = SIGNATURE_H;
    this.keep(height);
    const y = this.doc.y + 14;
    const roleW = 170;
    const lineX = this.left + roleW + 10;
    const lineW = 130;
    this.font('regular', 10).text(role, this.left, y, { width: roleW, lineBreak: false, ellipsis: true });
    this.doc
      .save()
      .lineWidth(0.5)
      .strokeColor(COLOR.text)
      .moveTo(lineX, y + 11)
      .lineTo(lineX + lineW, y + 11)
      .stroke()
      .restore();
    this.font('regular', 7, COLOR.muted).text(hint, lineX, y + 13, { width: lineW, align: 'center', lineBreak: false });
    const nameX = lineX + lineW + 10;
    this.font('regular', 10).text(name, nameX, y, { width: this.left + this.width - nameX });
    this.doc.x = this.left;
    this.doc.y = y + height - 14;
  }
}

/** The protocol's bytes. */
export async function renderAttestationProtocol(input: AttestationProtocolInput): Promise<Buffer> {
  const L = LABELS[input.lang];
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    font: fonts.regular,
    lang: input.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${L.title(input.number)} — ${input.person.fullName}`,
      Subject: input.org.name,
      Author: input.org.name,
      Creator: 'Kasip',
      Producer: 'Kasip (PDFKit)',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });

  const done = pdfBytes(doc);

  const w = new Writer(doc, fonts);
  drawProtocol(w, input, L);
  drawFooters(w, input, L);
  doc.end();
  return done;
}

function drawProtocol(w: Writer, input: AttestationProtocolInput, L: Labels): void {
  const { doc } = w;
  const { person, commission, stages, decision, appeal } = input;

  w.font('bold', 14).text(L.title(input.number), w.left, doc.y, { width: w.width, align: 'center' });
  doc.moveDown(0.4);
  w.font('regular', 11).text(input.org.name, { width: w.width, align: 'center' });
  doc.moveDown(0.8);
  w.field(L.date, dottedDate(input.date));

  w.heading(L.commission);
  w.field(L.chair, commission.chair);
  if (commission.members.length > 0) w.field(L.members, commission.members.join(', '));
  if (commission.secretary) w.field(L.secretary, commission.secretary);

  w.heading(L.person);
  w.field(L.fullName, person.fullName);
  w.field(L.personnelNo, person.personnelNo);
  w.field(L.position, person.position);
  w.field(L.cardLabel, L.card(person.card));

  w.heading(L.stages);
  w.font('bold', 10).text(L.testing, w.left, doc.y);
  const { testing, interview } = stages;
  if (testing) {
    if (testing.date) w.field(L.heldOn, dottedDate(testing.date), 14);
    const share =
      testing.max > 0
        ? formatNumber(input.lang, (testing.score / testing.max) * 100, { maximumFractionDigits: 1 })
        : '—';
    w.field(L.score, L.points(String(testing.score), String(testing.max), share), 14);
    w.field(L.result, L.passed(testing.passed), 14);
  } else w.paragraph(L.notHeld, 14);
  doc.moveDown(0.3);
  w.font('bold', 10).text(L.interview, w.left, doc.y);
  if (interview) {
    if (interview.date) w.field(L.heldOn, dottedDate(interview.date), 14);
    if (interview.notes) w.field(L.notes, interview.notes, 14);
    if (interview.passed !== undefined) w.field(L.result, L.passed(interview.passed), 14);
  } else w.paragraph(L.notHeld, 14);

  w.heading(L.decision);
  w.font('bold', 10).text(L.outcomes[decision.outcome], w.left, doc.y, { width: w.width });
  w.field(L.category, decision.category ? L.categories[decision.category] : '—');
  w.field(L.validUntil, decision.validUntil ? L.until(dottedDate(decision.validUntil)) : '—');
  w.field(L.reason, decision.reason);

  if (appeal) {
    w.heading(L.appeal);
    w.field(L.filedOn, dottedDate(appeal.filedOn));
    w.field(L.appealText, appeal.text);
    w.field(L.appealOutcome, appeal.outcome ?? L.pending);
  }

  doc.moveDown(0.8);
  w.field(L.basis, input.basis);

  // The signatures stay together with their heading when a page can hold them: a chair signing
  // alone at the foot of a page, the members overleaf, invites a swapped page.
  const signers = 1 + commission.members.length + (commission.secretary ? 1 : 0);
  w.keep(Math.min(48 + signers * SIGNATURE_H, w.bottom - MARGINS.top));
  w.heading(L.signatures);
  w.signature(L.signChair, commission.chair, L.signature);
  for (const member of commission.members) w.signature(L.signMember, member, L.signature);
  if (commission.secretary) w.signature(L.signSecretary, commission.secretary, L.signature);
}

/** "Protocol No. … · generated … · page N of M" on every page. */
function drawFooters(w: Writer, input: AttestationProtocolInput, L: Labels): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  const generated = dottedDate(input.generatedAt.toISOString().slice(0, 10));
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // text below the margin must not open a new page
    const y = doc.page.height - bottomMargin + 22;
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .moveTo(w.left, y - 6)
      .lineTo(w.left + w.width, y - 6)
      .stroke()
      .restore();
    const text = L.footer({ number: input.number, generated, page: i + 1, pages: range.count });
    w.font('regular', 7.5, COLOR.muted).text(text, w.left, y, { width: w.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
