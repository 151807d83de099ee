/**
 * The IMS CASE 1.1 objects Kasip writes, as zod schemas: exactly the fields Kasip fills (a subset
 * of the CASE data model, whose published JSON Schema the tests validate every export against:
 * test/fixtures/case/). They document the /ims/case/v1p1 answers in the OpenAPI document and
 * type the writer. What CASE has no field for travels in each object's `extensions.kasip`.
 */
import { z } from 'zod';
import { ITEM_KINDS } from '../standard/item-tree.js';
import { editionSchema } from '../standard/schemas.js';

const uuid = z.uuid();
const dateTime = z.iso.datetime();

export const linkUriSchema = z.object({ title: z.string(), identifier: uuid, uri: z.string() }).strict();
export const linkGenUriSchema = z
  .object({ title: z.string(), identifier: z.string(), uri: z.string(), targetType: z.literal('CASE').optional() })
  .strict();

const documentExtension = z
  .object({
    kasip: z
      .object({
        /** The edition's metadata whole: the order, its registration, provisions, status. */
        edition: editionSchema,
        /** The text the items' source lines point into (absent from the CFDocuments list). */
        sourceText: z.string().optional(),
      })
      .strict(),
  })
  .strict();

export const cfPackageDocumentSchema = z
  .object({
    identifier: uuid,
    uri: z.string(),
    creator: z.string(),
    title: z.string(),
    lastChangeDateTime: dateTime,
    publisher: z.string(),
    description: z.string().optional(),
    subject: z.array(z.string()),
    language: z.string(),
    version: z.string(),
    adoptionStatus: z.string(),
    statusStartDate: z.iso.date().optional(),
    caseVersion: z.literal('1.1'),
    notes: z.string().optional(),
    extensions: documentExtension,
  })
  .strict()
  .meta({ id: 'CaseDocumentInPackage' });

export const cfDocumentSchema = cfPackageDocumentSchema
  .extend({ CFPackageURI: linkUriSchema })
  .strict()
  .meta({ id: 'CaseDocument' });

/**
 * A JSON value up to `depth` levels deep. Not `z.json()`: that one is recursive, which the
 * OpenAPI generator cannot write; an item's own fields are at most five levels deep
 * (`qualification.basis.source.parts[0][1]`), so six levels, each a named component, say them all.
 */
function jsonUpTo(depth: number): z.ZodType {
  const leaf = z.union([z.string(), z.number(), z.boolean(), z.null()]);
  let level: z.ZodType = leaf.meta({ id: 'CaseJson0' });
  for (let d = 1; d <= depth; d++) {
    level = z.union([leaf, z.array(level), z.record(z.string(), level)]).meta({ id: `CaseJson${d}` });
  }
  return level;
}
const kasipFields = z.record(z.string(), jsonUpTo(6));

const itemExtension = z
  .object({
    kasip: z
      .object({
        kind: z.enum(ITEM_KINDS),
        id: z.string(),
        /**
         * The item's own fields that CASE has no place for (translations, source lines,
         * structured requirements…), as the edition's data has them, without the child lists and
         * without what the CFItem already says (the main Kazakh text, the note, the number).
         */
        fields: kasipFields,
      })
      .strict(),
  })
  .strict();

export const cfPackageItemSchema = z
  .object({
    identifier: uuid,
    uri: z.string(),
    fullStatement: z.string(),
    humanCodingScheme: z.string(),
    listEnumeration: z.string().optional(),
    CFItemType: z.string(),
    CFItemTypeURI: linkUriSchema,
    language: z.string(),
    notes: z.string().optional(),
    lastChangeDateTime: dateTime,
    extensions: itemExtension,
  })
  .strict()
  .meta({ id: 'CaseItemInPackage' });

export const cfItemSchema = cfPackageItemSchema
  .extend({ CFDocumentURI: linkUriSchema })
  .strict()
  .meta({ id: 'CaseItem' });

export const ASSOCIATION_TYPES = ['isChildOf', 'isPartOf', 'exactMatchOf', 'isRelatedTo'] as const;

export const cfPackageAssociationSchema = z
  .object({
    identifier: uuid,
    associationType: z.enum(ASSOCIATION_TYPES),
    uri: z.string(),
    sequenceNumber: z.number().int().optional(),
    originNodeURI: linkGenUriSchema,
    destinationNodeURI: linkGenUriSchema,
    lastChangeDateTime: dateTime,
  })
  .strict()
  .meta({ id: 'CaseAssociationInPackage' });

export const cfAssociationSchema = cfPackageAssociationSchema
  .extend({ CFDocumentURI: linkUriSchema })
  .strict()
  .meta({ id: 'CaseAssociation' });

export const cfItemTypeSchema = z
  .object({
    identifier: uuid,
    uri: z.string(),
    title: z.string(),
    description: z.string(),
    hierarchyCode: z.string(),
    typeCode: z.string(),
    lastChangeDateTime: dateTime,
  })
  .strict()
  .meta({ id: 'CaseItemType' });

export const cfPackageSchema = z
  .object({
    CFDocument: cfPackageDocumentSchema,
    CFItems: z.array(cfPackageItemSchema),
    CFAssociations: z.array(cfPackageAssociationSchema),
    CFDefinitions: z.object({ CFItemTypes: z.array(cfItemTypeSchema) }).strict(),
  })
  .strict()
  .meta({ id: 'CasePackage' });

export const cfDocumentListSchema = z
  .object({ CFDocuments: z.array(cfDocumentSchema) })
  .strict()
  .meta({ id: 'CaseDocuments' });

export type CfPackage = z.output<typeof cfPackageSchema>;
export type CfPackageItem = z.output<typeof cfPackageItemSchema>;
export type CfPackageAssociation = z.output<typeof cfPackageAssociationSchema>;
export type CfPackageDocument = z.output<typeof cfPackageDocumentSchema>;
export type CfDocument = z.output<typeof cfDocumentSchema>;
export type CfItem = z.output<typeof cfItemSchema>;
export type CfAssociation = z.output<typeof cfAssociationSchema>;
export type CfItemType = z.output<typeof cfItemTypeSchema>;
export type AssociationType = (typeof ASSOCIATION_TYPES)[number];
