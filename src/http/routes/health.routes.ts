/** GET /api/health: liveness and readiness in one answer. */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

export function healthRoutes({ health }: Pick<Operations, 'health'>): HttpBinding[] {
  return [
    bind({
      op: health.check,
      method: 'get',
      path: '/health',
      tags: ['System'],
      description:
        'Database engine and version, app version and migration state. 503 when the database is unreachable.',
      otherStatus: {
        status: 503,
        description: 'Degraded: the database is unreachable',
        when: (h) => !h.database.reachable,
      },
    }),
  ];
}
