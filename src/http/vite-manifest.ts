/**
 * The web build's manifest (`web/dist/.vite/manifest.json`, written by Vite with `build.manifest`):
 * which file each source became and which chunks and styles it pulls in. The HTML shell uses it
 * to name, in its first answer, the files a page will ask for only later (shell-preloads.ts).
 *
 * Read once per build, not per request: the shell already reads index.html on every request, and
 * a new build writes a new index.html (new fingerprinted names), so the manifest is read again
 * only when index.html's text changes. No manifest (a build without one, or none at all) means no
 * preloads, never an error: the app works without them, only later.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One entry of Vite's manifest (only the fields the shell reads). */
export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};

/** Keyed by source path relative to web/ (`src/pages/CardPage.tsx`), or `_name-hash.js` for shared chunks. */
export type ViteManifest = Record<string, ManifestChunk>;

export const MANIFEST_PATH = '.vite/manifest.json';

async function readManifest(distDir: string): Promise<ViteManifest | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(distDir, MANIFEST_PATH), 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ViteManifest) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A reader for `distDir`'s manifest that reads the file again only when the build changed, as told
 * by the index.html the caller has just read.
 */
export function manifestReader(distDir: string): (indexHtml: string) => Promise<ViteManifest | undefined> {
  let cached: { html: string; manifest: Promise<ViteManifest | undefined> } | undefined;
  return (indexHtml) => {
    if (cached?.html !== indexHtml) cached = { html: indexHtml, manifest: readManifest(distDir) };
    return cached.manifest;
  };
}
