/**
 * zod-openapi's default answer to invalid input is a stringified ZodError; this hook turns it
 * into a 400 problem with one entry per field instead.
 */
import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';
import { problemResponse } from './problem.js';

// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every input type.
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  if (result.success) return;
  const errors = result.error.issues.map((issue) => ({
    path: [result.target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  return problemResponse(c, 'validation_failed', 400, 'Some fields of the request are invalid.', errors);
};
