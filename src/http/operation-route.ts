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
import { AppError, type FieldError } from '../domain/shared/errors.js';
import { ACTIONS } from '../domain/access/actions.js';
import type { Services } from '../services/index.js';
import type { CacheScope, Operation } from '../services/operations/operation.js';
import type { Credentials } from '../services/operations/authenticate.js';
import type { FileOutput } from '../services/operations/file-output.js';
import type { AppEnv } from './app-env.js';
import { cachedJson } from './cached-json.js';
import { freshJson } from './fresh-json.js';
import { parseJsonBody } from './json-body.js';
import { isLang, pickLang } from './locale.js';
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
  /**
   * The query's `lang` (passed on as it is, so the operation refuses a wrong one), else
   * Accept-Language, else Kazakh, becomes the input's `lang`; the answer says Content-Language.
   */
  language?: boolean;
  /**
   * Another status the answer may have, with the same body (health: 503 when the database is
   * unreachable); `when` decides from the output.
   */
  otherStatus?: { status: 503; description: string; when: (output: z.output<O['output']>) => boolean };
  /** How a file answer is shown: `attachment` (downloaded; the default) or `inline` (opened, e.g. a PDF). */
  disposition?: 'attachment' | 'inline';
  /**
   * The answer is a file (`FileOutput`), of these media types. With `render` and
   * `application/json` among them, `render` may answer undefined and the output goes out as JSON
   * (a `format` parameter chooses).
   */
  files?: string[];
  /**
   * With `files`: writes the file from the output and the input, for operations whose file
   * format lives in src/exports (which services may not import); undefined answers JSON.
   */
  render?: (output: z.output<O['output']>, input: Record<string, unknown>) => Promise<FileOutput | undefined>;
  /** With `files`: the schema of a file whose body is JSON of another media type (JSON-LD), for the document. */
  fileSchemas?: Record<string, z.ZodType>;
  /**
   * The request body becomes one input field, validated on its own; the other input fields then
   * come from the query string, so the body's names cannot collide with the query's. A JSON body
   * is parsed; `formats` read the bodies of other media types (a CSV or XLSX upload: file formats
   * live in src/importer) into the field's value. Field errors name where the field is in the
   * request (see `locateErrors`).
   */
  body?: {
    field: string;
    formats?: Record<string, { read: (bytes: Uint8Array) => Promise<unknown>; example?: string }>;
    /** Larger bodies are refused (400) before they are read; the default is MAX_BODY_BYTES. */
    maxBytes?: number;
  };
  /**
   * Field errors name where the field is in the request: `param.a`, `query.to`, `json.card.code`
   * (`body.…` for a body that is not JSON). On by default with `body`; otherwise errors name the
   * input field alone (`email`).
   */
  locateErrors?: boolean;
  /** Input fields read from request headers (`{ userAgent: 'user-agent' }`), never from the body. */
  headers?: Record<string, string>;
  /** Turns the output into the body (and may set cookies or refuse); `schema` documents that body. */
  present?: { schema: z.ZodType; body: (c: Context<AppEnv>, output: z.output<O['output']>) => unknown };
  /**
   * Other representations of the same resource, chosen by the Accept header (content
   * negotiation; every answer then says `Vary: Accept`): an Accept that names `type` and ranks
   * it at least as high as JSON runs `op` on the same input instead, and `body` writes its
   * output (JSON-LD of an item). `op` has its own route too; `schema` documents the body here.
   */
  alternates?: Alternate[];
};

export type Alternate = {
  type: string;
  op: Operation;
  schema: z.ZodType;
  body: (output: never) => object;
};

/** The quality an Accept header gives a media type: 0 when not named (wildcards count only for JSON). */
function acceptQuality(accept: string, type: string, wildcards: boolean): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    const matches = range === type || (wildcards && (range === '*/*' || range === `${type.split('/')[0]}/*`));
    if (matches && Number.isFinite(q)) best = Math.max(best, q);
  }
  return best;
}

/** The alternate representation an Accept header asks for, if any. */
export function chooseAlternate(accept: string | undefined, alternates: readonly Alternate[]): Alternate | undefined {
  if (!accept) return undefined;
  const json = acceptQuality(accept, 'application/json', true);
  return alternates.find((a) => {
    const q = acceptQuality(accept, a.type, false);
    return q > 0 && q >= json;
  });
}

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
function applyCacheScope(scope: CacheScope, res: Response): Response {
  if (scope === 'public') {
    if (res.status === 200 && !res.headers.has('Cache-Control')) res.headers.set('Cache-Control', HEADERS.public);
    return res;
  }
  res.headers.set('Cache-Control', HEADERS[scope]);
  // Appended, not set: a private answer in the asked language still varies by Accept-Language.
  if (!/\bCookie\b/.test(res.headers.get('Vary') ?? '')) res.headers.append('Vary', 'Cookie, Authorization');
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

/** A body larger than this is refused before it is read, unless the binding allows more (`body.maxBytes`). */
export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError('validation_failed', `The request body is larger than ${maxBytes / 1024 / 1024} MB.`);

/**
 * The body's bytes, at most `maxBytes`: a declared Content-Length over it is refused before
 * anything is read, and a body without one (or lying about it) is cut off as soon as it passes.
 */
async function readBody(c: Context<AppEnv>, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const reader = c.req.raw.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Charsets a body may declare: every reader here decodes UTF-8, of which US-ASCII is a part. */
const READABLE_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * A body declared in another charset (UTF-16, windows-1251…) would be decoded as UTF-8 into
 * mojibake that may still parse and be stored: it is refused (415) before anything is read.
 */
function assertReadableCharset(c: Context<AppEnv>): void {
  const declared = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(c.req.header('content-type') ?? '')?.[1];
  if (declared === undefined || READABLE_CHARSETS.has(declared.toLowerCase())) return;
  throw new AppError(
    'unsupported_media_type',
    `The request body is declared as charset=${declared.slice(0, 40)}; send it as UTF-8 (charset=utf-8, or no charset).`,
  );
}

async function bodyOf(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  assertReadableCharset(c);
  const bytes = await readBody(c, MAX_BODY_BYTES);
  if (new TextDecoder().decode(bytes).trim() === '') return {};
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError('validation_failed', 'Send the request body as JSON (Content-Type: application/json).');
  }
  const value = parseJsonBody(bytes);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError('validation_failed', 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

const mediaType = (c: Context<AppEnv>) =>
  (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
const isJson = (type: string) => /^application\/([\w.+-]+\+)?json$/.test(type);

/** The body as one input field (`HttpBinding.body`): JSON, or a media type one of `formats` reads. */
async function bodyField(c: Context<AppEnv>, spec: NonNullable<HttpBinding['body']>): Promise<unknown> {
  assertReadableCharset(c);
  const bytes = await readBody(c, spec.maxBytes ?? MAX_BODY_BYTES);
  const type = mediaType(c);
  if (bytes.byteLength === 0 && type === '') return undefined;
  const format = spec.formats?.[type];
  if (format) return format.read(bytes);
  if (!isJson(type)) {
    const types = ['application/json', ...Object.keys(spec.formats ?? {})];
    throw new AppError('validation_failed', `Send the request body as ${types.join(', ')}.`);
  }
  return parseJsonBody(bytes);
}

const pathKeysOf = (path: string) => new Set([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string));

/** Path, query and body as one input; path parameters win, so a body cannot redirect a write. */
async function inputOf(c: Context<AppEnv>, binding: HttpBinding): Promise<Record<string, unknown>> {
  const pathKeys = pathKeysOf(binding.path);
  const params = Object.fromEntries(Object.entries(c.req.param()).filter(([key]) => pathKeys.has(key)));
  let input: Record<string, unknown>;
  if (binding.method === 'get') input = { ...c.req.query(), ...params };
  else if (binding.body)
    input = { ...c.req.query(), [binding.body.field]: await bodyField(c, binding.body), ...params };
  else input = { ...(await bodyOf(c)), ...c.req.query(), ...params };
  for (const [key, header] of Object.entries(binding.headers ?? {})) {
    const value = c.req.header(header);
    if (value === undefined) delete input[key];
    else input[key] = value.slice(0, 1000);
  }
  if (binding.language) {
    const asked = c.req.query('lang');
    input.lang = asked ?? pickLang(undefined, c.req.header('accept-language'));
  }
  return input;
}

async function respond(
  c: Context<AppEnv>,
  binding: HttpBinding,
  output: unknown,
  input: Record<string, unknown>,
): Promise<Response> {
  const file = !binding.files
    ? undefined
    : binding.render
      ? await binding.render(output, input)
      : (output as FileOutput);
  if (file) {
    const body = typeof file.file.body === 'string' ? new TextEncoder().encode(file.file.body) : file.file.body;
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': file.file.contentType,
      'Content-Disposition': `${binding.disposition ?? 'attachment'}; filename="${file.file.filename.replace(/[^\w.-]/g, '_')}"`,
      'Content-Length': String(body.byteLength),
    });
  }
  const body = binding.present ? binding.present.body(c, output) : output;
  const status = binding.otherStatus?.when(output) ? binding.otherStatus.status : (binding.status ?? 200);
  if (binding.op.cache === 'public' && status === 200 && body && typeof body === 'object') return cachedJson(c, body);
  // Private answers go uncompressed: many carry a secret (a CSRF token, a new API token, a link)
  // beside text the caller chose, the mix that compression-length attacks (BREACH) read.
  return binding.op.cache === 'public' ? freshJson(c, body, status) : c.json(body as object, status);
}

/** An alternate representation (`HttpBinding.alternates`): its body as JSON under its own media type. */
async function respondAlternate(c: Context<AppEnv>, alternate: Alternate, output: unknown): Promise<Response> {
  const body = alternate.body(output as never);
  const res = alternate.op.cache === 'public' ? await cachedJson(c, body) : c.json(body, 200);
  res.headers.set('Content-Type', alternate.type);
  return res;
}

/**
 * `/v1/orgs/{orgId}` → `/v1/orgs/:orgId`. A colon inside a segment (`category:batch`) would start
 * a Hono parameter, so such a segment becomes a parameter whose pattern matches it literally.
 */
export function honoPath(path: string): string {
  return path
    .split('/')
    .map((segment, i) =>
      segment.includes(':') ? `:literal${i}{${segment.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}}` : segment,
    )
    .join('/')
    .replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Field errors as the request has them (`HttpBinding.locateErrors`): the input field's place in
 * the request before its path, and the body field's name replaced by `json` (or `body`).
 */
function locateErrors(c: Context<AppEnv>, binding: HttpBinding, errors: FieldError[]): FieldError[] {
  if (!(binding.locateErrors ?? binding.body !== undefined)) return errors;
  const inputKeys = new Set(binding.op.input instanceof z.ZodObject ? Object.keys(binding.op.input.shape) : []);
  const pathKeys = pathKeysOf(binding.path);
  const headerKeys = new Set(Object.keys(binding.headers ?? {}));
  const bodyLabel = isJson(mediaType(c)) || mediaType(c) === '' ? 'json' : 'body';
  const queryOnly = binding.method === 'get' || binding.body !== undefined;
  return errors.map((error) => {
    const [first = '', ...rest] = error.path.split('.');
    if (first === '(input)') return { ...error, path: queryOnly ? 'query' : 'json' };
    if (!inputKeys.has(first)) return error;
    if (first === binding.body?.field) return { ...error, path: [bodyLabel, ...rest].join('.') };
    const place = pathKeys.has(first)
      ? 'param'
      : headerKeys.has(first)
        ? 'header'
        : queryOnly || first === 'lang'
          ? 'query'
          : 'json';
    return { ...error, path: `${place}.${error.path}` };
  });
}

/** Mounts the binding on the app and documents it in the app's OpenAPI registry. */
export function mountOperation(app: OpenAPIHono<AppEnv>, binding: HttpBinding, deps: AdapterDeps): void {
  const { op } = binding;
  app.on(binding.method.toUpperCase(), honoPath(binding.path), async (c) => {
    // Read by cacheScopeHeaders(), which runs outside CORS and so has the last word on the
    // headers of this answer, whatever it is: a success, a problem, or an unexpected 500.
    c.set('cacheScope', op.cache);
    let res: Response;
    try {
      const input = await inputOf(c, binding);
      const alternate = binding.alternates && chooseAlternate(c.req.header('accept'), binding.alternates);
      const output = await deps.services.pipeline.execute(alternate?.op ?? op, input, {
        credentials: credentialsOf(c),
        requestId: c.get('requestId'),
        clientIp: deps.clientIp(c),
      });
      res = alternate ? await respondAlternate(c, alternate, output) : await respond(c, binding, output, input);
      if (binding.alternates) res.headers.append('Vary', 'Accept');
      if (binding.language && isLang(input.lang)) {
        res.headers.set('Content-Language', input.lang);
        res.headers.append('Vary', 'Accept-Language');
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      res = problemResponse(c, error.code, error.status, error.message, locateErrors(c, binding, error.errors));
    }
    return res;
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

/** A file's schema in the document: text as a string, anything else as binary. */
const fileSchema = (type: string, example?: string) =>
  type.startsWith('text/') ? { type: 'string', ...(example ? { example } : {}) } : { type: 'string', format: 'binary' };

function document(app: OpenAPIHono<AppEnv>, binding: HttpBinding): void {
  const { op } = binding;
  const pathKeys = pathKeysOf(binding.path);
  const isPublic = ACTIONS[op.action].kind === 'anyone';
  const fromHeaders = new Set(Object.keys(binding.headers ?? {}));
  const bodyKey = binding.body?.field;
  const elsewhere = (key: string) => pathKeys.has(key) || fromHeaders.has(key) || key === bodyKey;
  // GET and `body` bindings read every other field from the query; the others read `lang` there.
  const queryOnly = binding.method === 'get' || bodyKey !== undefined;
  const picked = pickShape(op.input, (key) => !elsewhere(key) && (queryOnly || key === 'lang'));
  // With `language`, the adapter fills `lang` when the query has none: optional for the caller.
  const lang = binding.language ? picked?.shape.lang : undefined;
  const query = lang && picked ? picked.extend({ lang: lang.optional() }) : picked;
  const params = pickShape(op.input, (key) => pathKeys.has(key));
  const bodySchema = bodyKey
    ? (op.input as z.ZodObject).shape[bodyKey]
    : queryOnly
      ? undefined
      : pickShape(op.input, (key) => !elsewhere(key) && key !== 'lang');
  const bodyContent = {
    'application/json': { schema: bodySchema },
    ...Object.fromEntries(
      Object.entries(binding.body?.formats ?? {}).map(([type, f]) => [type, { schema: fileSchema(type, f.example) }]),
    ),
  };
  const success = binding.files
    ? Object.fromEntries(
        binding.files.map((type) => [
          type,
          // With `render`, JSON is the output itself; otherwise every type is a file (FileOutput).
          {
            schema:
              binding.fileSchemas?.[type] ??
              (type === 'application/json' && binding.render ? op.output : fileSchema(type)),
          },
        ]),
      )
    : {
        'application/json': { schema: binding.present?.schema ?? op.output },
        ...Object.fromEntries((binding.alternates ?? []).map((a) => [a.type, { schema: a.schema }])),
      };
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
      ...(query ? { query } : {}),
      ...(bodySchema ? { body: { required: true, content: bodyContent as never } } : {}),
    },
    responses: {
      [binding.status ?? 200]: { description: 'Success', content: success as never },
      ...(binding.otherStatus
        ? { [binding.otherStatus.status]: { description: binding.otherStatus.description, content: success as never } }
        : {}),
      400: problem('Invalid input: `errors` names each field'),
      ...(isPublic ? {} : { 401: problem('Not signed in, or the session or token expired') }),
      ...(isPublic ? {} : { 403: problem('Signed in, but not allowed (or a write without X-CSRF-Token)') }),
      404: problem('Not found, or not yours to see'),
      ...(op.name === 'auth.login' ? { 429: problem('Too many failed sign-ins; see Retry-After') } : {}),
    },
  });
}
