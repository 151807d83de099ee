/** GET /api/health: liveness and readiness in one answer. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { HealthService } from '../../services/health.service.js';
import type { AppEnv } from '../app-env.js';
import { validationHook } from '../validation-hook.js';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    engine: z.enum(['pglite', 'postgres']),
    database: z.object({ version: z.string().nullable(), reachable: z.boolean() }),
    app: z.object({ name: z.string(), version: z.string() }),
    migrations: z.object({ applied: z.array(z.string()), pending: z.array(z.string()), upToDate: z.boolean() }),
  })
  .openapi('Health', {
    example: {
      status: 'ok',
      engine: 'pglite',
      database: { version: 'PostgreSQL 18.6', reachable: true },
      app: { name: 'kasip', version: '0.1.0' },
      migrations: { applied: ['0001-init'], pending: [], upToDate: true },
    },
  });

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Service health',
  description: 'Database engine and version, app version and migration state. 503 when the database is unreachable.',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'Degraded', content: { 'application/json': { schema: healthSchema } } },
  },
});

export function healthRoutes(health: HealthService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(healthRoute, async (c) => {
    const report = await health.check();
    c.header('Cache-Control', 'no-store');
    return report.database.reachable ? c.json(report, 200) : c.json(report, 503);
  });
}
