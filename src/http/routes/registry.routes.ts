/**
 * The registry over HTTP: cards, one card's whole tree, items, terms, professions, levels and
 * the career graph. Each route is one operation; they are public reads in the asked display
 * language (`?lang=`, else Accept-Language), cacheable with an ETag.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { cardJsonLd, itemJsonLd } from './standard-csv.routes.js';

export function registryRoutes({ registry, standardCsv }: Pick<Operations, 'registry' | 'standardCsv'>): HttpBinding[] {
  const common = { method: 'get' as const, tags: ['Registry'], language: true, locateErrors: true };
  return [
    bind({
      ...common,
      op: registry.cards,
      path: '/v1/cards',
      description:
        'Filtered by level, code, profession or text; sorted by the name shown, in the alphabetical order of the asked language (Kazakh, Russian or English); paginated with `limit` and `cursor`.',
    }),
    bind({
      ...common,
      op: registry.card,
      path: '/v1/cards/{code}/{level}',
      description:
        'Every section of the card: other names, qualification requirements (structured rules), education level, labour functions → tasks → skills and knowledge, personal competencies, links, working conditions; every text with its source lines and a `display` in the asked language. With `Accept: application/ld+json`: the card as a SKOS concept (JSON-LD).',
      alternates: [cardJsonLd({ standardCsv })],
    }),
    bind({
      ...common,
      op: registry.item,
      path: '/v1/items/{id}',
      description:
        'The item with its card, its place in the card, its source lines and text, and the other items with the same text. `kind` says which shape `data` has. With `Accept: application/ld+json`: the item as a SKOS concept (JSON-LD).',
      alternates: [itemJsonLd({ standardCsv })],
    }),
    bind({ ...common, op: registry.terms, path: '/v1/terms' }),
    bind({
      ...common,
      op: registry.professions,
      path: '/v1/professions',
      description:
        'As listed by the standard, with their SQF levels and cards — including a profession listed without a card.',
    }),
    bind({ ...common, op: registry.levels, path: '/v1/levels' }),
    bind({
      ...common,
      op: registry.careerGraph,
      path: '/v1/career/graph',
      description:
        'Nodes are cards (`CODE/LEVEL`); edges are links the standard states (`stated`) and the same profession’s next level (`next-level`). Links to professions without a card are listed as `unresolved`.',
    }),
  ];
}
