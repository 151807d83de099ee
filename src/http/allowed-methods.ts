/**
 * Which methods a path answers, from the bound routes: a wrong method on a path that exists is
 * a 405 with `Allow` (RFC 9110 §15.5.6), not a 404 that would say the resource is missing.
 */
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { problemResponse } from './problem.js';

type Route = { method: string; path: string };

const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** `/v1/orgs/{orgId}/staff` → a pattern matching `/v1/orgs/anything/staff`. */
const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split(/\{\w+\}/)
      .map(literal)
      .join('[^/]+')}/?$`,
  );

/** A function from a path (below the mount point) to the methods it answers, or undefined when none. */
export function allowedMethods(routes: Route[]): (path: string) => string[] | undefined {
  const byPattern = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const { method, path } of routes) {
    const entry = byPattern.get(path) ?? { pattern: patternOf(path), methods: new Set<string>() };
    entry.methods.add(method.toUpperCase());
    if (method.toUpperCase() === 'GET') entry.methods.add('HEAD');
    byPattern.set(path, entry);
  }
  const entries = [...byPattern.values()];
  return (path) => {
    const methods = new Set<string>();
    for (const { pattern, methods: m } of entries) if (pattern.test(path)) for (const x of m) methods.add(x);
    return methods.size > 0 ? [...methods].sort() : undefined;
  };
}

/** The 405 problem for a method the path does not answer. */
export function methodNotAllowed(c: Context<AppEnv>, allow: string[]): Response {
  c.header('Allow', allow.join(', '));
  return problemResponse(
    c,
    'method_not_allowed',
    405,
    `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; use ${allow.join(', ')}.`,
  );
}

/** Methods no route answers anywhere; TRACE would echo credentials back (cross-site tracing). */
export const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
