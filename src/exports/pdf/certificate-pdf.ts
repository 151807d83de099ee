/**
 * The paper certificate: one A4 page, Kazakh first then Russian (both official on paper in
 * Kazakhstan), the holder, the card at its level and edition, the result of each labour
 * function, the issuer and the period, and a QR code to the public verification page drawn as
 * vector squares from the `qrcode` matrix (sharp at any print size, no image). The credential,
 * not the paper, is the proof: the page says how to check it.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type PdfFonts, pdfFonts } from './fonts.js';
import { pdfBytes } from './pdf-bytes.js';

export type CertificatePdfInput = {
  number: string;
  holderName: string;
  card: { code: string; level: number; kk: string; ru: string; editionId: string };
  functions: {
    kk: string;
    ru: string;
    passed: boolean;
    theoryPercent: number | null;
    practicalPercent: number | null;
  }[];
  issuerName: string;
  issuedAt: string;
  validUntil: string;
  status: 'valid' | 'revoked' | 'expired' | 'not-yet-valid';
  verifyUrl: string;
  demo: boolean;
  generatedAt: Date;
};

const dotted = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
};

export const certificatePdfFileName = (input: Pick<CertificatePdfInput, 'number'>) =>
  `certificate-${input.number.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`;

const TEXT = {
  kk: {
    title: 'КӘСІБИ БІЛІКТІЛІК СЕРТИФИКАТЫ',
    holder: 'Берілді',
    card: 'Кәсіп карточкасы',
    level: 'деңгей',
    results: 'Еңбек функциялары бойынша нәтижелер',
    passed: 'тапсырды',
    failed: 'тапсырмады',
    theory: 'теория',
    practice: 'практика',
    issuer: 'Берген ұйым',
    period: 'Жарамдылық мерзімі',
  },
  ru: {
    title: 'СЕРТИФИКАТ ПРОФЕССИОНАЛЬНОЙ КВАЛИФИКАЦИИ',
    holder: 'Выдан',
    card: 'Карточка профессии',
    level: 'уровень',
    results: 'Результаты по трудовым функциям',
    passed: 'сдано',
    failed: 'не сдано',
    theory: 'теория',
    practice: 'практика',
    issuer: 'Выдавшая организация',
    period: 'Срок действия',
  },
};

const STATUS_NOTE: Record<CertificatePdfInput['status'], string | null> = {
  valid: null,
  revoked: 'КЕРІ ҚАЙТАРЫЛДЫ / ОТОЗВАН',
  expired: 'МЕРЗІМІ ӨТКЕН / СРОК ИСТЁК',
  'not-yet-valid': null,
};

/** Draws the QR code of `text` as filled squares, `size` points wide, at (x, y). */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
  doc.fill();
  doc.restore();
}

function block(doc: PDFKit.PDFDocument, fonts: PdfFonts, input: CertificatePdfInput, lang: 'kk' | 'ru', width: number) {
  const t = TEXT[lang];
  const left = doc.page.margins.left;
  doc
    .font(fonts.bold)
    .fontSize(13)
    .fillColor('#141414')
    .text(`${t.title} № ${input.number}`, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.5);
  const field = (label: string, value: string) => {
    doc.font(fonts.bold).fontSize(10).text(`${label}: `, left, doc.y, { width, continued: true });
    doc.font(fonts.regular).text(value);
  };
  field(t.holder, input.holderName);
  field(
    t.card,
    `${input.card.code}, ${input.card.level}-${t.level}: ${lang === 'kk' ? input.card.kk : input.card.ru} (${input.card.editionId})`,
  );
  field(t.issuer, input.issuerName);
  field(t.period, `${dotted(input.issuedAt)} — ${dotted(input.validUntil)}`);
  doc.moveDown(0.3);
  doc.font(fonts.bold).fontSize(10).text(`${t.results}:`, left, doc.y, { width });
  input.functions.forEach((f, i) => {
    const parts = [
      f.passed ? t.passed : t.failed,
      f.theoryPercent === null ? null : `${t.theory} ${Math.round(f.theoryPercent)}%`,
      f.practicalPercent === null ? null : `${t.practice} ${Math.round(f.practicalPercent)}%`,
    ].filter(Boolean);
    doc
      .font(fonts.regular)
      .fontSize(9)
      .text(`${i + 1}. ${lang === 'kk' ? f.kk : f.ru} — ${parts.join(', ')}`, left + 10, doc.y, {
        width: width - 10,
      });
  });
  doc.moveDown(0.8);
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 40, left: 56, right: 56 },
    font: fonts.regular,
    lang: 'kk',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${input.number} — ${input.holderName}`,
      Author: input.issuerName,
      Creator: 'Kasip',
      Producer: 'Kasip (PDFKit)',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const done = pdfBytes(doc);
  const width = doc.page.width - 112;
  if (input.demo)
    doc
      .font(fonts.bold)
      .fontSize(9)
      .fillColor('#a00000')
      .text('DEMO — ҮЛГІ / ОБРАЗЕЦ', { width, align: 'right' })
      .fillColor('#141414');
  const note = STATUS_NOTE[input.status];
  if (note)
    doc.font(fonts.bold).fontSize(12).fillColor('#a00000').text(note, { width, align: 'center' }).fillColor('#141414');
  block(doc, fonts, input, 'kk', width);
  block(doc, fonts, input, 'ru', width);
  const qrSize = 96;
  if (doc.y + qrSize + 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  drawQr(doc, input.verifyUrl, 56, y, qrSize);
  doc
    .font(fonts.regular)
    .fontSize(9)
    .fillColor('#333333')
    .text(
      `Тексеру / Проверка: ${input.verifyUrl}\nСертификат электрондық қолтаңбасы бар верификацияланатын тіркелгі деректері ретінде берілді (Open Badges 3.0). / Сертификат выдан как проверяемое удостоверение с электронной подписью (Open Badges 3.0).`,
      56 + qrSize + 14,
      y + 8,
      { width: width - qrSize - 14 },
    );
  doc.end();
  return done;
}
