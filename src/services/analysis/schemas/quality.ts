/**
 * The quality report of an edition (docs/quality.md): the findings of the linter of
 * src/domain/quality, each with its rule, severity, message in kk/ru/en, place and evidence.
 */
import { z } from 'zod';
import type { RuleFamily, Severity } from '../../../domain/quality/types.js';
import { cardKeyOut, editionParam, sourceLinesSchema, trilingualSchema } from './common.js';

const SEVERITY = ['error', 'warning', 'info'] as const satisfies readonly Severity[];
const FAMILIES = [
  'structure',
  'codes',
  'levels',
  'duplication',
  'hygiene',
  'drift',
] as const satisfies readonly RuleFamily[];

const severitySchema = z.enum(SEVERITY, { error: 'severity must be error, warning or info' });

const messageSchema = trilingualSchema.meta({
  id: 'QualityMessage',
  description: 'One sentence in the official language and two translations.',
});

const locationFields = {
  card: cardKeyOut.nullable(),
  path: z.string().meta({ description: "Path in the card's data file (or in the edition when card is null)." }),
  itemId: z.string().optional(),
};

/** Rule-specific facts: scores, counts, expected values (`Evidence.details` of the domain). */
const detailValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.array(z.number())]);

const findingSchema = z
  .strictObject({
    rule: z.string(),
    severity: severitySchema,
    message: messageSchema,
    location: z.strictObject(locationFields),
    source: sourceLinesSchema.nullable(),
    evidence: z
      .strictObject({
        text: z.string().optional(),
        match: z.string().optional(),
        related: z
          .array(
            z.strictObject({ ...locationFields, text: z.string().optional(), source: sourceLinesSchema.nullable() }),
          )
          .optional(),
        similarity: z.number().optional(),
        details: z.record(z.string(), detailValue).optional(),
      })
      .optional(),
  })
  .meta({ id: 'QualityFinding' });

const countsSchema = z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const qualityReportSchema = z
  .strictObject({
    edition: z.string(),
    summary: z.strictObject({
      total: z.number().int(),
      bySeverity: countsSchema,
      byRule: z.record(z.string(), countsSchema),
    }),
    rules: z.array(
      z.strictObject({
        id: z.string(),
        family: z.enum(FAMILIES),
        severity: severitySchema,
        description: z.string().meta({ description: 'What the rule checks, in English (as before `explanation`)' }),
        name: trilingualSchema.meta({ description: 'The rule’s short name in kk, ru and en' }),
        explanation: trilingualSchema.meta({ description: 'What the rule checks and why, in kk, ru and en' }),
      }),
    ),
    findings: z.array(findingSchema),
  })
  .meta({
    id: 'QualityReport',
    example: {
      edition: 'order-262-2023',
      summary: {
        total: 1,
        bySeverity: { error: 1, warning: 0, info: 0 },
        byRule: { 'doubled-word': { error: 1, warning: 0, info: 0 } },
      },
      rules: [
        {
          id: 'doubled-word',
          family: 'hygiene',
          severity: 'error',
          description: 'The same word twice in a row ("Жеке жеке деректерді").',
          name: { kk: 'Қосарланған сөз', ru: 'Удвоенное слово', en: 'Doubled word' },
          explanation: {
            kk: 'Бір сөз қатарынан екі рет («Жеке жеке деректерді»).',
            ru: 'Одно слово дважды подряд («Жеке жеке деректерді»).',
            en: 'The same word twice in a row ("Жеке жеке деректерді").',
          },
        },
      ],
      findings: [
        {
          rule: 'doubled-word',
          severity: 'error',
          message: {
            kk: '8-білім (3-еңбек функциясы): «Жеке» сөзі қатарынан екі рет жазылған («Жеке жеке»).',
            ru: 'Знание 8 (трудовая функция 3): слово «Жеке» написано дважды подряд («Жеке жеке»).',
            en: 'In knowledge item 8 (labour function 3), the word «Жеке» is written twice in a row («Жеке жеке»).',
          },
          location: {
            card: { code: '2634-9-004', level: 6 },
            path: 'labourFunctions[2].knowledge[7]',
            itemId: '2634-9-004.6.f3.k8',
          },
          source: { lines: [2972, 2978] },
          evidence: { text: 'Жеке жеке деректерді сақтау және пайдалану.', match: 'Жеке жеке' },
        },
      ],
    },
  });

export const qualityInput = z.object({
  id: z
    .union([z.literal('current'), editionParam])
    .meta({ description: 'The edition (or `current`)', example: 'current' }),
  severity: severitySchema
    .optional()
    .meta({ description: 'The lowest severity to return (default: info, i.e. all)', example: 'warning' }),
  rule: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Comma-separated rule ids', example: 'doubled-word,russian-text' }),
});
