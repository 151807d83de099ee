/**
 * Security headers on every answer, HTML and API alike. The SPA is built with no inline script
 * or style (checked in the browser tests, which fail on any CSP report), so its policy allows
 * only its own origin. A route that needs another policy (the API docs) sets its own first.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * The one inline style the SPA needs: Cytoscape (the career graph) puts this rule in a <style>
 * of its own (renderer "base", `__________cytoscape_stylesheet`). It is allowed by its hash, so
 * no other inline style is.
 */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const styleHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** For HTML: scripts, styles, fonts and API calls from this origin only; never framed. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHash(CYTOSCAPE_STYLE)}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For API answers (JSON, CSV, XLSX…): nothing may run if a browser renders one as a page. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * For PDFs: only framing is refused, since `default-src 'none'` (object-src) would keep a
 * browser's own PDF viewer from showing the file.
 */
const FILE_CSP = "frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    let headers = c.res.headers;
    try {
      headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      c.res = new Response(c.res.body, c.res); // a response with immutable headers: copy it
      headers = c.res.headers;
    }
    const type = headers.get('content-type') ?? '';
    if (!headers.has('Content-Security-Policy')) {
      // Outside /api everything is the SPA or its files: the page policy always, so a 304 that
      // refreshes a cached index.html's headers (and has no Content-Type) keeps it.
      const api = new URL(c.req.url).pathname.startsWith('/api/');
      const csp = !api || /html/.test(type) ? PAGE_CSP : /^application\/pdf/.test(type) ? FILE_CSP : DATA_CSP;
      headers.set('Content-Security-Policy', csp);
    }
    // Pages with a link's secret in their address must not send it to other sites as a Referer.
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('X-Frame-Options', 'DENY'); // frame-ancestors for browsers without CSP 2
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.delete('X-Powered-By');
    headers.delete('Server');
  };
}
