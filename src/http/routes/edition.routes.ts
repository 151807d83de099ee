/**
 * Editions over HTTP: the list, the standards, one edition's summary, its official text and the
 * whole edition as one JSON document (the same document as `kasip export --format json`).
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { editionJsonLd } from './standard-csv.routes.js';

export function editionRoutes({ editions, standardCsv }: Pick<Operations, 'editions' | 'standardCsv'>): HttpBinding[] {
  const common = { method: 'get' as const, tags: ['Editions'], locateErrors: true };
  return [
    bind({ ...common, op: editions.list, path: '/v1/editions', description: 'Newest order first.' }),
    bind({
      ...common,
      op: editions.standards,
      path: '/v1/standards',
      description: 'Every standard loaded, with its editions (newest order first).',
    }),
    bind({
      ...common,
      op: editions.get,
      path: '/v1/editions/{id}',
      description:
        '`current`: the current edition. With `Accept: application/ld+json`: the edition as a SKOS concept scheme (JSON-LD).',
      alternates: [editionJsonLd({ standardCsv })],
    }),
    bind({
      ...common,
      op: editions.export,
      path: '/v1/editions/{id}/export',
      description:
        'Terms, professions, every card with all its items, UUIDs and source lines, and the official text. `current` names the current edition. Served inline as `{edition}.json`.',
      present: {
        schema: editions.export.output,
        body: (c, document) => {
          c.header('Content-Disposition', `inline; filename="${document.edition.id}.json"`);
          return document;
        },
      },
    }),
    bind({
      ...common,
      op: editions.source,
      path: '/v1/editions/{id}/source',
      description:
        'The official Kazakh text as published (extracted from the PDF), line by line: every item’s `source.lines` point here (1-based).',
    }),
  ];
}
