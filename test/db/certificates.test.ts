/**
 * Certificates through the pipeline, on each engine: issue → the credential verifies; any
 * changed leaf of the signed document fails (fast-check picks it); a copy re-signed with
 * another key under the same issuer fails; revocation fails the revocation check and the
 * summary says revoked; past validUntil (test clock) fails the expiry check; a certificate
 * signed before a key rotation still verifies; the same with a did:web issuer. Places in the
 * status list are drawn at random, and revoking one flips that place's bit and no other.
 */
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import { signCredential, generateKey, documentLoader } from '../../src/services/certificates/linked-data.js';
import { STATUS_LIST_SIZE, drawFreeIndex } from '../../src/services/certificates/status-lists.js';
import type { OpenDb } from '../../src/storage/db.js';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { type Caller, DAY, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { decidedCandidate } from '../support/credential-fixtures.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

type Json = Record<string, unknown>;

/** Every path to a leaf (string, number, boolean) of a JSON value. */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [at];
}

function changedAt(doc: Json, path: (string | number)[], salt: string): Json {
  const copy = structuredClone(doc);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const old = node[last];
  node[last] =
    typeof old === 'string'
      ? `${old}${salt}`
      : typeof old === 'number'
        ? old + 1
        : typeof old === 'boolean'
          ? !old
          : salt;
  return copy;
}

/** The set places of a served list (base64url after the multibase `u`, gzip, most significant bit first). */
function setBits(encodedList: string): number[] {
  const bytes = gunzipSync(Buffer.from(encodedList.replace(/^u/, ''), 'base64url'));
  const set: number[] = [];
  bytes.forEach((byte, at) => {
    for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) set.push(at * 8 + bit);
  });
  return set;
}

describe('drawing a free place', () => {
  it('draws again past taken places, and gives up with a clear error instead of looping', async () => {
    const draws = [5, 5, 9, 2];
    const taken = new Set([5, 9]);
    const seen: number[] = [];
    const draw = () => {
      const next = draws.shift() as number;
      seen.push(next);
      return next;
    };
    expect(await drawFreeIndex(async (i) => taken.has(i), 16, draw)).toBe(2);
    expect(seen).toEqual([5, 5, 9, 2]);
    let tries = 0;
    const error = await drawFreeIndex(
      async () => true,
      16,
      () => tries++,
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/no free place/);
    expect(tries).toBe(40);
  });
});

for (const mode of ['did:key', 'did:web'] as const)
  describe.each(testEngines)(`certificates (${mode}) on %s`, (engine) => {
    let database: OpenDb;
    let services: Services;
    let admin: Caller;
    let assessor: Caller;
    let orgId: string;
    let card: Card;
    let editionId: string;
    const clock = testClock(new Date('2026-12-01T06:00:00Z'));
    const publicUrl = mode === 'did:web' ? 'https://kasip.example.kz:8443' : 'http://127.0.0.1:8080';

    const run = <O>(op: { run: (i: never, c: never) => Promise<O> }, input: unknown, caller?: Caller) =>
      services.pipeline.execute(op as never, input as never, caller ? as(caller) : {}) as Promise<O>;
    const ops = () => services.ops.certificates;
    const issueOne = async (over: Parameters<typeof decidedCandidate>[1] extends infer T ? Partial<T> : never = {}) => {
      const { candidateId } = await decidedCandidate(database, { orgId, card, editionId, ...over });
      return run(ops().issue, { orgId, candidateId }, assessor);
    };
    const credentialOf = (id: string) => run(ops().get, { id }) as Promise<Json>;
    const verify = (credential: unknown, lang = 'en') => run(ops().verify, { credential, lang });

    beforeAll(async () => {
      database = await openTestDb(engine);
      services = createServices(database, {
        checkOutput: true,
        now: clock.now,
        accounts: { ...DEFAULT_ACCOUNTS, publicUrl },
      });
      const edition = await readEdition(BUNDLED_EDITION);
      await services.editions.load(edition);
      editionId = edition.meta.id;
      card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
      admin = await createAdmin(services, 'admin@kasip.test');
      orgId = await createOrg(services, admin, 'Біліктілікті бағалау орталығы');
      assessor = await addMember(services, admin, orgId, 'assessor@a.test', ['assessor']);
    });
    afterAll(async () => {
      await database?.close();
    });

    it('issues a signed Open Badges 3.0 credential that verifies, once per decision', async () => {
      const { candidateId } = await decidedCandidate(database, { orgId, card, editionId });
      const issued = await run(ops().issue, { orgId, candidateId }, assessor);
      expect(issued.number).toMatch(/^KSP-2026-\d{6}$/);
      expect(issued.url).toBe(`${publicUrl}/verify/${issued.id}`);
      const doc = await credentialOf(issued.id);
      expect(doc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
      expect((doc.proof as Json).cryptosuite).toBe('eddsa-rdfc-2022');
      const issuerId = (doc.issuer as Json).id as string;
      expect(issuerId.startsWith(mode)).toBe(true);
      if (mode === 'did:web') expect(issuerId).toBe(`did:web:kasip.example.kz%3A8443:api:v1:orgs:${orgId}:issuer`);
      const result = await verify(doc);
      expect(result).toMatchObject({
        valid: true,
        checks: { signature: 'passed', expiry: 'passed', revocation: 'passed' },
      });
      expect(result.reasons).toEqual([]);
      expect(result.credentialId).toBe(issued.id);
      // The decision now points at it, and a second issue is refused.
      await expect(run(ops().issue, { orgId, candidateId }, assessor)).rejects.toMatchObject({ code: 'conflict' });
      const summary = await run(ops().summary, { id: issued.id, lang: 'ru' });
      expect(summary).toMatchObject({
        status: 'valid',
        holderName: 'Асанова Әйгерім Серікқызы',
        number: issued.number,
      });
      expect(summary.functions).toHaveLength(card.labourFunctions.length);
      expect(summary.functions[0]).toMatchObject({ passed: true, theoryPercent: 80, practicalPercent: 90 });
      // The registry finds it by its exact number only.
      expect((await run(ops().lookup, { number: issued.number.toLowerCase() })).id).toBe(issued.id);
      await expect(run(ops().lookup, { number: 'KSP-2026-999999' })).rejects.toMatchObject({ code: 'not_found' });
    });

    it('gives places in the status list at random, and revocation flips exactly that place', async () => {
      const statusOf = async (id: string) => (await credentialOf(id)).credentialStatus as Json;
      const issued = [];
      for (let i = 0; i < 4; i++) issued.push(await issueOne({ name: `Random Place ${i}` }));
      const statuses = await Promise.all(issued.map((c) => statusOf(c.id)));
      const indices = statuses.map((s) => Number(s.statusListIndex));
      for (const index of indices) expect(index).toBeGreaterThanOrEqual(0);
      for (const index of indices) expect(index).toBeLessThan(STATUS_LIST_SIZE);
      expect(new Set(indices).size).toBe(indices.length);
      // In issue order, places given one after another would be n, n+1, n+2, n+3: random places are
      // that by chance with probability about 131,072⁻³.
      const consecutive = indices.every((index, i) => i === 0 || index === (indices[i - 1] as number) + 1);
      expect(consecutive, `indices ${indices.join(', ')}`).toBe(false);
      // Revoking one sets exactly its bit among these four.
      const [revoked] = issued as [(typeof issued)[number]];
      await run(ops().revoke, { orgId, credentialId: revoked.id, reason: 'random place check' }, assessor);
      const listUrl = (statuses[0] as Json).statusListCredential as string;
      const listId = listUrl.split('/').pop() as string;
      const list = (await run(ops().statusList, { orgId, listId })) as Json;
      const bits = setBits((list.credentialSubject as Json).encodedList as string);
      expect(bits).toContain(indices[0]);
      for (const index of indices.slice(1)) expect(bits).not.toContain(index);
      expect((await verify(await credentialOf(revoked.id))).reasons.map((r) => r.code)).toEqual(['revoked']);
      expect((await verify(await credentialOf((issued[1] as { id: string }).id))).valid).toBe(true);
    });

    it('refuses a candidate without a passing decision, with a clear reason', async () => {
      const { candidateId } = await decidedCandidate(database, { orgId, card, editionId, outcome: 'failed' });
      const error = await run(ops().issue, { orgId, candidateId }, assessor).catch((e) => e);
      expect(error).toMatchObject({ code: 'unprocessable' });
      expect(error.message).toMatch(/did not pass/);
      await expect(run(ops().issue, { orgId, candidateId: crypto.randomUUID() }, assessor)).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('fails verification when any leaf of the signed document changes', async () => {
      const issued = await issueOne();
      const doc = await credentialOf(issued.id);
      const paths = leaves(doc);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), fc.stringMatching(/^[a-z0-9]{1,6}$/), async (path, salt) => {
          const result = await verify(changedAt(doc, path, salt));
          expect(result.valid).toBe(false);
        }),
        { numRuns: 25 },
      );
    });

    it('fails a copy re-signed by another key under the same issuer id', async () => {
      const issued = await issueOne();
      const { proof: _proof, ...unsigned } = await credentialOf(issued.id);
      const other = await generateKey();
      const issuer = (unsigned.issuer as Json).id as string;
      for (const verificationMethod of [
        `${issuer}#${other.publicKeyMultibase}`,
        `did:key:${other.publicKeyMultibase}#${other.publicKeyMultibase}`,
      ]) {
        const forged = await signCredential(
          unsigned,
          { ...other, verificationMethod, controller: verificationMethod.split('#')[0] as string },
          clock.now(),
          documentLoader(async () => null),
        );
        const result = await verify(forged, 'kk');
        expect(result.valid).toBe(false);
        expect(result.checks.signature).toBe('failed');
        expect(result.reasons[0]?.message).toMatch(/[әіңғүұқөһ]/);
      }
    });

    it('after revocation the revocation check fails and the summary says revoked', async () => {
      const issued = await issueOne({ name: 'Revoked Person' });
      await run(ops().revoke, { orgId, credentialId: issued.id, reason: 'Құжаттар жалған болып шықты' }, assessor);
      const result = await verify(await credentialOf(issued.id));
      expect(result).toMatchObject({ valid: false, checks: { signature: 'passed', revocation: 'failed' } });
      expect(result.reasons.map((r) => r.code)).toEqual(['revoked']);
      expect((await run(ops().summary, { id: issued.id })).status).toBe('revoked');
      await expect(
        run(ops().revoke, { orgId, credentialId: issued.id, reason: 'again' }, assessor),
      ).rejects.toMatchObject({ code: 'conflict' });
      // The others in the same list stay valid.
      const list = await run(ops().list, { orgId }, assessor);
      const valid = list.certificates.find((c) => c.revokedAt === null) as { id: string };
      expect((await verify(await credentialOf(valid.id))).valid).toBe(true);
    });

    it('past validUntil the expiry check fails', async () => {
      const issued = await issueOne({ validityMonths: 1 });
      const doc = await credentialOf(issued.id);
      clock.advance(40 * DAY);
      try {
        const result = await verify(doc);
        expect(result).toMatchObject({
          valid: false,
          checks: { signature: 'passed', expiry: 'failed', revocation: 'passed' },
        });
        expect((await run(ops().summary, { id: issued.id })).status).toBe('expired');
      } finally {
        clock.advance(-40 * DAY);
      }
    });

    it('keeps certificates signed before a key rotation valid, and signs new ones with the new key', async () => {
      const before = await issueOne();
      const oldDoc = await credentialOf(before.id);
      const rotated = await run(ops().rotate, { orgId }, assessor);
      expect(rotated.retired).toBe(1);
      const after = await issueOne();
      const newDoc = await credentialOf(after.id);
      expect((newDoc.proof as Json).verificationMethod).toBe(rotated.verificationMethod);
      expect((oldDoc.proof as Json).verificationMethod).not.toBe(rotated.verificationMethod);
      expect((await verify(oldDoc)).valid).toBe(true);
      expect((await verify(newDoc)).valid).toBe(true);
      // Revocation still reaches a certificate of the retired key.
      await run(ops().revoke, { orgId, credentialId: before.id, reason: 'after rotation' }, assessor);
      expect((await verify(oldDoc)).reasons.map((r) => r.code)).toEqual(['revoked']);
      if (mode === 'did:web') {
        const didDoc = await run(ops().did, { orgId });
        expect(didDoc.verificationMethod.length).toBeGreaterThanOrEqual(2);
        expect(didDoc.assertionMethod).toContain((oldDoc.proof as Json).verificationMethod);
      }
    });

    it('answers any JSON handed in (and any credential with a leaf replaced by any JSON) with invalid, never an error', async () => {
      const doc = await credentialOf((await issueOne()).id);
      const paths = leaves(doc);
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), fc.constantFrom(...paths), async (junk, path) => {
          expect((await verify(junk)).valid).toBe(false);
          const copy = structuredClone(doc);
          let node: Record<string | number, unknown> = copy;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
          const last = path[path.length - 1] as string | number;
          if (JSON.stringify(node[last]) === JSON.stringify(junk)) return;
          node[last] = junk;
          expect((await verify(copy)).valid).toBe(false);
        }),
        { numRuns: 20 },
      );
    });

    it('refuses what is not a credential without throwing', async () => {
      for (const junk of [null, 'text', 42, [], {}, { proof: {} }, { '@context': [], proof: { type: 'x' } }]) {
        const result = await verify(junk);
        expect(result.valid).toBe(false);
        expect(result.checks.signature).toBe('failed');
      }
    });
  });
