/**
 * Career paths between two cards: each step with what changes (labour functions, tasks, skills,
 * knowledge matched by text) and what the next card requires of a newcomer. The shapes are the
 * domain's (domain/career/paths.ts) with a `display` beside every localised text.
 */
import { z } from 'zod';
import { categories, certificates, educationFields, educationLevels } from '../../../domain/standard/schemas.js';
import { cardKeyOut, displayedTexts, editionQuery, langQuery, sourceLinesSchema } from './common.js';

const cardRef = (name: 'from' | 'to', example: string) =>
  z
    .string({ error: `${name} is required, as CODE/LEVEL (e.g. 2635-3-001/4)` })
    .regex(/^\d{4}-\d-\d{3}\/[1-8]$/, `${name} is a card as CODE/LEVEL, e.g. 2635-3-001/4`)
    .meta({ description: `The card to go ${name}, as CODE/LEVEL`, example });

export const pathsInput = z.object({
  from: cardRef('from', '2635-3-001/4'),
  to: cardRef('to', '2635-3-001/6'),
  maxPaths: z.coerce
    .number({ error: 'maxPaths must be a number from 1 to 20' })
    .int('maxPaths must be a whole number')
    .min(1, 'maxPaths must be from 1 to 20')
    .max(20, 'maxPaths must be from 1 to 20')
    .optional()
    .meta({ description: 'At most this many paths, shortest first (default 5)', example: 5 }),
  edition: editionQuery,
  lang: langQuery,
});

/** A labour function, task, skill or knowledge item of a card (the domain's `ItemRef`). */
export const itemRefFields = {
  id: z.string(),
  ...displayedTexts,
  labourFunction: z.string().nullable().meta({ description: 'The labour function the item belongs to' }),
  task: z.string().nullable().meta({ description: 'The task the item belongs to (null for function-level lists)' }),
};

const itemRefSchema = z.strictObject(itemRefFields).meta({ id: 'CareerItem' });

const matchedSchema = z.strictObject({
  from: itemRefSchema,
  to: itemRefSchema,
  similarity: z.number().min(0).max(1).meta({ description: 'Jaccard index of the two texts’ Kazakh stems' }),
});

const deltaSectionSchema = z
  .strictObject({
    same: z.array(matchedSchema).meta({ description: 'The same words in both cards' }),
    changed: z.array(matchedSchema).meta({ description: 'Reworded: similar (≥ 0.6) but not the same words' }),
    added: z.array(itemRefSchema).meta({ description: 'New in the next card' }),
    removed: z.array(itemRefSchema).meta({ description: 'Not in the next card' }),
    counts: z.strictObject({
      same: z.number().int(),
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
    }),
  })
  .meta({ id: 'CareerDeltaSection' });

/** One education a rule accepts (the standard's `educationRequirementSchema`). */
const educationAlternative = z.strictObject({
  minLevel: z.enum(educationLevels),
  fields: z.union([z.array(z.enum(educationFields)), z.literal('relevant')]).optional(),
  certificate: z.enum(certificates).optional(),
});

const entryRuleSchema = z.strictObject({
  group: z.string(),
  id: z.string(),
  category: z.enum(categories).nullable(),
  ...displayedTexts,
  source: sourceLinesSchema,
  education: z.array(educationAlternative),
  experience: z
    .strictObject({ minYears: z.number(), inCategory: z.enum(categories).nullable(), where: z.string().nullable() })
    .nullable(),
});

const requirementsSchema = z
  .strictObject({
    education: z.strictObject({
      ...displayedTexts,
      levels: z.array(z.string()),
      fields: z.array(z.string()).nullable(),
      source: sourceLinesSchema,
    }),
    entry: z.array(entryRuleSchema).meta({ description: 'Per specialist group, the rule for a newcomer' }),
    minYears: z.number().nullable().meta({ description: 'Fewest years an entry rule asks; null without rules' }),
    higherEducation: z.boolean().meta({ description: 'The next card asks a higher education level' }),
  })
  .meta({ id: 'CareerRequirements' });

const stepSchema = z
  .strictObject({
    from: cardKeyOut,
    to: cardKeyOut,
    kind: z.enum(['stated', 'next-level']),
    linkId: z.string().nullable(),
    delta: z.strictObject({
      labourFunctions: deltaSectionSchema,
      tasks: deltaSectionSchema,
      skills: deltaSectionSchema,
      knowledge: deltaSectionSchema,
    }),
    requires: requirementsSchema,
  })
  .meta({ id: 'CareerStep' });

const blockerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('education-level'), need: z.enum(educationLevels), have: z.enum(educationLevels) }),
  z.strictObject({ kind: z.literal('education-field'), need: z.array(z.string()), have: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('experience'), years: z.number() }),
]);

/** Why no path leads to the target, and what to do instead (the domain's `DeadEnd`). */
const deadEndSchema = z
  .strictObject({
    reachable: z
      .array(
        z.strictObject({
          card: cardKeyOut,
          steps: z.number().int(),
          sameProfession: z.boolean(),
          overlap: z.number().min(0).max(1).meta({ description: 'Share of the target’s skills and knowledge it has' }),
        }),
      )
      .meta({ description: 'Cards reachable from the start, nearest to the target first (at most 5)' }),
    reachableCount: z.number().int(),
    entries: z.array(cardKeyOut).meta({ description: 'The cards that lead into the target' }),
    blockers: z.array(blockerSchema).meta({ description: 'What the start card’s holder lacks for the target' }),
    requires: requirementsSchema,
    missingSkills: z.array(itemRefSchema),
    missingKnowledge: z.array(itemRefSchema),
  })
  .meta({ id: 'CareerDeadEnd' });

const emptySection = { same: [], changed: [], added: [], removed: [] };

export const pathsSchema = z
  .strictObject({
    edition: z.string(),
    from: cardKeyOut,
    to: cardKeyOut,
    paths: z.array(z.strictObject({ steps: z.array(stepSchema) })),
    deadEnd: deadEndSchema
      .nullable()
      .meta({ description: 'When no path leads to the target: why, the cards within reach, and what is missing' }),
  })
  .meta({
    id: 'CareerPaths',
    example: {
      edition: 'order-262-2023',
      from: { code: '2635-3-001', level: 5 },
      to: { code: '2635-3-001', level: 6 },
      paths: [
        {
          steps: [
            {
              from: { code: '2635-3-001', level: 5 },
              to: { code: '2635-3-001', level: 6 },
              kind: 'stated',
              linkId: '2635-3-001.5.l1',
              delta: {
                labourFunctions: { ...emptySection, counts: { same: 1, changed: 0, added: 0, removed: 0 } },
                tasks: { ...emptySection, counts: { same: 1, changed: 0, added: 0, removed: 0 } },
                skills: { ...emptySection, counts: { same: 10, changed: 0, added: 0, removed: 0 } },
                knowledge: {
                  ...emptySection,
                  added: [
                    {
                      id: '2635-3-001.6.f1.t1.k22',
                      kk: 'Өрт қауіпсіздігі ережелері.',
                      display: { text: 'Өрт қауіпсіздігі ережелері.', lang: 'kk', official: true },
                      labourFunction: '2635-3-001.6.f1',
                      task: '2635-3-001.6.f1.t1',
                    },
                  ],
                  counts: { same: 19, changed: 1, added: 2, removed: 1 },
                },
              },
              requires: {
                education: {
                  kk: 'Жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                  display: {
                    text: 'Жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                    lang: 'kk',
                    official: true,
                  },
                  levels: ['higher', 'postgraduate'],
                  fields: ['social', 'psychological', 'pedagogical', 'medical'],
                  source: { lines: [1050, 1051] },
                },
                entry: [
                  {
                    group: 'high-level-specialist',
                    id: '2635-3-001.6.q4',
                    category: 'none',
                    kk: 'санатсыз-мамандық бойынша жұмыс өтіліне қойылатын талаптарсыз жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                    display: {
                      text: 'санатсыз-мамандық бойынша жұмыс өтіліне қойылатын талаптарсыз жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                      lang: 'kk',
                      official: true,
                    },
                    source: { lines: [1046, 1048] },
                    education: [{ minLevel: 'higher', fields: ['social', 'psychological', 'pedagogical', 'medical'] }],
                    experience: null,
                  },
                ],
                minYears: 0,
                higherEducation: true,
              },
            },
          ],
        },
      ],
      deadEnd: null,
    },
  });
