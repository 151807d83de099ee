/**
 * Each kind's own fields (an item without its child lists), as the CSV reader checks one row:
 * the schemas of domain/standard/schemas.ts with the child lists left out, so a row's problem
 * is found and placed on its row, before the tree is assembled.
 */
import type { z } from 'zod';
import type { ItemKind } from '../../domain/standard/item-tree.js';
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
} from '../../domain/standard/schemas.js';

export const OWN_FIELDS: Record<ItemKind, z.ZodType> = {
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
};
