/**
 * The app as a newcomer sees it after `kasip demo load`: in-process over an in-memory PGlite with
 * the bundled edition, the demo loaded through its own service (the demo centre, bank, published
 * specification, completed session and certificates), and the web app built. Stop it with stopApp.
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildWeb, webBuildIsStale } from '../../../src/cli/web-build.js';
import { createApp } from '../../../src/http/app.js';
import { findEditionFolders, readEdition } from '../../../src/importer/read-edition.js';
import { type DemoLoadResult, loadDemo } from '../../../src/services/demo/load-demo.js';
import { createServices } from '../../../src/services/index.js';
import { openDb } from '../../../src/storage/db.js';
import { ROOT, type Served } from './browser-app.js';

export async function startDemoApp(): Promise<{ served: Served; demo: DemoLoadResult }> {
  if (webBuildIsStale(ROOT)) await buildWeb(ROOT, (msg) => console.log(`[e2e] ${msg}`));
  const database = await openDb({ kind: 'memory' });
  await database.migrate();
  const services = createServices(database);
  for (const folder of await findEditionFolders(path.join(ROOT, 'data/standards'))) {
    await services.editions.load(await readEdition(folder));
  }
  const demo = await loadDemo(services);
  const app = createApp({ services, webDistDir: path.join(ROOT, 'web/dist') });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { served: { database, server, baseUrl }, demo };
}
