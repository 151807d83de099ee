/**
 * A person as the category rules see them: education and years of experience per category.
 */
import { z } from 'zod';
import { categories, certificates, educationFields, educationLevels } from '../standard/schemas.js';

export const MAX_YEARS = 60;

export const personSchema = z
  .object({
    education: z
      .object({
        level: z.enum(educationLevels, { error: `education.level must be one of ${educationLevels.join(', ')}` }),
        field: z.enum(educationFields, { error: `education.field must be one of ${educationFields.join(', ')}` }),
        certificate: z
          .enum(certificates, { error: `education.certificate must be ${certificates.join(', ')}` })
          .optional(),
      })
      .strict(),
    experience: z
      .array(
        z
          .object({
            category: z.enum(categories, { error: `category must be one of ${categories.join(', ')}` }),
            years: z
              .number({ error: 'years must be a number' })
              .min(0, 'years cannot be negative')
              .max(MAX_YEARS, `years cannot exceed ${MAX_YEARS}`),
          })
          .strict(),
      )
      .max(20, 'at most 20 experience entries')
      .default([]),
  })
  .strict();

export type Person = z.infer<typeof personSchema>;
export type Category = (typeof categories)[number];

/** Categories from lowest to highest. */
export const CATEGORY_ORDER: readonly Category[] = ['none', 'second', 'first', 'higher'];
export const EDUCATION_ORDER = educationLevels;

export const categoryRank = (c: Category): number => CATEGORY_ORDER.indexOf(c);
export const educationRank = (l: Person['education']['level']): number => EDUCATION_ORDER.indexOf(l);
