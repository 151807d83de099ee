/**
 * One card as a printable A4 PDF (`GET /api/v1/cards/{code}/{level}/pdf`), for the web app's
 * "Download PDF" link and for anyone who prints. The operation gives the card and its edition;
 * the PDF is written here, since file formats live in src/exports, which services may not use.
 */
import { cardPdfFileName, renderCardPdf } from '../../exports/pdf/card-pdf.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { createKeptCache } from '../../domain/shared/kept-cache.js';

/** Rendered PDFs kept: a few hundred kB each, so at most a few tens of MB. */
export const CARD_PDF_CACHE_ENTRIES = 64;

/**
 * `onEditionChange` subscribes to edition changes (here or, through NOTIFY, in another process):
 * the kept PDFs are dropped then. Their keys hold the edition's date as well, so a copy of a
 * replaced edition would never be served anyway; dropping them frees the memory at once.
 */
export function cardPdfRoutes(
  { registry }: Pick<Operations, 'registry'>,
  onEditionChange: (handler: () => void) => void,
): HttpBinding[] {
  const rendered = createKeptCache<Uint8Array<ArrayBuffer>>(CARD_PDF_CACHE_ENTRIES);
  onEditionChange(() => rendered.clear());
  return [
    bind({
      op: registry.cardPrint,
      method: 'get',
      path: '/v1/cards/{code}/{level}/pdf',
      tags: ['Registry'],
      language: true,
      locateErrors: true,
      files: ['application/pdf'],
      disposition: 'inline',
      render: async (print) => {
        const key = { code: print.card.code.value, level: print.card.level.value };
        const cacheKey = [print.edition.id, print.generatedAt.toISOString(), key.code, key.level, print.lang].join('|');
        return {
          file: {
            contentType: 'application/pdf',
            filename: cardPdfFileName(key),
            body: await rendered.get(cacheKey, () => renderCardPdf(print)),
          },
        };
      },
      description:
        'The card on A4 in the official card’s structure (code, name, other names, SQF level, requirements by category, education, labour functions → tasks → numbered skills and knowledge, personal competencies, links, qualification link, working conditions), every item with its id. The fonts (Noto Sans) are embedded, so the Kazakh text can be selected and searched. The footer gives the order, the edition, the date of generation and the page number. The official Kazakh text is always printed; `lang` (or Accept-Language) sets the labels, and with `ru` or `en` the texts that have a translation get it beneath, marked as an unofficial translation. Served inline as `{code}-{level}.pdf`.',
    }),
  ];
}
