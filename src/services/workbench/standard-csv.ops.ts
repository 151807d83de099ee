/**
 * An edition as CSV in the ESCO/Tabiya style (one file per kind, stable ids and parent ids) and
 * its items as SKOS concepts (JSON-LD). The operations answer the tables and the concepts as
 * data; the HTTP bindings write them as CSV, a zip or JSON-LD (src/exports, which services may
 * not import). Public reads, like the edition's export: the same for everybody, cacheable.
 */
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import type { Edition } from '../../domain/standard/edition.js';
import { BUNDLE_FILE_NAMES } from '../../domain/workbench/csv-layout.js';
import { type CsvTable, editionCsvTables } from '../../domain/workbench/csv-tables.js';
import { itemUuid } from '../../storage/identity.js';
import { defineOperation } from '../operations/operation.js';
import { editionIdOrCurrent } from '../registry/schemas/params.js';
import { type ConceptIndex, cardConceptOf, conceptIndex, conceptOf, schemeOf } from './skos-concepts.js';
import {
  cardConceptInput,
  itemConceptInput,
  itemConceptSchema,
  schemeConceptSchema,
  schemeInput,
} from './skos-schemas.js';
import type { WorkbenchDeps } from './workbench-deps.js';

const publicRead = { action: 'registry.read', writes: false, cache: 'public', audit: null } as const;

const tableSchema = z
  .object({
    name: z.enum(BUNDLE_FILE_NAMES as [string, ...string[]]),
    rows: z.array(z.array(z.string())).meta({ description: 'The header, then one row per item; every cell text' }),
  })
  .strict();

export const csvBundleInput = z.object({
  id: editionIdOrCurrent,
  format: z.enum(['zip', 'json']).default('zip').meta({ example: 'zip' }),
});
export const csvBundleSchema = z
  .object({ edition: z.string(), files: z.array(tableSchema) })
  .strict()
  .meta({ id: 'CsvBundle', description: 'The CSV bundle of an edition as tables (docs/interchange.md)' });

const FILE_NAMES = BUNDLE_FILE_NAMES.map((n) => `${n}.csv`) as [string, ...string[]];
export const csvFileInput = z.object({
  id: editionIdOrCurrent,
  file: z.enum(FILE_NAMES).meta({ example: 'skills.csv' }),
  format: z.enum(['csv', 'json']).default('csv').meta({ example: 'csv' }),
});
export const csvFileSchema = z.object({ edition: z.string(), table: tableSchema }).strict();

type Derived = { edition: Edition; tables?: CsvTable[]; concepts?: ConceptIndex };

/** Editions kept at once (the current one and one other): each holds the whole edition. */
const KEPT = 2;

export function standardCsvOperations({ useCases, accounts }: WorkbenchDeps) {
  const { editions } = useCases;
  // Read and derived once per edition revision, not per request; dropped when an edition changes.
  const kept = new Map<string, Promise<Derived>>();
  editions.onChange(() => kept.clear());
  async function derived(id: string | undefined): Promise<Derived> {
    const editionId = await editions.resolveEditionId(id === 'current' ? undefined : id);
    const revision = await editions.revision(editionId);
    const found = kept.get(revision);
    if (found) return found;
    const made = editions.read(editionId).then((edition) => ({ edition }));
    kept.set(revision, made);
    made.catch(() => kept.delete(revision));
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    return made;
  }
  const tablesOf = async (id: string | undefined) => {
    const d = await derived(id);
    d.tables ??= editionCsvTables(d.edition, (itemId) => itemUuid(d.edition.meta.standard.id, itemId));
    return { edition: d.edition.meta.id, tables: d.tables };
  };
  const conceptsOf = async (id: string | undefined) => {
    const d = await derived(id);
    d.concepts ??= conceptIndex(d.edition, accounts.publicUrl);
    return d.concepts;
  };

  return {
    bundle: defineOperation({
      ...publicRead,
      name: 'standard-csv.bundle',
      summary: 'The edition as CSV files (ESCO/Tabiya style), zipped',
      input: csvBundleInput,
      output: csvBundleSchema,
      run: async ({ id }) => {
        const { edition, tables } = await tablesOf(id);
        return { edition, files: tables };
      },
    }),

    file: defineOperation({
      ...publicRead,
      name: 'standard-csv.file',
      summary: 'One CSV file of the edition (one kind of item)',
      input: csvFileInput,
      output: csvFileSchema,
      run: async ({ id, file }) => {
        const { edition, tables } = await tablesOf(id);
        const table = tables.find((t) => `${t.name}.csv` === file);
        if (!table) throw new AppError('not_found', `There is no file ${file} in the bundle.`);
        return { edition, table };
      },
    }),

    item: defineOperation({
      ...publicRead,
      name: 'skos.item',
      summary: 'One item as a SKOS concept (JSON-LD)',
      input: itemConceptInput,
      output: itemConceptSchema,
      run: async ({ id, edition }) => conceptOf(await conceptsOf(edition), id),
    }),

    card: defineOperation({
      ...publicRead,
      name: 'skos.card',
      summary: 'One card as a SKOS concept (JSON-LD)',
      input: cardConceptInput,
      output: itemConceptSchema,
      run: async ({ code, level, edition }) => cardConceptOf(await conceptsOf(edition), code, level),
    }),

    scheme: defineOperation({
      ...publicRead,
      name: 'skos.scheme',
      summary: 'An edition as a SKOS concept scheme (JSON-LD)',
      input: schemeInput,
      output: schemeConceptSchema,
      run: async ({ id }) => schemeOf(await conceptsOf(id)),
    }),
  };
}
