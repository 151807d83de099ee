/**
 * The HTTP adapter of the operation pipeline: one binding (method, path, tags) turns an operation
 * into a route and into its OpenAPI entry. The adapter only moves data: path, query and body
 * become the operation's input, the request's cookie or bearer token its credentials, and the
 * operation's cache scope decides the caching and CORS headers of every answer, errors included.
 * Parsing, authorisation, transactions and the audit trail all happen in the pipeline.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { AppError } from '../domain/shared/errors.js';
import { ACTIONS } from '../domain/access/actions.js';
import type { Services } from '../services/index.js';
import type { CacheScope, Operation } from '../services/operations/operation.js';
import type { Credentials } from '../services/operations/authenticate.js';
import type { FileOutput } from '../services/operations/file-output.js';
import type { AppEnv } from './app-env.js';
import { cachedJson } from './cached-json.js';
import { pickLang } from './locale.js';
import { problemResponse } from './problem.js';
import { problemSchema } from './problem-schema.js';
import { SESSION_COOKIE, readCookie } from './session-cookie.js';

type Method = 'get' | 'post' | 'put' | 'delete';

export type HttpBinding<O extends Operation = Operation> = {
  op: O;
  method: Method;
  /** OpenAPI style, under /api: `/v1/orgs/{orgId}/members`. */
  path: string;
  tags: string[];
  description?: string;
  /** 201 for operations that create something. */
  status?: 200 | 201;
  /** The query's `lang`, else Accept-Language, becomes the input's `lang`; the answer says Content-Language. */
  language?: boolean;
  /** The answer is a file (`FileOutput`), of these media types. */
  files?: string[];
  /** Input fields read from request headers (`{ userAgent: 'user-agent' }`), never from the body. */
  headers?: Record<string, string>;
  /** Turns the output into the body (and may set cookies or refuse); `schema` documents that body. */
  present?: { schema: z.ZodType; body: (c: Context<AppEnv>, output: z.output<O['output']>) => unknown };
};

/** Helps TypeScript keep each binding's operation type while they are listed together. */
export const bind = <O extends Operation>(binding: HttpBinding<O>): HttpBinding => binding as unknown as HttpBinding;

export type AdapterDeps = {
  services: Services;
  /** The caller's address for rate limits; the socket's by default (proxies are not trusted). */
  clientIp: (c: Context<AppEnv>) => string;
};

const HEADERS: Record<CacheScope, string> = {
  public: 'public, max-age=60, stale-while-revalidate=600',
  private: 'private, no-store',
  none: 'no-store',
};

/**
 * Public answers may be cached anywhere and read from any site; personal or organisation data is
 * never stored by a cache and never shared with another origin (its CORS headers are removed).
 */
export function applyCacheScope(scope: CacheScope, res: Response): Response {
  if (scope === 'public') {
    if (res.status === 200 && !res.headers.has('Cache-Control')) res.headers.set('Cache-Control', HEADERS.public);
    return res;
  }
  res.headers.set('Cache-Control', HEADERS[scope]);
  res.headers.set('Vary', 'Cookie, Authorization');
  for (const name of [...res.headers.keys()]) {
    if (name.toLowerCase().startsWith('access-control-')) res.headers.delete(name);
  }
  res.headers.delete('ETag');
  return res;
}

/** Middleware, mounted outside CORS: the operation's scope has the last word on the headers. */
export function cacheScopeHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const scope = c.get('cacheScope');
    if (scope) applyCacheScope(scope, c.res);
  };
}

function credentialsOf(c: Context<AppEnv>): Credentials {
  const authorization = c.req.header('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return { bearer, session: readCookie(c, SESSION_COOKIE), csrf: c.req.header('x-csrf-token') };
}

async function bodyOf(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError('validation_failed', 'Send the request body as JSON (Content-Type: application/json).');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'The request body is not valid JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError('validation_failed', 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** Path, query and body as one input; path parameters win, so a body cannot redirect a write. */
async function inputOf(c: Context<AppEnv>, binding: HttpBinding): Promise<Record<string, unknown>> {
  const body = binding.method === 'get' ? {} : await bodyOf(c);
  const input: Record<string, unknown> = { ...body, ...c.req.query(), ...c.req.param() };
  for (const [key, header] of Object.entries(binding.headers ?? {})) {
    const value = c.req.header(header);
    if (value === undefined) delete input[key];
    else input[key] = value.slice(0, 1000);
  }
  if (binding.language) input.lang = pickLang(c.req.query('lang'), c.req.header('accept-language'));
  return input;
}

function respond(c: Context<AppEnv>, binding: HttpBinding, output: unknown): Response {
  if (binding.files) {
    const { file } = output as FileOutput;
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return c.body(body, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
    });
  }
  const body = binding.present ? binding.present.body(c, output) : output;
  if (binding.op.cache === 'public' && body && typeof body === 'object') return cachedJson(c, body);
  return c.json(body as object, binding.status ?? 200);
}

export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Mounts the binding on the app and documents it in the app's OpenAPI registry. */
export function mountOperation(app: OpenAPIHono<AppEnv>, binding: HttpBinding, deps: AdapterDeps): void {
  const { op } = binding;
  app.on(binding.method.toUpperCase(), honoPath(binding.path), async (c) => {
    let res: Response;
    try {
      const input = await inputOf(c, binding);
      const output = await deps.services.pipeline.execute(op, input, {
        credentials: credentialsOf(c),
        requestId: c.get('requestId'),
        clientIp: deps.clientIp(c),
      });
      res = respond(c, binding, output);
      if (binding.language && typeof input.lang === 'string') {
        res.headers.set('Content-Language', input.lang);
        res.headers.append('Vary', 'Accept-Language');
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      res = problemResponse(c, error.code, error.status, error.message, error.errors);
    }
    // The CORS middleware adds its headers after this; cacheScopeHeaders() strips them again.
    c.set('cacheScope', op.cache);
    return applyCacheScope(op.cache, res);
  });
  document(app, binding);
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

function pickShape(schema: z.ZodType, keep: (key: string) => boolean): z.ZodObject | undefined {
  if (!(schema instanceof z.ZodObject)) return undefined;
  const entries = Object.entries(schema.shape as Record<string, z.ZodType>).filter(([key]) => keep(key));
  return entries.length > 0 ? z.object(Object.fromEntries(entries)) : undefined;
}

function document(app: OpenAPIHono<AppEnv>, binding: HttpBinding): void {
  const { op } = binding;
  const pathKeys = new Set([...binding.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string));
  const isPublic = ACTIONS[op.action].kind === 'anyone';
  const fromHeaders = new Set(Object.keys(binding.headers ?? {}));
  const rest = pickShape(op.input, (key) => !pathKeys.has(key) && !fromHeaders.has(key) && key !== 'lang');
  const params = pickShape(op.input, (key) => pathKeys.has(key));
  const success = binding.files
    ? Object.fromEntries(binding.files.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]))
    : { 'application/json': { schema: binding.present?.schema ?? op.output } };
  app.openAPIRegistry.registerPath({
    method: binding.method,
    path: binding.path,
    operationId: op.name,
    tags: binding.tags,
    summary: op.summary,
    description: [
      binding.description,
      `Permission: \`${op.action}\`. Cache scope: \`${op.cache}\`.${op.audit ? ` Audit event: \`${op.audit}\`.` : ''}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    ...(isPublic ? {} : { security: [{ sessionCookie: [] }, { bearerToken: [] }] }),
    request: {
      ...(params ? { params } : {}),
      ...(rest && binding.method === 'get' ? { query: rest } : {}),
      ...(rest && binding.method !== 'get'
        ? { body: { required: true, content: { 'application/json': { schema: rest } } } }
        : {}),
    },
    responses: {
      [binding.status ?? 200]: { description: 'Success', content: success as never },
      400: problem('Invalid input: `errors` names each field'),
      ...(isPublic ? {} : { 401: problem('Not signed in, or the session or token expired') }),
      ...(isPublic ? {} : { 403: problem('Signed in, but not allowed (or a write without X-CSRF-Token)') }),
      404: problem('Not found, or not yours to see'),
      ...(op.name === 'auth.login' ? { 429: problem('Too many failed sign-ins; see Retry-After') } : {}),
    },
  });
}
