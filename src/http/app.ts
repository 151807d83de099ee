/**
 * The HTTP application: API under /api (OpenAPI 3.1 at /api/openapi.json, docs at /api/docs),
 * the web app everywhere else. Built from explicit dependencies so tests can call
 * `createApp(...).request()` without a port.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { cors } from 'hono/cors';
import { AppError } from '../domain/shared/errors.js';
import { type Logger, silentLogger } from '../logger.js';
import type { Services } from '../services/index.js';
import { asDatabaseUnavailable } from '../services/operations/database-unavailable.js';
import { APP_VERSION } from '../version.js';
import type { AppEnv } from './app-env.js';
import { REFUSED_METHODS, allowedMethods, methodNotAllowed } from './allowed-methods.js';
import { API_DOCS_ROUTES, apiDocs } from './api-docs.js';
import { readCaching } from './middleware/read-caching.js';
import { requestContext } from './middleware/request-context.js';
import { securityHeaders } from './middleware/security-headers.js';
import { problemResponse } from './problem.js';
import { cacheScopeHeaders, mountOperation } from './operation-route.js';
import { caseMount } from './case-mount.js';
import { operationBindings } from './routes/operation-bindings.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { validationHook } from './validation-hook.js';
import { webApp } from './web-app.js';

export type AppDeps = {
  services: Services;
  webDistDir?: string;
  logger?: Logger;
  /** The caller's address, for the sign-in limits; tests set it, the server reads the socket. */
  clientIp?: (c: Context<AppEnv>) => string;
};

/** The socket's address; X-Forwarded-For is not trusted, since anyone can send it. */
function socketAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Kasip API',
    version: APP_VERSION,
    description:
      "Kazakhstan's professional standards as data. Errors are RFC 9457 problem details (application/problem+json) with a stable `code`.",
    license: { name: 'MIT' },
  },
} as const;

export function createApp({ services, webDistDir, logger = silentLogger, clientIp = socketAddress }: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', securityHeaders());
  app.use('*', requestContext(logger));
  const bindings = operationBindings(services);
  const apiMethods = allowedMethods([...bindings, { method: 'get', path: '/openapi.json' }, ...API_DOCS_ROUTES]);
  const pageMethods = ['GET', 'HEAD'];
  app.use('*', async (c, next) => {
    if (!REFUSED_METHODS.has(c.req.method)) return next();
    const path = new URL(c.req.url).pathname;
    const allow = path.startsWith('/api/') ? apiMethods(path.slice(4)) : webDistDir ? pageMethods : undefined;
    return methodNotAllowed(c, allow ?? pageMethods);
  });

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Other sites and tools may read the registry from a browser; nothing here is private.
  api.use('*', cacheScopeHeaders());
  api.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      // Private answers drop these headers again (operation-route.ts): only public data is shared.
      exposeHeaders: ['ETag', 'X-Request-Id', 'Content-Language', 'Content-Disposition'],
    }),
  );
  api.use('/v1/*', readCaching());
  for (const binding of bindings) {
    mountOperation(api, binding, { services, clientIp });
  }
  api.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'Set by POST /v1/auth/login. Writes also need the X-CSRF-Token header (csrfToken from login or /v1/me).',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`kst_…`) from POST /v1/me/tokens, for other systems. No CSRF token needed.',
  });
  api.doc31('/openapi.json', { ...OPENAPI_INFO, servers: [{ url: '/api' }] });
  // Swagger UI from the swagger-ui-dist package, served here: nothing is loaded from a CDN.
  api.route('/docs', apiDocs());
  api.all('*', (c) => {
    const path = new URL(c.req.url).pathname;
    const allow = apiMethods(path.replace(/^\/api/, ''));
    if (allow) return methodNotAllowed(c, [...allow, 'OPTIONS']);
    return problemResponse(c, 'not_found', 404, `There is no API endpoint ${c.req.method} ${path}.`);
  });
  app.route('/api', api);
  // CASE 1.1 clients look for /ims/case/v1p1/… at the root (the same operations as under /api).
  app.route('/', caseMount(bindings, { services, clientIp }));

  if (webDistDir) app.route('/', webApp(webDistDir, services));
  // Pages answer GET and HEAD only: another method on a page's address is a 405, not a 404.
  if (webDistDir) app.all('*', (c) => methodNotAllowed(c, pageMethods));

  app.notFound((c) => problemResponse(c, 'not_found', 404, 'Nothing is here.'));
  app.onError((thrown, c) => {
    // Outside the pipeline too (middleware, a route's own reads): an unreachable database is a 503.
    const error = asDatabaseUnavailable(thrown) as Error;
    if (error instanceof AppError) {
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      return problemResponse(c, error.code, error.status, error.message, error.errors);
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Hono's own HTTPExceptions, e.g. a body that is not valid JSON.
      return problemResponse(c, 'validation_failed', 400, error.message || 'The request could not be read.');
    }
    logger.error('unhandled error', { requestId: c.get('requestId'), error: error.message, stack: error.stack });
    return problemResponse(
      c,
      'internal_error',
      500,
      'Something went wrong on our side; the request id identifies it in the logs.',
    );
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
