/**
 * What every browser test needs: the app served in-process over an in-memory PGlite with the
 * bundled edition (and any extra edition folders), the web app built, and Debian's Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { buildWeb, webBuildIsStale } from '../../../src/cli/web-build.js';
import { createApp } from '../../../src/http/app.js';
import { findEditionFolders, readEdition } from '../../../src/importer/read-edition.js';
import { createServices } from '../../../src/services/index.js';
import { type OpenDb, openDb } from '../../../src/storage/db.js';

export const ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots');
export const hasChromium = existsSync(CHROMIUM);

/** Without these, Chromium tries to reach Google's hosts, which this closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A Kazakh visitor's browser: the app starts in the browser's language on a first visit
  // (web/src/i18n/detect.ts), and headless Chromium would otherwise ask for en-US. A test that
  // needs another visitor gives its context a `locale`.
  '--accept-lang=kk-KZ,kk',
];

export function warnWithoutChromium(what: string): void {
  if (hasChromium) return;
  console.warn(
    `[e2e] Skipping ${what}: ${CHROMIUM} does not exist. Install Debian's Chromium (apt-get install -y --no-install-recommends chromium) to run them.`,
  );
}

export type Served = { database: OpenDb; server: ServerType; baseUrl: string };

export async function startApp(extraFolders: string[] = []): Promise<Served> {
  if (webBuildIsStale(ROOT)) await buildWeb(ROOT, (msg) => console.log(`[e2e] ${msg}`));
  const database = await openDb({ kind: 'memory' });
  await database.migrate();
  const services = createServices(database);
  for (const folder of await findEditionFolders(path.join(ROOT, 'data/standards'))) {
    await services.editions.load(await readEdition(folder));
  }
  for (const folder of extraFolders) await services.editions.load(await readEdition(folder));
  const app = createApp({ services, webDistDir: path.join(ROOT, 'web/dist') });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return { database, server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function stopApp(served: Served | undefined): Promise<void> {
  if (!served) return;
  await new Promise<void>((resolve) => {
    served.server.close(() => resolve());
    (served.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  await served.database.close();
}

export async function launchBrowser(): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
