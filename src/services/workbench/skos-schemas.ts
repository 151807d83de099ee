/**
 * The SKOS view of an edition as the operations answer it: an item as a concept (its labels,
 * broader and narrower concepts, its scheme) and an edition as a concept scheme. The HTTP layer
 * writes them as JSON-LD (src/exports/jsonld); docs/interchange.md shows an example.
 */
import { z } from 'zod';
import { ITEM_KINDS } from '../../domain/standard/item-tree.js';
import { localizedSchema } from '../../domain/standard/schemas.js';
import { editionInput } from '../registry/schemas/edition.js';
import { cardInput, itemIdParam, readInput } from '../registry/schemas/params.js';

/** The same input as the item and edition reads, so the same URL answers either representation. */
export const itemConceptInput = readInput.extend({ id: itemIdParam });
export const schemeInput = editionInput;
export const cardConceptInput = cardInput;

const ref = z.object({ id: z.string(), url: z.string(), kind: z.enum(ITEM_KINDS) }).strict();

export const schemeRefSchema = z
  .object({ id: z.string(), url: z.string(), uuid: z.string(), title: localizedSchema })
  .strict();

export const itemConceptSchema = z
  .object({
    id: z.string(),
    uuid: z.string(),
    /** The item's stable URL (the same in every edition that has the item). */
    url: z.string(),
    kind: z.enum(ITEM_KINDS),
    /** kk is official; ru and en are unofficial translations. Null for an item without a text of its own. */
    label: localizedSchema.nullable(),
    broader: ref.nullable(),
    narrower: z.array(ref),
    scheme: schemeRefSchema,
  })
  .strict()
  .meta({ id: 'ItemConcept' });

export const schemeConceptSchema = schemeRefSchema
  .extend({
    order: z.object({ number: z.string(), date: z.string() }).strict(),
    /** Cards, terms and listed professions: the items without a parent. */
    topConcepts: z.array(ref.extend({ label: localizedSchema.nullable() }).strict()),
  })
  .strict()
  .meta({ id: 'SchemeConcept' });

export type ItemConcept = z.output<typeof itemConceptSchema>;
export type SchemeConcept = z.output<typeof schemeConceptSchema>;
