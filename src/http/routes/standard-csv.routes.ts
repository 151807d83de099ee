/**
 * An edition as CSV (ESCO/Tabiya style: one file per kind, or all of them zipped) and its items
 * as SKOS in JSON-LD: at their own URLs, and by content negotiation on the item and edition URLs
 * (`Accept: application/ld+json`; the `alternates` of registry.routes.ts and edition.routes.ts).
 * The files and the JSON-LD are written here from the operations' tables and concepts.
 */
import {
  JSONLD_MEDIA_TYPE,
  conceptJsonLd,
  schemeJsonLd,
  skosConceptSchema,
  skosSchemeSchema,
} from '../../exports/jsonld/skos-jsonld.js';
import { csvBundleZip, csvText } from '../../exports/standard-csv/csv-bundle.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type Alternate, type HttpBinding, bind } from '../operation-route.js';

const CSV_TYPE = 'text/csv; charset=utf-8';

/** JSON-LD of an item, for `Accept: application/ld+json` on /v1/items/{id}. */
export const itemJsonLd = ({ standardCsv }: Pick<Operations, 'standardCsv'>): Alternate => ({
  type: JSONLD_MEDIA_TYPE,
  op: standardCsv.item,
  schema: skosConceptSchema,
  body: conceptJsonLd as (output: never) => object,
});

/** JSON-LD of a card, for `Accept: application/ld+json` on /v1/cards/{code}/{level}. */
export const cardJsonLd = ({ standardCsv }: Pick<Operations, 'standardCsv'>): Alternate => ({
  type: JSONLD_MEDIA_TYPE,
  op: standardCsv.card,
  schema: skosConceptSchema,
  body: conceptJsonLd as (output: never) => object,
});

/** JSON-LD of an edition (a concept scheme), for `Accept: application/ld+json` on /v1/editions/{id}. */
export const editionJsonLd = ({ standardCsv }: Pick<Operations, 'standardCsv'>): Alternate => ({
  type: JSONLD_MEDIA_TYPE,
  op: standardCsv.scheme,
  schema: skosSchemeSchema,
  body: schemeJsonLd as (output: never) => object,
});

export function standardCsvRoutes({ standardCsv }: Pick<Operations, 'standardCsv'>): HttpBinding[] {
  const common = { method: 'get' as const, tags: ['Editions'], locateErrors: true };
  /** `/…/skos`: an item or a card as a SKOS concept, the same as its URL with `Accept: application/ld+json`. */
  const conceptBinding = (
    op: typeof standardCsv.item | typeof standardCsv.card,
    url: string,
    what: 'item' | 'card',
  ): HttpBinding =>
    bind({
      ...common,
      op: op as typeof standardCsv.item,
      path: `${url}/skos`,
      tags: ['Registry'],
      language: true,
      files: [JSONLD_MEDIA_TYPE],
      fileSchemas: { [JSONLD_MEDIA_TYPE]: skosConceptSchema },
      disposition: 'inline',
      description: `The ${what} as a SKOS concept in JSON-LD; the same as GET ${url} with \`Accept: application/ld+json\`.`,
      render: async (output) => ({
        file: {
          contentType: JSONLD_MEDIA_TYPE,
          filename: `${output.id}.jsonld`,
          body: JSON.stringify(conceptJsonLd(output)),
        },
      }),
    });
  return [
    bind({
      ...common,
      op: standardCsv.bundle,
      path: '/v1/editions/{id}/csv.zip',
      files: ['application/zip', 'application/json'],
      description:
        'Every CSV file of the edition in one zip (docs/interchange.md: one file per kind, stable ids, uuids and parent ids; `kk` official, `ru_unofficial`/`en_unofficial` translations; UTF-8 with BOM). `format=json`: the tables as JSON. Importable as a draft (POST /v1/drafts:import).',
      render: async (output, input) =>
        input.format === 'json'
          ? undefined
          : {
              file: {
                contentType: 'application/zip',
                filename: `${output.edition}.csv.zip`,
                body: csvBundleZip(output.files),
              },
            },
    }),
    bind({
      ...common,
      op: standardCsv.file,
      path: '/v1/editions/{id}/csv/{file}',
      files: [CSV_TYPE, 'application/json'],
      description: 'One file of the CSV bundle (`cards.csv`, `skills.csv`…). `format=json`: the table as JSON.',
      render: async (output, input) =>
        input.format === 'json'
          ? undefined
          : {
              file: {
                contentType: CSV_TYPE,
                filename: `${output.edition}.${output.table.name}.csv`,
                body: csvText(output.table),
              },
            },
    }),
    conceptBinding(standardCsv.item, '/v1/items/{id}', 'item'),
    conceptBinding(standardCsv.card, '/v1/cards/{code}/{level}', 'card'),
    bind({
      ...common,
      op: standardCsv.scheme,
      path: '/v1/editions/{id}/skos',
      files: [JSONLD_MEDIA_TYPE],
      fileSchemas: { [JSONLD_MEDIA_TYPE]: skosSchemeSchema },
      disposition: 'inline',
      description:
        'The edition as a SKOS concept scheme in JSON-LD (its top concepts: cards, terms, professions); the same as GET /v1/editions/{id} with `Accept: application/ld+json`.',
      render: async (output) => ({
        file: {
          contentType: JSONLD_MEDIA_TYPE,
          filename: `${output.id}.jsonld`,
          body: JSON.stringify(schemeJsonLd(output)),
        },
      }),
    }),
  ];
}
