/** The RFC 9457 problem document, for the OpenAPI description of error responses. */
import { z } from '@hono/zod-openapi';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem', {
    example: {
      type: 'https://kasip.kz/problems/not-found',
      title: 'Табылмады',
      status: 404,
      code: 'not_found',
      detail: 'There is no edition "order-1-1999".',
      instance: '/api/v1/editions/order-1-1999',
    },
  });
