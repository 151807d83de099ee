/**
 * The CLI's adapter of the operation pipeline: commands run operations as the local operator
 * (who already holds the database), through the same parsing, transaction and audit as HTTP.
 */
import type { z } from 'zod';
import type { Services } from '../services/index.js';
import type { Operation } from '../services/operations/operation.js';

export function runOperation<I extends z.ZodType, O extends z.ZodType>(
  services: Services,
  op: Operation<I, O>,
  input: unknown,
): Promise<z.output<O>> {
  return services.pipeline.execute(op, input, { credentials: { operator: true }, clientIp: 'cli' });
}
