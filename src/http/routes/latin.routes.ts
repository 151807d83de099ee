/** GET /api/v1/editions/{id}/latin: the whole edition transliterated to Latin script. */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

export function latinRoutes({ latin }: Pick<Operations, 'latin'>): HttpBinding[] {
  return [
    bind({
      op: latin.edition,
      method: 'get',
      path: '/v1/editions/{id}/latin',
      tags: ['Editions'],
      locateErrors: true,
      description:
        'Every official Kazakh text of the edition (title, provisions, terms, professions, each card’s items) in Latin script, keyed like translations and grouped by card. `alphabet=2021` (default: the 31-letter alphabet presented on 28 January 2021) or `2018` (acute accents). A transliteration by a versioned table, never an official text: `transliteration` names the table, its date and source, and says `official: false`. `current` names the current edition.',
    }),
  ];
}
