/**
 * Batch categories at scale: 100,000 staff rows (CSV in, CSV out) through the category engine
 * on the bundled cards, against a baseline measured in the same run — the same CSV parsed and
 * written back without the engine — so the ratio shows what the engine itself costs.
 *   node --import tsx bench/batch-categories.ts [--rows N]
 */
import { performance } from 'node:perf_hooks';
import { batchTable, runBatch } from '../src/domain/qualification/batch.js';
import { parseCsv, stringifyCsv, toRecords } from '../src/domain/shared/csv.js';
import { readEdition } from '../src/importer/read-edition.js';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 100_000;
const edition = await readEdition('data/standards/social-protection/editions/order-262-2023');
const cards = new Map(edition.cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
const keys = [...cards.keys()];
const levels = ['basic-secondary', 'tvet', 'higher', 'postgraduate'];
const fields = ['social', 'economic', 'pedagogical', 'medical', 'psychological', 'legal', 'other'];

// Deterministic rows: a simple LCG, so every run measures the same list.
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const lines = ['id,card,level,education,field,none,second,first,higher'];
for (let i = 0; i < ROWS; i++) {
  const [code, level] = (keys[rand(keys.length)] as string).split('/');
  const years = () => (rand(3) === 0 ? '' : String(rand(8)));
  lines.push([`T-${i}`, code, level, levels[rand(4)], fields[rand(7)], years(), years(), years(), years()].join(','));
}
const csv = `${lines.join('\n')}\n`;

function time(label: string, run: () => unknown, repeat = 3): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  const best = Math.min(...samples);
  console.log(
    `${label.padEnd(44)} best of ${repeat}: ${best.toFixed(0)} ms  (${Math.round((ROWS / best) * 1000).toLocaleString('en')} rows/s)`,
  );
  return best;
}

console.log(
  `${ROWS.toLocaleString('en')} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV, ${cards.size} cards; Node ${process.version}`,
);
const baseline = time('baseline: parse CSV + write CSV', () =>
  stringifyCsv(toRecords(parseCsv(csv)).map((r) => Object.values(r))),
);
const full = time('batch: parse + categories + write CSV', () => {
  const rows = runBatch(toRecords(parseCsv(csv)), (code, level) => cards.get(`${code}/${level}`));
  return stringifyCsv(batchTable(rows, 'kk'));
});
const parsed = toRecords(parseCsv(csv));
time('engine only (records already parsed)', () => runBatch(parsed, (code, level) => cards.get(`${code}/${level}`)));
console.log(
  `ratio baseline/batch: ${(baseline / full).toFixed(2)} (the batch runs at ${((baseline / full) * 100).toFixed(0)} % of the speed of merely reading and writing the file)`,
);
