/**
 * Health as an operation: the database engine and version, the app version and the migration
 * state. Never cached: a load balancer asks it to learn the state now.
 */
import { z } from 'zod';
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    engine: z.enum(['pglite', 'postgres']),
    database: z.object({ version: z.string().nullable(), reachable: z.boolean() }).strict(),
    app: z.object({ name: z.string(), version: z.string() }).strict(),
    migrations: z
      .object({ applied: z.array(z.string()), pending: z.array(z.string()), upToDate: z.boolean() })
      .strict(),
  })
  .strict()
  .meta({
    id: 'Health',
    example: {
      status: 'ok',
      engine: 'pglite',
      database: { version: 'PostgreSQL 18.6', reachable: true },
      app: { name: 'kasip', version: '0.1.0' },
      migrations: { applied: ['0001-init'], pending: [], upToDate: true },
    },
  });

export function healthOperations({ health }: Pick<UseCases, 'health'>) {
  return {
    check: defineOperation({
      name: 'health.check',
      summary: 'Service health',
      input: z.object({}),
      output: healthSchema,
      action: 'registry.read',
      writes: false,
      cache: 'none',
      audit: null,
      run: () => health.check(),
    }),
  };
}

export type HealthOperations = ReturnType<typeof healthOperations>;
