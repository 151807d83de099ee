/**
 * Serves the built SPA: static files from web/dist, and index.html for any other path that is
 * not under /api, so deep links (/cards/2635-3-001/5) survive a reload.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './app-env.js';

const MISSING_BUILD = `<!doctype html><html lang="kk"><meta charset="utf-8"><title>Kasip</title>
<body><h1>Kasip</h1><p>The web app is not built. Run <code>npm start</code> (it builds it) or <code>npm run build:web</code>.</p></body></html>`;

export function webApp(distDir: string) {
  const app = new Hono<AppEnv>();
  const root = path.relative(process.cwd(), distDir) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        // Vite fingerprints asset names, so they can be cached for good.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root }));
  app.get('*', async (c) => {
    c.header('Cache-Control', 'no-cache');
    try {
      return c.html(await readFile(path.join(distDir, 'index.html'), 'utf8'));
    } catch {
      return c.html(MISSING_BUILD, 200);
    }
  });
  return app;
}
