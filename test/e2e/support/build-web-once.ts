/**
 * The e2e project's global setup: builds the web app once, before any test file starts. Each
 * file still checks that the build is fresh, but two files starting at once on a fresh clone
 * used to build into web/dist together, and one build's clean-up removed files the other's
 * compression step was reading (ENOENT on a `.br`).
 */
import { buildWeb, webBuildIsStale } from '../../../src/cli/web-build.js';
import { ROOT } from './browser-app.js';

export default async function setup(): Promise<void> {
  if (webBuildIsStale(ROOT)) await buildWeb(ROOT, (msg) => console.log(`[e2e] ${msg}`));
}
