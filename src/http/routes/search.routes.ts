/** GET /api/v1/search: search that understands Kazakh (inflections, typos, Latin look-alikes). */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

export function searchRoutes({ search }: Pick<Operations, 'search'>): HttpBinding[] {
  return [
    bind({
      op: search.query,
      method: 'get',
      path: '/v1/search',
      tags: ['Search'],
      locateErrors: true,
      language: true,
      description:
        'Kazakh words are matched by stem (`сотталғандармен` finds `сотталғандарға`), with typos tolerated, Latin look-alike letters folded and case ignored; Russian and English find translated names. Best hits first; names weigh more than body text. `highlight` is HTML-escaped text with `<mark>` around matched words; `name` is the hit in the asked language. `total` counts every hit; page with `offset` and `limit`.',
    }),
  ];
}
