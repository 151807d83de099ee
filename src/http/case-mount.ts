/**
 * The CASE REST endpoints where CASE clients look for them: /ims/case/v1p1/… at the site's root,
 * beside /api. The same bindings as under /api (routes/case.routes.ts) go through the same
 * operation pipeline, so permission, caching and CORS are the API's; only the errors differ:
 * CASE 1.1 answers them as imsx_StatusInfo (codeMajor `failure`, severity `error`, a codeMinor
 * such as `unknownobject`), so a problem+json answer is rewritten into that shape here.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './app-env.js';
import { readCaching } from './middleware/read-caching.js';
import { type AdapterDeps, type HttpBinding, cacheScopeHeaders, mountOperation } from './operation-route.js';
import { CASE_PREFIX } from './routes/case.routes.js';
import { validationHook } from './validation-hook.js';

/** CASE 1.1's codeMinor for each HTTP status it lists. */
const CODE_MINOR: Record<number, string> = {
  400: 'invalid_selection_field',
  401: 'unauthorisedrequest',
  403: 'forbidden',
  404: 'unknownobject',
  405: 'forbidden',
  429: 'server_busy',
  500: 'internal_server_error',
};

export function imsxStatusInfo(status: number, description: string) {
  return {
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: description,
    imsx_codeMinor: {
      imsx_codeMinorField: [
        { imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: CODE_MINOR[status] ?? 'invalid_data' },
      ],
    },
  };
}

/** problem+json → imsx_StatusInfo, keeping the status and the headers. */
function imsxErrors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!(c.res.headers.get('Content-Type') ?? '').includes('application/problem+json')) return;
    const problem = (await c.res.clone().json()) as { detail?: string; title?: string };
    const headers = new Headers(c.res.headers);
    headers.set('Content-Type', 'application/json');
    headers.delete('Content-Length');
    c.res = new Response(JSON.stringify(imsxStatusInfo(c.res.status, problem.detail ?? problem.title ?? '')), {
      status: c.res.status,
      headers,
    });
  };
}

export function caseMount(bindings: readonly HttpBinding[], deps: AdapterDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Scoped to the CASE paths: this app is mounted at the root, beside the web app.
  const scope = `${CASE_PREFIX}/*`;
  app.use(scope, imsxErrors());
  app.use(scope, cacheScopeHeaders());
  app.use(
    scope,
    cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'X-Request-Id'] }),
  );
  app.use(scope, readCaching());
  for (const binding of bindings) {
    if (binding.path.startsWith(`${CASE_PREFIX}/`)) mountOperation(app, binding, deps);
  }
  app.all(scope, (c) =>
    c.json(imsxStatusInfo(404, `There is no CASE endpoint ${c.req.method} ${new URL(c.req.url).pathname}.`), 404),
  );
  return app;
}
