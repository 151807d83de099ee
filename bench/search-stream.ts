/**
 * Search paths in which no query repeats: every query of the search benchmark
 * (test/search/queries.yaml) at 50 page sizes and 3 offsets, 33,300 in all, handed out in turn
 * to every connection of a load generator. The service keeps the answers to repeated queries;
 * this measures the work itself, as a stream of new queries would cost it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export type PathStream = { next: () => string; size: number };

export function distinctSearchPaths(root: string): PathStream {
  const entries = parseYaml(readFileSync(path.join(root, 'test/search/queries.yaml'), 'utf8')) as { q: string }[];
  const all: string[] = [];
  for (const offset of [0, 10, 20]) {
    for (let limit = 5; limit < 55; limit++) {
      for (const { q } of entries)
        all.push(`/api/v1/search?q=${encodeURIComponent(q)}&limit=${limit}&offset=${offset}`);
    }
  }
  let at = 0;
  return {
    size: all.length,
    next: () => all[at++ % all.length] as string,
  };
}
