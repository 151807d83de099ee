/**
 * The import rules between the rooms (docs/architecture.md). A violation fails with the file,
 * the import and the rule it breaks.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.js';

type Room = 'domain' | 'storage' | 'services' | 'importer' | 'exports' | 'http' | 'cli' | 'web' | 'root';

/** What each room may import, besides itself and npm packages. */
const ALLOWED: Record<Room, Room[]> = {
  domain: [],
  storage: ['domain', 'root'],
  services: ['domain', 'storage', 'root'],
  importer: ['domain'],
  exports: ['domain'],
  http: ['domain', 'services', 'importer', 'exports', 'root'],
  cli: ['domain', 'services', 'importer', 'exports', 'http', 'storage', 'root'],
  web: [],
  root: ['domain'],
};

/** Packages that only some rooms may use. */
const PACKAGES: { pattern: RegExp; rooms: Room[]; why: string }[] = [
  { pattern: /^(kysely|pg|@electric-sql\/)/, rooms: ['storage'], why: 'only storage knows SQL and the database' },
  { pattern: /^(hono|@hono\/)/, rooms: ['http', 'cli'], why: 'only http speaks HTTP' },
  { pattern: /^commander$/, rooms: ['cli'], why: 'only the CLI parses arguments' },
  {
    pattern: /^node:/,
    rooms: ['storage', 'services', 'importer', 'exports', 'http', 'cli', 'root'],
    why: 'domain and web are pure',
  },
  {
    pattern: /^(exceljs|pdfkit|docx|mammoth|fflate)$/,
    rooms: ['importer', 'exports'],
    why: 'file formats live in importer and exports',
  },
  { pattern: /^react/, rooms: ['web'], why: 'React belongs to the web app' },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function roomOf(file: string): Room {
  const rel = path.relative(ROOT, file).replaceAll(path.sep, '/');
  if (rel.startsWith('web/')) return 'web';
  const match = /^src\/(domain|storage|services|importer|exports|http|cli)\//.exec(rel);
  return (match?.[1] as Room | undefined) ?? 'root';
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  found.push(...[...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? ''));
  return found;
}

function violations(): string[] {
  const out: string[] = [];
  for (const file of [...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'web/src'))]) {
    const room = roomOf(file);
    const rel = path.relative(ROOT, file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = roomOf(path.resolve(path.dirname(file), spec));
        if (target !== room && !ALLOWED[room].includes(target)) {
          out.push(`${rel} imports ${spec}: ${room} may not import ${target}`);
        }
        if (room !== 'cli' && room !== 'services' && room !== 'storage' && /storage\/repositories\//.test(spec)) {
          out.push(`${rel} imports ${spec}: only services use repositories`);
        }
      } else {
        for (const rule of PACKAGES) {
          if (rule.pattern.test(spec) && !rule.rooms.includes(room)) out.push(`${rel} imports ${spec}: ${rule.why}`);
        }
      }
    }
  }
  return out;
}

describe('architecture', () => {
  it('keeps the import rules between domain, storage, services, importer, http, cli and web', () => {
    expect(violations()).toEqual([]);
  });

  it('reads the environment in config.ts only', () => {
    const offenders = files(path.join(ROOT, 'src'))
      .filter((f) => !f.endsWith(`${path.sep}config.ts`) && /process\.env/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
