/**
 * `kasip demo load` on each engine: into an empty database it makes the demo centre, the bank,
 * a completed session and two certificates, the first valid and the second revoked; a second
 * load is refused and changes nothing. The CLI's --json prints exactly one parseable object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { AppError } from '../../src/domain/shared/errors.js';
import { type DemoLoadResult, loadDemo } from '../../src/services/demo/load-demo.js';
import { createServices, type Services } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { OPERATOR, signIn } from '../support/callers.js';
import { embeddedAlreadyRan, openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

describe.each(testEngines)('demo load on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let result: DemoLoadResult;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    result = await loadDemo(services);
  }, 240_000);
  afterAll(async () => database?.close());

  it('makes the demo centre with the reviewed bank and a published specification, all marked demo', async () => {
    expect(result.orgName).toBe('Демо бағалау орталығы (DEMO)');
    const assessor = await signIn(services, result.assessor.email, result.assessor.password);
    const as = { credentials: assessor.credentials };
    const items = await services.pipeline.execute(services.ops.instruments.itemsList, { orgId: result.orgId }, as);
    expect(items.items.length).toBe(result.items);
    expect(items.items.every((i) => i.demo)).toBe(true);
    // Every Kazakh question reviewed (at least one per knowledge item); the Russian twins wait as drafts.
    const reviewed = items.items.filter((i) => i.status === 'reviewed');
    expect(reviewed.every((i) => i.content.lang === 'kk')).toBe(true);
    expect(new Set(reviewed.flatMap((i) => i.content.knowledgeIds)).size).toBe(21);
    expect(items.items.filter((i) => i.status === 'draft').every((i) => i.content.lang === 'ru')).toBe(true);
    const spec = await services.pipeline.execute(
      services.ops.instruments.specsGet,
      { orgId: result.orgId, specId: result.specId },
      as,
    );
    expect(spec).toMatchObject({ status: 'published', demo: true });
    expect(spec.content.practicalTaskIds).toHaveLength(10);
  });

  it('completes a session of three demo candidates: two passed, one failed, with two certificates', async () => {
    expect(result.candidates.map((c) => c.outcome)).toEqual(['passed', 'passed', 'failed']);
    expect(result.candidates.every((c) => c.fullName.endsWith('(DEMO)'))).toBe(true);
    const session = await services.pipeline.execute(
      services.ops.sessions.get,
      { orgId: result.orgId, sessionId: result.sessionId },
      OPERATOR,
    );
    expect(session).toMatchObject({ status: 'completed', demo: true });
    // Demo because its specification is: the session and its candidates take the flag from it.
    const candidates = await database.db
      .selectFrom('session_candidate')
      .select('demo')
      .where('session_id', '=', result.sessionId)
      .execute();
    expect(candidates.map((c) => c.demo)).toEqual([true, true, true]);
    expect(session.candidates.map((c) => c.progress.state)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(result.credentials.map((c) => c.revoked)).toEqual([false, true]);
    const results = [];
    for (const c of result.candidates) {
      const shown = await services.pipeline.execute(
        services.ops.decisions.get,
        { orgId: result.orgId, candidateId: c.id },
        OPERATOR,
      );
      results.push(shown.functionResults.map((r) => [r.theoryPercent, r.practicalPercent, r.criticalMissed]));
    }
    // 21, 18 and 7 questions of 21 right; the third misses every critical criterion.
    expect(results).toEqual([[[100, 100, false]], [[85.7, 100, false]], [[33.3, expect.any(Number), true]]]);
    expect(result.credentials.map((c) => c.holderName)).toEqual(result.candidates.slice(0, 2).map((c) => c.fullName));
  });

  it('gives credentials that GET /credentials/{id} answers: the first verifies valid, the second revoked', async () => {
    const [kept, revoked] = result.credentials as [
      DemoLoadResult['credentials'][number],
      DemoLoadResult['credentials'][number],
    ];
    const verify = async (id: string) => {
      const credential = await services.pipeline.execute(services.ops.certificates.get, { id });
      return services.pipeline.execute(services.ops.certificates.verify, { credential });
    };
    const first = await verify(kept.id);
    expect(first.valid).toBe(true);
    expect(first.checks).toEqual({ signature: 'passed', expiry: 'passed', revocation: 'passed' });
    const second = await verify(revoked.id);
    expect(second.valid).toBe(false);
    expect(second.checks.signature).toBe('passed');
    expect(second.checks.revocation).toBe('failed');
    const summary = await services.pipeline.execute(services.ops.certificates.summary, { id: revoked.id });
    expect(summary).toMatchObject({ status: 'revoked', demo: true });
    expect((await services.pipeline.execute(services.ops.certificates.summary, { id: kept.id })).status).toBe('valid');
  });

  it('gives ids that GET /api/v1/credentials/{id} serves and POST /api/v1/credentials:verify judges', async () => {
    const app = createApp({ services });
    const verdicts = [];
    for (const c of result.credentials) {
      const got = await app.request(`/api/v1/credentials/${c.id}`);
      expect(got.status).toBe(200);
      const credential = (await got.json()) as { id: string };
      expect(credential.id).toMatch(new RegExp(`/api/v1/credentials/${c.id}$`));
      const verified = await app.request('/api/v1/credentials:verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credential),
      });
      expect(verified.status).toBe(200);
      verdicts.push(((await verified.json()) as { valid: boolean }).valid);
    }
    expect(verdicts).toEqual([true, false]);
  });

  it('refuses a second load, naming what is there, and adds nothing', async () => {
    const before = await services.pipeline.execute(services.ops.orgs.list, {}, OPERATOR);
    const error = await loadDemo(services).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).message).toMatch(/empty database only.*Демо бағалау орталығы \(DEMO\)/);
    expect(await services.pipeline.execute(services.ops.orgs.list, {}, OPERATOR)).toEqual(before);
  });
});

// The command on the embedded engine: already run in `npm test` when CI's server-only pass comes.
describe.skipIf(embeddedAlreadyRan)('kasip demo load (the command)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-demo-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const kasip = (args: string[]) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', KASIP_DATA_DIR: dataDir, KASIP_PUBLIC_URL: 'https://kasip.example' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    return { code: child.status, out: child.stdout, err: child.stderr };
  };

  it('prints exactly one JSON object with the two credentials, then refuses a second load', () => {
    const first = kasip(['demo', 'load', '--json']);
    expect(first.err).not.toMatch(/unexpected error/);
    expect(first.code).toBe(0);
    const printed = JSON.parse(first.out) as DemoLoadResult;
    expect(printed).toMatchObject({ demo: true, orgName: 'Демо бағалау орталығы (DEMO)' });
    expect(printed.credentials.map((c) => ({ id: c.id, revoked: c.revoked }))).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), revoked: false },
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), revoked: true },
    ]);
    expect(printed.candidates).toHaveLength(3);
    expect(printed.assessor).toEqual({
      email: 'demo.assessor@example.com',
      password: 'kasip-demo-assessor',
      displayName: 'Демо бағалаушы (DEMO)',
      signInUrl: 'https://kasip.example/signin',
    });
    expect(printed.credentials[0]?.verifyUrl).toBe(`https://kasip.example/verify/${printed.credentials[0]?.id}`);

    const second = kasip(['demo', 'load', '--json']);
    expect(second.code).toBe(4);
    expect(second.out).toBe('');
    expect(second.err).toMatch(/empty database only/);
  }, 300_000);
});
