/**
 * Certificates: what signing and verifying an Open Badges credential costs against the bare
 * cryptography underneath, in rounds so the spread shows.
 *
 *   node --import tsx bench/credentials.ts [--rounds=5] [--n=20]
 *
 * Set-up (not timed): embedded PGlite in memory, the bundled edition, one organisation and one
 * certificate issued through `certificates.issue`, so its key, status list and row are real.
 * Each round then times, one after the other, `--n` times each:
 * - sign: `signCredential` of that credential without its proof (RDF canonicalisation + Ed25519,
 *   the eddsa-rdfc-2022 suite), as issuing does;
 * - verify: `verifyDocument`, the full Kasip verification (proof, known issuer, validity period,
 *   and the status list, which is built from the database and signed when asked for);
 * - issue: the whole `certificates.issue` operation (decision read, key, status place, sign,
 *   store) for candidates prepared before the round;
 * - the baseline, in the same round: a bare Ed25519 `crypto.sign` and `crypto.verify` of the
 *   same signed credential's JSON bytes.
 * Ratios are per round (sign / bare sign, verify / bare verify, issue / bare sign); the report
 * gives the median and min–max over the rounds, and how much CPU other processes took (the
 * machine is shared). Results go to bench/results/credentials-latest.json.
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Card } from '../src/domain/standard/schemas.js';
import { readEdition } from '../src/importer/read-edition.js';
import { currentIssuerKey } from '../src/services/certificates/issuer.js';
import { documentLoader, signCredential } from '../src/services/certificates/linked-data.js';
import { verifyDocument } from '../src/services/certificates/verify.js';
import { createServices } from '../src/services/index.js';
import { openDb } from '../src/storage/db.js';
import { DEFAULT_ACCOUNTS } from '../src/config.js';
// The certificate tests' fixture: writes just the decided candidate `certificates.issue` reads.
import { decidedCandidate } from '../test/support/credential-fixtures.js';
import { machineBusyUs } from './cpu.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, n: { type: 'string', default: '20' } },
});
const ROUNDS = Number(args.rounds);
const N = Number(args.n);
const PUBLIC_URL = 'http://127.0.0.1:8080';
const log = (line = '') => process.stdout.write(`${line}\n`);

const database = await openDb({ kind: 'memory' });
await database.migrate();
const services = createServices(database, { accounts: { ...DEFAULT_ACCOUNTS, publicUrl: PUBLIC_URL } });
const OPERATOR = { credentials: { operator: true as const } };
const edition = await readEdition('data/standards/social-protection/editions/order-262-2023');
await services.editions.load(edition);
const card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
const org = await services.pipeline.execute(
  services.ops.orgs.create,
  { name: 'Bench certificates', kind: 'social-service-provider' },
  OPERATOR,
);
const orgId = org.id;

async function issueOne() {
  const { candidateId } = await decidedCandidate(database, { orgId, card, editionId: edition.meta.id });
  return services.pipeline.execute(services.ops.certificates.issue, { orgId, candidateId }, OPERATOR);
}

const issued = await issueOne();
const signed = (await services.pipeline.execute(services.ops.certificates.get, { id: issued.id }, {})) as Record<
  string,
  unknown
>;
const { proof: _proof, ...unsigned } = signed;
const key = await currentIssuerKey(database.db, orgId, PUBLIC_URL, new Date());
const contextsOnly = documentLoader(async () => null);
const check = await verifyDocument(database.db, PUBLIC_URL, signed, new Date(), 'en');
if (!check.valid) throw new Error(`the benchmark's certificate does not verify: ${JSON.stringify(check.reasons)}`);

const bareKeys = generateKeyPairSync('ed25519');
const bytes = Buffer.from(JSON.stringify(signed));
const bareSignature = sign(null, bytes, bareKeys.privateKey);
if (!verify(null, bytes, bareKeys.publicKey, bareSignature)) throw new Error('the bare signature does not verify');

/** Mean ms per call of `n` sequential calls. */
async function timeEach(fn: (i: number) => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < N; i++) await fn(i);
  return (performance.now() - t) / N;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const spread = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

type Round = {
  bareSignMs: number;
  bareVerifyMs: number;
  signMs: number;
  verifyMs: number;
  issueMs: number;
  otherCpuPct: number;
};
const rounds: Round[] = [];
// One untimed warm-up of each path, so the first round does not pay for JIT and context parsing.
await signCredential(unsigned, key, new Date(), contextsOnly);
await verifyDocument(database.db, PUBLIC_URL, signed, new Date(), 'en');

for (let round = 1; round <= ROUNDS; round++) {
  const candidates: string[] = [];
  for (let i = 0; i < N; i++)
    candidates.push((await decidedCandidate(database, { orgId, card, editionId: edition.meta.id })).candidateId);
  const busy0 = machineBusyUs();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const bareSignMs = await timeEach(() => sign(null, bytes, bareKeys.privateKey));
  const bareVerifyMs = await timeEach(() => verify(null, bytes, bareKeys.publicKey, bareSignature));
  const signMs = await timeEach(() => signCredential(unsigned, key, new Date(), contextsOnly));
  const verifyMs = await timeEach(async () => {
    const result = await verifyDocument(database.db, PUBLIC_URL, signed, new Date(), 'en');
    if (!result.valid) throw new Error('verification failed during the benchmark');
  });
  const issueMs = await timeEach((i) =>
    services.pipeline.execute(services.ops.certificates.issue, { orgId, candidateId: candidates[i] }, OPERATOR),
  );
  const wallUs = (performance.now() - wall0) * 1000;
  const cpu = process.cpuUsage(cpu0);
  const otherUs = Math.max(0, machineBusyUs() - busy0 - cpu.user - cpu.system);
  const r = { bareSignMs, bareVerifyMs, signMs, verifyMs, issueMs, otherCpuPct: Math.round((otherUs / wallUs) * 100) };
  rounds.push(r);
  log(
    `round ${round}: bare sign ${(bareSignMs * 1000).toFixed(0)} µs, bare verify ${(bareVerifyMs * 1000).toFixed(0)} µs, ` +
      `sign ${signMs.toFixed(2)} ms, verify ${verifyMs.toFixed(2)} ms, issue ${issueMs.toFixed(2)} ms, other ${r.otherCpuPct} %`,
  );
}

const ratios = {
  sign: rounds.map((r) => r.signMs / r.bareSignMs),
  verify: rounds.map((r) => r.verifyMs / r.bareVerifyMs),
  issue: rounds.map((r) => r.issueMs / r.bareSignMs),
};
log();
log(`credential JSON: ${bytes.length} bytes; ${ROUNDS} rounds × ${N} calls each; median (min–max) over rounds`);
log(
  `bare Ed25519 sign    ${spread(
    rounds.map((r) => r.bareSignMs * 1000),
    0,
  )} µs`,
);
log(
  `bare Ed25519 verify  ${spread(
    rounds.map((r) => r.bareVerifyMs * 1000),
    0,
  )} µs`,
);
log(
  `sign (eddsa-rdfc-2022)   ${spread(
    rounds.map((r) => r.signMs),
    2,
  )} ms   × bare sign   ${spread(ratios.sign, 0)}`,
);
log(
  `verify (full, + status)  ${spread(
    rounds.map((r) => r.verifyMs),
    2,
  )} ms   × bare verify ${spread(ratios.verify, 0)}`,
);
log(
  `issue (operation)        ${spread(
    rounds.map((r) => r.issueMs),
    2,
  )} ms   × bare sign   ${spread(ratios.issue, 0)}`,
);
log(
  `other processes' CPU     ${spread(
    rounds.map((r) => r.otherCpuPct),
    0,
  )} % of a core`,
);

await mkdir(path.join(here, 'results'), { recursive: true });
await writeFile(
  path.join(here, 'results', 'credentials-latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, n: N, bytes: bytes.length, results: rounds, ratios }, null, 2)}\n`,
);
await database.close();
