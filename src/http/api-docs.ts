/**
 * The API docs page (/api/docs): Swagger UI served from Kasip itself, from the `swagger-ui-dist`
 * package, so the page works on a closed network and loads nothing from a third party
 * (docs/decisions/0007-swagger-ui-served-locally.md).
 *
 * The assets' names carry a hash of their content, so they are cached for good and a new
 * version (of Swagger UI or of our start-up script) is a new address. The start-up script is a
 * served file too, not an inline one, so the page's Content-Security-Policy allows scripts and
 * styles from this origin only: no CDN, no hash, no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { type Encoding, compress, negotiateEncoding } from './content-encoding.js';
import { problemResponse } from './problem.js';

/** Where the page finds the OpenAPI document it shows. */
const OPENAPI_URL = '/api/openapi.json';
/** Where the assets are served, as the browser sees it (the router is mounted at /api/docs). */
const ASSETS_URL = '/api/docs/assets';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The docs page's own policy; as strict as the web app's, and without Cytoscape's style hash. */
export const API_DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Swagger UI's stylesheet draws its icons as data: SVG images.
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Starts Swagger UI on the document. `validatorUrl: null`: otherwise Swagger UI asks
 * validator.swagger.io about the document (a third party, refused by the policy anyway).
 */
const START_SCRIPT = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_URL)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
});
`;

type Bytes = Uint8Array<ArrayBuffer>;
type Asset = { name: string; type: string; body: Bytes; encoded: Map<Encoding, Promise<Bytes>> };

function asset(baseName: string, extension: string, type: string, body: Bytes): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { name: `${baseName}.${hash}.${extension}`, type, body, encoded: new Map() };
}

/** Only the two files the page needs, read once: the package has maps, presets and bundles besides. */
function loadAssets() {
  const distDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const read = (file: string) => new Uint8Array(readFileSync(path.join(distDir, file)));
  return {
    css: asset('swagger-ui', 'css', 'text/css; charset=utf-8', read('swagger-ui.css')),
    bundle: asset('swagger-ui-bundle', 'js', 'text/javascript; charset=utf-8', read('swagger-ui-bundle.js')),
    start: asset('start', 'js', 'text/javascript; charset=utf-8', new TextEncoder().encode(START_SCRIPT)),
  };
}

let assets: ReturnType<typeof loadAssets> | undefined;

const page = ({ css, bundle, start }: ReturnType<typeof loadAssets>) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kasip API</title>
<link rel="stylesheet" href="${ASSETS_URL}/${css.name}">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${ASSETS_URL}/${bundle.name}"></script>
<script src="${ASSETS_URL}/${start.name}"></script>
</body>
</html>
`;

const withPolicy: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('Content-Security-Policy', API_DOCS_CSP);
};

/** The router for /api/docs: the page at its root, the assets below /assets. */
export function apiDocs() {
  assets ??= loadAssets();
  const files = assets;
  const byName = new Map(Object.values(files).map((a) => [a.name, a]));
  const html = page(files);
  const app = new Hono<AppEnv>();

  app.get('/', withPolicy, (c) => {
    // The page names the current assets, so it is revalidated; they are not.
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });

  app.get('/assets/:name', async (c) => {
    const file = byName.get(c.req.param('name'));
    if (!file) return problemResponse(c, 'not_found', 404, 'There is no such file.');
    c.header('Content-Type', file.type);
    c.header('Cache-Control', IMMUTABLE);
    c.header('Vary', 'Accept-Encoding');
    // The bundle is 1.7 MB as it is and a fifth of that in brotli: compressed once per coding, kept.
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return c.body(file.body);
    let encoded = file.encoded.get(encoding);
    if (!encoded) {
      encoded = compress(file.body, encoding, 'kept');
      file.encoded.set(encoding, encoded);
    }
    c.header('Content-Encoding', encoding);
    return c.body(await encoded);
  });

  return app;
}

/** The paths the router answers (below /api), for the 405 answers' Allow header. */
export const API_DOCS_ROUTES = [
  { method: 'get', path: '/docs' },
  { method: 'get', path: '/docs/assets/{name}' },
];
