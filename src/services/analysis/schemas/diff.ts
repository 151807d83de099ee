/**
 * What changed from one edition to another: the domain's `EditionDiff` (domain/editions/diff.ts),
 * with the UUIDs of the items, as the diff operation answers it.
 */
import { z } from 'zod';
import { CHANGE_KINDS, type ChangeKind } from '../../../domain/editions/diff.js';
import { ITEM_KINDS } from '../../../domain/standard/item-tree.js';
import { cardKeyOut, editionParam, linesSchema, trilingualSchema } from './common.js';
import { DIFF_EXAMPLE } from './diff-example.js';

const editionId = (description: string) => editionParam.meta({ description, example: 'order-262-2023' });

export const diffInput = z.object({
  a: editionId('The earlier edition (or `current`)'),
  b: editionId('The later edition (or `current`)'),
});

const itemKind = z.enum([...ITEM_KINDS, 'edition']);

const locationSchema = z
  .strictObject({
    id: z.string(),
    uuid: z.string().optional(),
    kind: itemKind,
    card: cardKeyOut.nullable(),
    path: z.string(),
    parentId: z.string().nullable(),
    lines: linesSchema.nullable(),
    text: z.string().nullable(),
  })
  .meta({
    id: 'DiffLocation',
    description:
      'Where the item stands in one edition: its card, its place by position (`f1.t2.s3`), the lines of the official text it (or the changed field) is printed on.',
  });

/** A datum before or after (the domain's `FieldValue`). */
const fieldValue = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.array(z.string()),
  z.array(z.number()),
  z.array(
    z.strictObject({
      minLevel: z.string(),
      fields: z.union([z.array(z.string()), z.literal('relevant')]).optional(),
      certificate: z.string().optional(),
    }),
  ),
  z.array(cardKeyOut),
]);

const changeSchema = z
  .strictObject({
    kind: z.enum(CHANGE_KINDS),
    itemKind,
    from: locationSchema.nullable(),
    to: locationSchema.nullable(),
    field: z.string().optional(),
    words: z.array(z.strictObject({ op: z.enum(['same', 'add', 'del']), text: z.string() })).optional(),
    fields: z.array(z.strictObject({ field: z.string(), from: fieldValue, to: fieldValue })).optional(),
    descendants: z.number().int().optional(),
    movedTo: z.enum(['task', 'function', 'card']).optional(),
    message: trilingualSchema,
  })
  .meta({ id: 'EditionChange' });

const editionRefSchema = z.strictObject({
  id: z.string(),
  standardId: z.string(),
  status: z.string(),
  order: z.strictObject({ number: z.string(), date: z.string() }),
  supersedes: z.string().nullable(),
});

export const diffSchema = z
  .strictObject({
    from: editionRefSchema,
    to: editionRefSchema,
    summary: z.strictObject({ kk: z.array(z.string()), ru: z.array(z.string()), en: z.array(z.string()) }),
    // Every kind, with its number of changes (0 when none).
    counts: z.strictObject(
      Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, z.number().int()])) as Record<ChangeKind, z.ZodNumber>,
    ),
    changes: z.array(changeSchema),
    alignment: z.strictObject({
      pairs: z.array(
        z.strictObject({
          kind: z.enum(ITEM_KINDS),
          oldId: z.string(),
          newId: z.string(),
          how: z.enum(['id', 'text', 'position']),
          similarity: z.number(),
          oldUuid: z.string().optional(),
          newUuid: z.string().optional(),
        }),
      ),
      added: z.array(z.string()),
      removed: z.array(z.string()),
    }),
  })
  .meta({ id: 'EditionDiff', example: DIFF_EXAMPLE });
