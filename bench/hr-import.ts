/**
 * The staff import at scale: a 10,000-row Kazakh staff list (the fixture generator's, seeded)
 * previewed and committed through the operation pipeline on embedded PGlite, as the web app
 * does it. Baseline in the same run: parsing the same CSV and inserting the same number of rows
 * into the register with no planning, no categories and no audit — so the ratios show what the
 * import's checks cost on top of merely storing the list.
 *   node --import tsx bench/hr-import.ts [--rows N] [--runs N]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseCsv, toRecords } from '../src/domain/shared/csv.js';
import { readEdition } from '../src/importer/read-edition.js';
import { createServices } from '../src/services/index.js';
import { openDb } from '../src/storage/db.js';
import { insertStaff } from '../src/storage/repositories/staff.repository.js';
import { staffFixture } from '../scripts/make-staff-fixture.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);

const database = await openDb({ kind: 'memory' });
await database.migrate();
const services = createServices(database, { now: () => new Date('2026-01-15T06:00:00Z') });
await services.editions.load(await readEdition('data/standards/social-protection/editions/order-262-2023'));
const OPERATOR = { credentials: { operator: true as const } };
const csv = staffFixture(ROWS, 262);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const samples = { baseline: [] as number[], preview: [] as number[], commit: [] as number[] };
let counts: unknown;

for (let run = 0; run < RUNS; run++) {
  const org = await services.pipeline.execute(
    services.ops.orgs.create,
    { name: `Bench ${run}`, kind: 'social-service-provider' },
    OPERATOR,
  );
  const base = await services.pipeline.execute(
    services.ops.orgs.create,
    { name: `Baseline ${run}`, kind: 'social-service-provider' },
    OPERATOR,
  );

  let t = performance.now();
  const parsed = toRecords(parseCsv(csv));
  await database.db.transaction().execute(async (trx) => {
    await insertStaff(
      trx,
      parsed.map((_, i) => ({
        orgId: base.id,
        id: crypto.randomUUID(),
        at: new Date(),
        record: {
          personnelNo: `B-${i}`,
          fullName: 'Baseline',
          position: { cardCode: '2635-3-001', level: 5, since: '2020-01-01' },
          education: { level: 'higher', field: 'social' },
          experience: [],
          leave: [],
          trainings: [],
        },
      })),
    );
  });
  samples.baseline.push(performance.now() - t);

  t = performance.now();
  const rows = toRecords(parseCsv(csv));
  const preview = await services.pipeline.execute(
    services.ops.staffImport.preview,
    { orgId: org.id, file: { rows }, fileName: 'staff-10k.csv', lang: 'kk' },
    OPERATOR,
  );
  samples.preview.push(performance.now() - t);
  counts = preview.counts;

  t = performance.now();
  await services.pipeline.execute(
    services.ops.staffImport.commit,
    { orgId: org.id, importId: preview.importId },
    OPERATOR,
  );
  samples.commit.push(performance.now() - t);
}

const fmt = (xs: number[]) =>
  `${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
console.log(`rows: ${ROWS}, runs: ${RUNS}, plan: ${JSON.stringify(counts)}`);
console.log(`baseline (parse + plain insert): ${fmt(samples.baseline)}`);
console.log(
  `preview (parse + read + plan + store): ${fmt(samples.preview)}  ratio ${(median(samples.preview) / median(samples.baseline)).toFixed(2)}`,
);
console.log(
  `commit (insert + categories + audit): ${fmt(samples.commit)}  ratio ${(median(samples.commit) / median(samples.baseline)).toFixed(2)}`,
);
await database.close();
