/**
 * An item's own fields as storage keeps them (src/domain/standard/item-tree.ts): the item
 * without its child lists (a card without its functions, a task without its skills…). Stored
 * data is read back through these schemas, so an item answer is typed by its kind; a draft's items
 * and a CSV row are checked with them too.
 */
import type { z } from 'zod';
import type { ItemKind } from './item-tree.js';
import {
  cardSchema,
  labourFunctionSchema,
  numberedTextSchema,
  professionLinkSchema,
  professionSchema,
  qualificationGroupSchema,
  qualificationRuleSchema,
  taskSchema,
  termSchema,
} from './schemas.js';

export const ITEM_DATA = {
  card: cardSchema
    .omit({ otherNames: true, labourFunctions: true, links: true, qualificationLink: true })
    .extend({ qualification: cardSchema.shape.qualification.omit({ groups: true }) }),
  otherName: cardSchema.shape.otherNames.element,
  qualificationGroup: qualificationGroupSchema.omit({ rules: true }),
  qualificationRule: qualificationRuleSchema,
  labourFunction: labourFunctionSchema.omit({ tasks: true, skills: true, knowledge: true }),
  task: taskSchema.omit({ skills: true, knowledge: true }),
  skill: numberedTextSchema,
  knowledge: numberedTextSchema,
  link: professionLinkSchema,
  qualificationLink: cardSchema.shape.qualificationLink.element,
  term: termSchema,
  profession: professionSchema,
} satisfies Record<ItemKind, z.ZodType>;

export type ItemData = { [K in ItemKind]: z.output<(typeof ITEM_DATA)[K]> };
