/**
 * IMS CASE 1.1 as operations: the data behind the CASE REST endpoints (/ims/case/v1p1/…) and the
 * CFPackage download of an edition. Each operation answers the edition(s) whole; the HTTP layer
 * writes the CASE objects from them (src/exports/case, which services may not import) and
 * answers 404 for an identifier no edition has. CASE identifiers are UUIDs derived from Kasip
 * ids, so finding one means writing the packages: the HTTP layer keeps each edition's package
 * once, keyed by the edition value these operations keep per revision.
 */
import { z } from 'zod';
import type { Edition } from '../../domain/standard/edition.js';
import { cardSchema, editionSchema, professionSchema, termSchema } from '../../domain/standard/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { editionIdOrCurrent } from '../registry/schemas/params.js';
import type { WorkbenchDeps } from './workbench-deps.js';

const publicRead = { action: 'registry.read', writes: false, cache: 'public', audit: null } as const;

const editionValueSchema = z
  .object({
    meta: editionSchema,
    terms: z.array(termSchema),
    professions: z.array(professionSchema),
    cards: z.array(cardSchema),
    sourceText: z.string(),
  })
  .strict();

export const caseEditionSchema = z
  .object({
    edition: editionValueSchema,
    /** When the edition was last loaded or published: the CASE objects' lastChangeDateTime. */
    lastChange: z.iso.datetime(),
    current: z.boolean(),
  })
  .strict();
export type CaseEdition = z.output<typeof caseEditionSchema>;

/** Every edition, the current one first, then the others newest first. */
export const caseEditionsSchema = z.object({ editions: z.array(caseEditionSchema) }).strict();

/** A CASE sourcedId: a UUID, but any short string is taken (an unknown one is a 404, not a 400). */
const sourcedId = (example: string) =>
  z.string().min(1).max(100).meta({ description: 'The object’s CASE identifier (a UUID)', example });

/** Examples for the documentation (and its conformance test): objects of Order 262. */
const EXAMPLES = {
  document: 'ebac87fb-49fb-59c4-91e6-6f0159743de1',
  item: '36f6da19-e808-526d-9ac6-de405e381cfb',
  association: '94059e0f-6285-5eed-876e-bd4814ddcea1',
  itemType: 'e631276f-e0ab-5bf8-a0bb-db442f08b5cf',
};

/** Editions kept whole at once (each is a few MB of objects). */
const KEPT = 4;

export function caseOperations({ useCases }: WorkbenchDeps) {
  const { editions } = useCases;
  // One Edition value per revision, so the HTTP layer's packages (keyed by it) are written once.
  const kept = new Map<string, Promise<Edition>>();
  editions.onChange(() => kept.clear());

  async function editionAt(id: string): Promise<Edition> {
    const revision = await editions.revision(id);
    let made = kept.get(revision);
    if (!made) {
      // CASE carries the translations but not their review state (docs/interchange.md).
      made = editions.read(id).then(({ translationReviews: _reviews, ...edition }) => edition);
      kept.set(revision, made);
      made.catch(() => kept.delete(revision));
      if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    }
    return made;
  }

  async function all(): Promise<CaseEdition[]> {
    const list = await editions.list();
    const ordered = [...list.filter((e) => e.current), ...list.filter((e) => !e.current)];
    const out: CaseEdition[] = [];
    for (const e of ordered) out.push({ edition: await editionAt(e.id), lastChange: e.loadedAt, current: e.current });
    return out;
  }

  const lookup = (name: string, summary: string, example: string) =>
    defineOperation({
      ...publicRead,
      name,
      summary,
      input: z.object({ sourcedId: sourcedId(example) }),
      output: caseEditionsSchema,
      run: async () => ({ editions: await all() }),
    });

  return {
    documents: defineOperation({
      ...publicRead,
      name: 'case.documents',
      summary: 'CASE: every edition as a CFDocument',
      input: z.object({}),
      output: caseEditionsSchema,
      run: async () => ({ editions: await all() }),
    }),
    package: lookup('case.package', 'CASE: an edition as a CFPackage', EXAMPLES.document),
    item: lookup('case.item', 'CASE: one CFItem', EXAMPLES.item),
    association: lookup('case.association', 'CASE: one CFAssociation', EXAMPLES.association),
    itemType: lookup('case.itemType', 'CASE: one CFItemType', EXAMPLES.itemType),
    download: defineOperation({
      ...publicRead,
      name: 'case.download',
      summary: 'An edition as an IMS CASE 1.1 CFPackage file',
      input: z.object({ id: editionIdOrCurrent }),
      output: caseEditionSchema,
      run: async ({ id }) => {
        const editionId = await editions.resolveEditionId(id === 'current' ? undefined : id);
        const summary = await editions.summary(editionId);
        return { edition: await editionAt(editionId), lastChange: summary.loadedAt, current: summary.current };
      },
    }),
  };
}
