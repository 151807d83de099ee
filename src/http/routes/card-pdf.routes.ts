/**
 * One card as a printable A4 PDF (`GET /api/v1/cards/{code}/{level}/pdf`), for the web app's
 * "Download PDF" link and for anyone who prints. The official Kazakh text is always printed;
 * `?lang=ru|en` switches the labels and adds the unofficial translations.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { type CardPdfEdition, cardPdfFileName, renderCardPdf } from '../../exports/pdf/card-pdf.js';
import type { EditionService, EditionSummary } from '../../services/edition.service.js';
import type { RegistryService } from '../../services/registry.service.js';
import type { AppEnv } from '../app-env.js';
import { cardCodeParam, cardLevelParam, readQuery } from '../common-params.js';
import { pickLang } from '../locale.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const cardPdfRoute = createRoute({
  method: 'get',
  path: '/v1/cards/{code}/{level}/pdf',
  tags: ['Registry'],
  summary: 'One card as a PDF',
  description:
    'The card on A4 in the official card’s structure (code, name, other names, SQF level, requirements by category, education, labour functions → tasks → numbered skills and knowledge, personal competencies, links, qualification link, working conditions), every item with its id. The fonts (Noto Sans) are embedded, so the Kazakh text can be selected and searched. The footer gives the order, the edition, the date of generation and the page number. The official Kazakh text is always printed; `lang` (or Accept-Language) sets the labels, and with `ru` or `en` the texts that have a translation get it beneath, marked as an unofficial translation. Served inline as `{code}-{level}.pdf`.',
  request: { params: z.object({ code: cardCodeParam, level: cardLevelParam }), query: readQuery },
  responses: {
    200: {
      description: 'The card as a PDF document',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    400: { description: 'Invalid request', content: { 'application/problem+json': { schema: problemSchema } } },
    404: {
      description: 'No such card or edition',
      content: { 'application/problem+json': { schema: problemSchema } },
    },
  },
});

/** The order, date and title of an edition, as the PDF's footer and heading print them. */
function pdfEdition(summaries: EditionSummary[], editionId: string): CardPdfEdition {
  const summary = summaries.find((e) => e.id === editionId);
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const title = summary?.title ?? {};
  const kk = text(title.kk);
  return {
    id: editionId,
    order: {
      number: text(summary?.order.number) ?? '?',
      date: text(summary?.order.date) ?? summary?.orderDate.slice(0, 10) ?? '',
    },
    standardTitle: kk ? { kk, ru: text(title.ru), en: text(title.en) } : undefined,
  };
}

export type CardPdfRouteOptions = {
  /** The clock whose date the footer prints (tests fix it). */
  now?: () => Date;
};

export function cardPdfRoutes(
  registry: Pick<RegistryService, 'card'>,
  editions: Pick<EditionService, 'list'>,
  { now = () => new Date() }: CardPdfRouteOptions = {},
) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(cardPdfRoute, async (c) => {
    const { code, level } = c.req.valid('param');
    const q = c.req.valid('query');
    const lang = pickLang(q.lang, c.req.header('accept-language'));
    const { edition, card } = await registry.card({ code, level }, q.edition);
    const pdf = await renderCardPdf({
      card,
      edition: pdfEdition(await editions.list(), edition),
      lang,
      generatedAt: now(),
    });
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language');
    return c.body(pdf, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${cardPdfFileName({ code, level })}"`,
      'Content-Length': String(pdf.byteLength),
    });
  });
}
