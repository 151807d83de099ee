/**
 * The category check as a printable answer: the same input as `qualification.category`, and the
 * answer with what its PDF cites (the card's name, the edition's order). The PDF is written by the
 * HTTP binding, since file formats live in src/exports, which services may not import. The answer
 * holds what the person sent: private, never stored nor logged.
 */
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { categoryPrintInput, categoryPrintSchema } from './schemas/category-print.js';

export function categoryPdfOperation(useCases: UseCases) {
  return defineOperation({
    name: 'qualification.category-pdf',
    summary: 'Qualification category of a person on a card, as a one-page PDF',
    input: categoryPrintInput,
    output: categoryPrintSchema,
    action: 'registry.read',
    writes: false,
    cache: 'private',
    audit: null,
    run: async ({ request, edition, lang }) => {
      const result = await useCases.qualification.category({ ...request, edition });
      const { card } = await useCases.registry.card(request.card, result.edition);
      const summary = await useCases.editions.summary(result.edition);
      const { kk, ru, en } = card.name;
      return {
        result,
        cardName: { kk, ...(ru ? { ru } : {}), ...(en ? { en } : {}) },
        order: { number: summary.order.number, date: summary.order.date },
        lang: lang ?? 'kk',
        generatedAt: new Date(),
      };
    },
  });
}
