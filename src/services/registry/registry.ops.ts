/**
 * The registry's public reads as operations: cards (a page, one whole, one for print), items,
 * terms, professions, levels and the career graph. Anyone may read them; their answers are the
 * same for everybody, so they are publicly cacheable.
 */
import type { z } from 'zod';
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { cardDetailSchema, cardPrintSchema } from './schemas/card.js';
import { itemSchema } from './schemas/item.js';
import {
  cardListSchema,
  careerGraphSchema,
  levelsSchema,
  listCardsInput,
  professionsSchema,
  termsSchema,
} from './schemas/listings.js';
import { cardInput, itemIdParam, readInput } from './schemas/params.js';

const publicRead = { action: 'registry.read', writes: false, cache: 'public', audit: null } as const;

export function registryOperations({ registry, editions }: Pick<UseCases, 'registry' | 'editions'>) {
  return {
    cards: defineOperation({
      ...publicRead,
      name: 'registry.cards',
      summary: 'Profession cards',
      input: listCardsInput,
      output: cardListSchema,
      run: (input) => registry.listCards(input),
    }),

    card: defineOperation({
      ...publicRead,
      name: 'registry.card',
      summary: 'One card, whole',
      input: cardInput,
      output: cardDetailSchema,
      run: ({ code, level, edition, lang }) => registry.getCard({ code, level }, { edition, lang }),
    }),

    /**
     * What a card's PDF prints: the card, its edition's order and title, the language and the
     * pipeline's clock. The PDF itself is written by the HTTP binding, since file formats live in
     * src/exports, which services may not import (test/architecture.test.ts).
     */
    cardPrint: defineOperation({
      ...publicRead,
      name: 'registry.card-print',
      summary: 'One card as a PDF',
      input: cardInput,
      output: cardPrintSchema,
      run: async ({ code, level, edition, lang }) => {
        const found = await registry.card({ code, level }, edition);
        const summary = await editions.summary(found.edition);
        const { kk, ru, en } = summary.title;
        return {
          card: found.card,
          edition: {
            id: found.edition,
            order: { number: summary.order.number, date: summary.order.date },
            standardTitle: { kk, ...(ru ? { ru } : {}), ...(en ? { en } : {}) },
          },
          lang,
          // The edition's date, not the request's: the same card makes the same file, so its
          // ETag holds and a rendered copy can be reused until the edition changes.
          generatedAt: new Date(summary.loadedAt),
        };
      },
    }),

    item: defineOperation({
      ...publicRead,
      name: 'registry.item',
      summary: 'One item (labour function, task, skill, knowledge…)',
      input: readInput.extend({ id: itemIdParam }),
      output: itemSchema,
      run: ({ id, edition, lang }) => registry.getItem(id, { edition, lang }),
    }),

    terms: defineOperation({
      ...publicRead,
      name: 'registry.terms',
      summary: 'Terms and definitions',
      input: readInput,
      output: termsSchema,
      run: (input) => registry.terms(input),
    }),

    professions: defineOperation({
      ...publicRead,
      name: 'registry.professions',
      summary: 'The list of professions',
      input: readInput,
      output: professionsSchema,
      run: (input) => registry.professions(input),
    }),

    levels: defineOperation({
      ...publicRead,
      name: 'registry.levels',
      summary: 'SQF levels 1–8 with their cards',
      input: readInput,
      output: levelsSchema,
      run: (input) => registry.levels(input),
    }),

    careerGraph: defineOperation({
      ...publicRead,
      name: 'registry.career-graph',
      summary: 'Career links as a graph',
      input: readInput,
      output: careerGraphSchema,
      run: (input) => registry.careerGraph(input),
    }),
  };
}

export type RegistryOperations = ReturnType<typeof registryOperations>;
export type CardPrint = z.output<typeof cardPrintSchema>;
