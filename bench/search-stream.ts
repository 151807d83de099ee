/**
 * Search paths in which no query repeats, handed out in turn to every connection of a load
 * generator: every ordered pair of two different queries of the search benchmark
 * (test/search/queries.yaml) joined into one, 222 × 221 = 49,062 queries, in a shuffled but fixed
 * order. The service keeps the answers to repeated queries and the ranked hits of a query for
 * its other pages; this measures a stream of queries it has never seen (their words it has, as
 * people's queries share words).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export type PathStream = { next: () => string; size: number };

/** A fixed pseudo-random order (mulberry32), so every run sends the same queries in the same order. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function distinctSearchPaths(root: string): PathStream {
  const entries = parseYaml(readFileSync(path.join(root, 'test/search/queries.yaml'), 'utf8')) as { q: string }[];
  const queries = [...new Set(entries.map((e) => e.q))];
  const pairs: string[] = [];
  for (const a of queries) for (const b of queries) if (a !== b) pairs.push(`${a} ${b}`);
  const all = shuffled(pairs, 20261207).map((q) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=10`);
  let at = 0;
  return {
    size: all.length,
    next: () => all[at++ % all.length] as string,
  };
}
