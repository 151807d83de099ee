/**
 * GET /api/v1/editions/{id}/quality: the quality checks of an edition (docs/quality.md) — every
 * finding with its rule, severity, one-sentence explanation in kk/ru/en, the card and path it is
 * about, its source lines and the evidence.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

export function qualityRoutes(ops: Operations): HttpBinding[] {
  return [
    bind({
      op: ops.quality.report,
      method: 'get',
      path: '/v1/editions/{id}/quality',
      tags: ['Editions'],
      description:
        'Generic checks of structure, codes and names, levels and requirements, duplication, text hygiene and domain drift (docs/quality.md). Findings come card by card in reading order. `current` names the current edition; `severity` keeps findings from that severity up; `rule` keeps only the listed rules.',
      locateErrors: true,
    }),
  ];
}
