/**
 * The languages are defined once, in the message catalogue (src/domain/shared/messages/lang.ts):
 * a second `type Lang =` or a spelt-out 'kk' | 'ru' | 'en' union elsewhere in src drifts the
 * day a language is added. Fails with the file and line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const CATALOGUE = path.join('src', 'domain', 'shared', 'messages');
const LANG_TYPE = /\btype\s+Lang\s*=/;
const SPELT_UNION = /(['"])(kk|ru|en)\1\s*\|\s*(['"])(kk|ru|en)\3\s*\|\s*(['"])(kk|ru|en)\5/;

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return rel === CATALOGUE ? [] : sources(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function langRedefinitions(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) =>
        LANG_TYPE.test(line) || SPELT_UNION.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

/**
 * Files another slice of issue 15 was changing when this test came, to take `Lang` from the
 * catalogue when they next touch them. A listed file that no longer has a violation fails the
 * test too, so the list only shrinks.
 */
const PENDING = new Set<string>([]);

describe('Lang is defined once', () => {
  it('has no other Lang type nor a spelt-out kk | ru | en union in src', () => {
    const found = langRedefinitions(sources('src'), (file) => readFileSync(path.join(ROOT, file), 'utf8'));
    expect(found.filter((f) => !PENDING.has(f.split(':')[0] ?? ''))).toEqual([]);
    const stillPending = new Set(found.map((f) => f.split(':')[0]));
    expect([...PENDING].filter((file) => !stillPending.has(file))).toEqual([]);
  });

  it('would catch either form', () => {
    const files = { 'a.ts': "export type Lang = 'kk' | 'ru' | 'en';", 'b.ts': 'function f(l: "en" | "kk" | "ru") {}' };
    expect(langRedefinitions(Object.keys(files), (f) => files[f as keyof typeof files])).toHaveLength(2);
    expect(langRedefinitions(['c.ts'], () => "import type { Lang } from './lang.js';")).toEqual([]);
  });
});
