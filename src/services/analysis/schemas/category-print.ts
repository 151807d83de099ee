/**
 * What the category check's PDF prints: the answer of the check (the same as
 * POST /v1/qualification/category), with the card's name and the edition's order, so the page
 * can cite the rule's source as the app shows it, and the language of its labels.
 */
import { z } from 'zod';
import { categoryInput, categoryResultSchema } from './qualification.js';
import { langQuery } from './common.js';

export const categoryPrintInput = categoryInput.extend({ lang: langQuery });

export const categoryPrintSchema = z
  .strictObject({
    result: categoryResultSchema,
    cardName: z.strictObject({ kk: z.string(), ru: z.string().optional(), en: z.string().optional() }),
    order: z.strictObject({ number: z.string(), date: z.string() }),
    lang: z.enum(['kk', 'ru', 'en']),
    generatedAt: z.date(),
  })
  .meta({ id: 'CategoryPrint' });
