/**
 * Where one search's time goes, without HTTP: the bundled edition on in-memory PGlite, each query
 * of the benchmark's set (bench/run.ts) searched in turn through the service, with nothing kept
 * (every call does the whole work) and with answers kept (the service's default); then queries
 * the service has never seen (bench/search-stream.ts). Prints the median and p95 per call; run
 * with `node --cpu-prof` to see the profile.
 *
 *   node --import tsx bench/search-profile.ts [rounds=200]
 */
import { findEditionFolders, readEdition } from '../src/importer/read-edition.js';
import { createServices } from '../src/services/index.js';
import { createSearchService } from '../src/services/search.service.js';
import { openDb } from '../src/storage/db.js';
import { distinctSearchPaths } from './search-stream.js';

const QUERIES = ['сотталғандармен', 'психологтың', 'қызметкерлерге', 'мүгедектігі бар балалар', 'оңалту'];
const rounds = Number(process.argv[2] ?? 200);

const database = await openDb({ kind: 'memory' });
await database.migrate();
const services = createServices(database);
const [folder] = await findEditionFolders('data/standards');
if (!folder) throw new Error('no edition folder under data/standards');
await services.editions.load(await readEdition(folder));

async function measure(label: string, search: (q: string) => Promise<unknown>): Promise<void> {
  for (const q of QUERIES) await search(q);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await search(q);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => (times[Math.floor(times.length * share)] ?? Number.NaN).toFixed(3);
  console.log(`${label.padEnd(22)} ${times.length} calls, median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}

const uncached = createSearchService(database, services.editions, { keptAnswers: 0 });
await measure('search, nothing kept', (q) => uncached.search({ q, limit: 10 }));
await measure('search, answers kept', (q) => services.search.search({ q, limit: 10 }));
const stream = distinctSearchPaths(process.cwd());
const unseen = () => new URLSearchParams(stream.next().split('?')[1]).get('q') ?? '';
await measure('search, never-seen queries', () => services.search.search({ q: unseen(), limit: 10 }));
await database.close();
