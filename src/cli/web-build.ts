/**
 * `npm start` must work on a fresh clone, so the server builds the web app first when its
 * build is missing or older than its sources.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(entry: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export function webBuildIsStale(rootDir: string): boolean {
  const built = newestMtime(path.join(rootDir, 'web/dist/index.html'));
  if (built === 0) return true;
  const sources = ['web/src', 'web/index.html', 'web/public', 'vite.config.ts', 'package-lock.json'].map((p) =>
    newestMtime(path.join(rootDir, p)),
  );
  return Math.max(...sources) > built;
}

export async function buildWeb(rootDir: string, log: (msg: string) => void): Promise<void> {
  log('Building the web app (web/dist is missing or older than its sources)…');
  const started = Date.now();
  const { build } = await import('vite');
  // vite.config.ts says root: 'web'; an explicit root here must point there too.
  await build({ root: path.join(rootDir, 'web'), configFile: path.join(rootDir, 'vite.config.ts'), logLevel: 'warn' });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
