/**
 * For the account browser tests: Kasip as a newcomer runs it (the CLI as a real process with
 * standard input, `kasip serve` as a real process on a free port), the app in-process with a
 * mailer of the test's own, an HTTP session (cookie and CSRF token) to set data up without
 * clicking through it, and a fresh browser profile per test.
 */
import { spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildWeb, webBuildIsStale } from '../../../src/cli/web-build.js';
import { createApp } from '../../../src/http/app.js';
import { createServices } from '../../../src/services/index.js';
import type { Mailer } from '../../../src/services/mail/mailer.js';
import { openDb } from '../../../src/storage/db.js';
import { ROOT, type Served } from './browser-app.js';

type Run = { code: number | null; stdout: string; stderr: string };

export function runCli(args: string[], env: NodeJS.ProcessEnv, stdin: string): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export { startServerProcess as startServer } from '../../support/server-process.js';

/**
 * The app in-process over an in-memory PGlite, as startApp, but without editions (the account
 * pages need none) and with the test's mailer, so that a page can show "sent" and "failed"
 * without a mail server. Stop it with stopApp.
 */
export async function startAppWithMailer(mailer: Mailer): Promise<Served> {
  if (webBuildIsStale(ROOT)) await buildWeb(ROOT, (msg) => console.log(`[e2e] ${msg}`));
  const database = await openDb({ kind: 'memory' });
  await database.migrate();
  const services = createServices(database, { mailer });
  const app = createApp({ services, webDistDir: path.join(ROOT, 'web/dist') });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return { database, server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Signs in over HTTP and writes with the session cookie and CSRF token, as the web app does. */
export async function apiSession(baseUrl: string, email: string, password: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${email} → ${login.status}: ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(method: string, apiPath: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}/api${apiPath}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${apiPath} → ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** A fresh browser profile whose page errors (not failed requests: some tests fail them on purpose) fail the test. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }, lang?: 'kk' | 'ru' | 'en') {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (lang) await context.addInitScript((l) => localStorage.setItem('kasip.lang', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
  return { context, page, errors };
}

export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

export async function expectNoSidewaysScroll(page: Page, what: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}
