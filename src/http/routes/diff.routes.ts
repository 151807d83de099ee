/**
 * GET /api/v1/editions/{a}/diff/{b}: what changed from edition `a` to edition `b`, item by item,
 * with a plain-language summary (kk, ru, en) and the alignment of their items.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

export function diffRoutes(ops: Operations): HttpBinding[] {
  return [
    bind({
      op: ops.diff.editions,
      method: 'get',
      path: '/v1/editions/{a}/diff/{b}',
      tags: ['Editions'],
      description:
        'Every change from edition `a` to edition `b`: items added and removed, reworded (with a word-level diff of the official Kazakh text), moved to another task, function or card, given a new id; a card’s level or code; a requirement’s category, years or education; the order’s number, dates and status. Each change names the item in both editions (id, UUID, card, place, source lines) and says itself in Kazakh, Russian and English; `summary` groups them in plain language. `alignment` pairs every item of `a` with its counterpart in `b` (matched by id, else by text, else by position), so an item can be followed across editions. `current` names the current edition.',
      locateErrors: true,
    }),
  ];
}
