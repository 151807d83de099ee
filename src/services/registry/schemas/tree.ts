/**
 * The standard's tree (card → labour functions → tasks → skills and knowledge, requirements,
 * links, terms, professions) as answers describe it. Answers add fields to the domain's shapes
 * (src/domain/standard/schemas.ts): every text (`kk`, `ru`, `en`) gets a `display` in the asked
 * language, and the export puts a `uuid` beside every `id`. One function derives both from the
 * domain schemas, so a field added to the standard appears in the answers and their document;
 * each shape stays strict, so an answer with a field the schema does not name fails its check.
 */
import { z } from 'zod';
import {
  cardSchema,
  educationRequirementSchema,
  experienceRequirementSchema,
  labourFunctionSchema,
  localizedSchema,
  numberedTextSchema,
  professionLinkSchema,
  professionSchema,
  qualificationGroupSchema,
  qualificationRuleSchema,
  sourcedTextSchema,
  taskSchema,
  termSchema,
} from '../../../domain/standard/schemas.js';
import { cardKeySchema, lineRange, sourceRef } from './text.js';

/**
 * @param ids fields beside every `id` (the export's `uuid`)
 * @param texts fields beside every text (the display language's `display`)
 * @param name the component name each shape has in the OpenAPI document
 */
export function standardTree<Ids extends z.ZodRawShape, Texts extends z.ZodRawShape>(
  ids: Ids,
  texts: Texts,
  name: (shape: string) => string,
) {
  const source = sourceRef;
  const localized = localizedSchema
    .extend(texts)
    .meta({ id: name('Localized'), description: 'Official Kazakh text with optional unofficial translations' });
  const sourcedText = sourcedTextSchema
    .extend({ ...texts, source })
    .meta({ id: name('SourcedText'), description: 'A text as printed, with where it is printed' });
  const numberedText = numberedTextSchema
    .extend({ ...ids, ...texts, source })
    .meta({ id: name('NumberedText'), description: 'A skill or a knowledge item, with its printed number' });
  const rule = qualificationRuleSchema
    .extend({
      ...ids,
      ...texts,
      source,
      education: z.array(educationRequirementSchema).min(1),
      experience: experienceRequirementSchema.optional(),
    })
    .meta({
      id: name('QualificationRule'),
      description: 'One qualification requirement: a category, the educations that satisfy it and the years of work',
    });
  const group = qualificationGroupSchema
    .extend({ ...ids, label: sourcedText.optional(), rules: z.array(rule).min(1) })
    .meta({ id: name('QualificationGroup'), description: 'The requirements of one specialist level' });
  const link = professionLinkSchema
    .extend({ ...ids, ...texts, source, card: cardKeySchema.optional() })
    .meta({ id: name('ProfessionLink'), description: 'A related profession the card names, with its card if any' });
  const otherName = cardSchema.shape.otherNames.element
    .extend({ ...ids, ...texts, source })
    .meta({ id: name('OtherName'), description: 'Another name of the profession' });
  const qualificationLink = cardSchema.shape.qualificationLink.element
    .extend({ ...ids, ...texts, source })
    .meta({ id: name('QualificationLink') });
  const educationLevel = cardSchema.shape.educationLevel
    .extend({ ...texts, source })
    .meta({ id: name('EducationLevel') });
  const task = taskSchema
    .extend({ ...ids, name: sourcedText, skills: z.array(numberedText), knowledge: z.array(numberedText) })
    .meta({ id: name('Task') });
  const labourFunction = labourFunctionSchema
    .extend({
      ...ids,
      name: sourcedText,
      tasks: z.array(task),
      skills: z.array(numberedText).optional(),
      knowledge: z.array(numberedText).optional(),
    })
    .meta({ id: name('LabourFunction') });
  const qualification = cardSchema.shape.qualification.extend({
    basis: sourcedText.optional(),
    groups: z.array(group),
  });
  const card = cardSchema
    .extend({
      ...ids,
      title: sourcedText,
      code: cardSchema.shape.code.extend({ source }),
      name: sourcedText,
      level: cardSchema.shape.level.extend({ source }),
      otherNames: z.array(otherName),
      qualification,
      educationLevel,
      labourFunctions: z.array(labourFunction),
      personalCompetencies: sourcedText.optional(),
      links: z.array(link),
      qualificationLink: z.array(qualificationLink),
      workingConditions: sourcedText.optional(),
      labels: z.array(lineRange),
      source: cardSchema.shape.source.extend({ lines: lineRange }),
    })
    .meta({ id: name('Card'), description: 'A profession card, whole' });
  const term = termSchema.extend({ ...ids, term: localized, definition: localized, source }).meta({ id: name('Term') });
  const profession = professionSchema
    .extend({ ...ids, ...texts, name: localized, source, cards: z.array(cardKeySchema) })
    .meta({ id: name('Profession'), description: 'A profession as the standard lists it, with its cards' });
  return {
    localized,
    sourcedText,
    numberedText,
    rule,
    group,
    link,
    otherName,
    qualificationLink,
    educationLevel,
    task,
    labourFunction,
    qualification,
    card,
    term,
    profession,
  };
}
