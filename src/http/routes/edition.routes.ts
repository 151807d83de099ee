/**
 * Editions over HTTP: the list, the standards, one edition's summary, its official text and the
 * whole edition as one JSON document (the same document as `kasip export --format json`).
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

export function editionRoutes({ editions }: Pick<Operations, 'editions'>): HttpBinding[] {
  const common = { method: 'get' as const, tags: ['Editions'], locateErrors: true };
  return [
    bind({ ...common, op: editions.list, path: '/v1/editions', description: 'Newest order first.' }),
    bind({
      ...common,
      op: editions.standards,
      path: '/v1/standards',
      description: 'Every standard loaded, with its editions (newest order first).',
    }),
    bind({ ...common, op: editions.get, path: '/v1/editions/{id}', description: '`current`: the current edition.' }),
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
