/**
 * One item (GET /v1/items/{id}): its own fields by kind, with its card, its place in the card,
 * its source lines and text, and the other items with the same text. `kind` says which shape
 * `data` has: a card without its lists, a task without its skills, a skill…
 */
import { z } from 'zod';
import { ITEM_KINDS } from '../../../domain/standard/item-tree.js';
import { displayed } from './card.js';
import { cardKeySchema, displaySchema, lineRange, namedCardSchema, orNull } from './text.js';

const itemKind = z.enum(ITEM_KINDS);

const common = {
  edition: z.string(),
  id: z.string(),
  uuid: z.string(),
  text: orNull(displayed.localized),
  card: orNull(namedCardSchema),
  path: z.array(z.object({ id: z.string(), kind: itemKind, text: orNull(displaySchema) }).strict()),
  source: z.object({ lines: lineRange, text: z.string().nullable() }).strict().nullable(),
  sameTextIn: z.array(z.object({ id: z.string(), kind: itemKind, card: orNull(cardKeySchema) }).strict()),
};

const of = <K extends (typeof ITEM_KINDS)[number], D extends z.ZodType>(kind: K, data: D) =>
  z.object({ ...common, kind: z.literal(kind), data }).strict();

export const itemSchema = z
  .discriminatedUnion('kind', [
    of(
      'card',
      displayed.card
        .omit({ otherNames: true, labourFunctions: true, links: true, qualificationLink: true })
        .extend({ qualification: displayed.qualification.omit({ groups: true }) }),
    ),
    of('otherName', displayed.otherName),
    of('qualificationGroup', displayed.group.omit({ rules: true })),
    of('qualificationRule', displayed.rule),
    of('labourFunction', displayed.labourFunction.omit({ tasks: true, skills: true, knowledge: true })),
    of('task', displayed.task.omit({ skills: true, knowledge: true })),
    of('skill', displayed.numberedText),
    of('knowledge', displayed.numberedText),
    of('link', displayed.link),
    of('qualificationLink', displayed.qualificationLink),
    of('term', displayed.term),
    of('profession', displayed.profession),
  ])
  .meta({
    id: 'Item',
    example: {
      edition: 'order-262-2023',
      id: '2635-3-001.5.f1.t1.s1',
      uuid: '4b8f0f53-1f2a-5e33-9c1d-2a6e0b7c9d10',
      kind: 'skill',
      text: { kk: '…', display: { text: '…', lang: 'kk', official: true } },
      data: {
        id: '2635-3-001.5.f1.t1.s1',
        number: '1',
        kk: '…',
        source: { lines: [806, 812] },
        display: { text: '…', lang: 'kk', official: true },
      },
      card: {
        code: '2635-3-001',
        level: 5,
        name: { text: 'Әлеуметтік жұмыс жөніндегі маман', lang: 'kk', official: true },
      },
      path: [{ id: '2635-3-001.5', kind: 'card', text: { text: '…', lang: 'kk', official: true } }],
      source: { lines: [806, 812], text: '1. …' },
      sameTextIn: [{ id: '2635-3-001.4.f1.t1.s1', kind: 'skill', card: { code: '2635-3-001', level: 4 } }],
    },
  });
