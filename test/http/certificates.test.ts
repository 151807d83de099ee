/**
 * The certificates' fixed API points over HTTP: `POST /api/v1/credentials:verify` (the colon is
 * part of the path), the credential as JSON-LD, the summary, the registry lookup, the did:web
 * document and the status list, with their cache headers, and problem+json for garbage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { type App, createApp } from '../../src/http/app.js';
import { MAX_BODY_BYTES } from '../../src/http/operation-route.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Browser, browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { issuedOverHttp } from '../support/credential-fixtures.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

type Json = Record<string, unknown>;
const PUBLIC_URL = 'https://kasip.example.kz';

describe('certificates over HTTP', () => {
  let database: OpenDb;
  let app: App;
  let orgAdmin: Browser;
  let anonymous: Browser;
  let orgId: string;
  let issued: { id: string; number: string };
  let credential: Json;

  const post = (path: string, body: string, type = 'application/json') =>
    app.request(`/api${path}`, { method: 'POST', headers: { 'content-type': type, 'x-test-ip': '192.0.2.9' }, body });

  beforeAll(async () => {
    database = await openTestDb('pglite');
    const services = createServices(database, {
      checkOutput: true,
      accounts: { ...DEFAULT_ACCOUNTS, publicUrl: PUBLIC_URL },
    });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services, clientIp: testClientIp });
    await seedUser(database, 'cert-admin@example.kz', ['admin']);
    orgAdmin = await signIn(app, 'cert-admin@example.kz');
    anonymous = browser(app);
    orgId = (await orgAdmin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'assessment-centre' }))
      .id;
    issued = await issuedOverHttp(database, orgId, orgAdmin.json);
    credential = await anonymous.json<Json>('GET', `/v1/credentials/${issued.id}`);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('serves the signed credential to anyone, never cached', async () => {
    const res = await anonymous.request('GET', `/v1/credentials/${issued.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(credential.id).toBe(`${PUBLIC_URL}/api/v1/credentials/${issued.id}`);
    expect((credential.issuer as Json).id).toBe(`did:web:kasip.example.kz:api:v1:orgs:${orgId}:issuer`);
    const missing = await anonymous.request('GET', `/v1/credentials/${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await anonymous.request('GET', '/v1/credentials/not-an-id')).status).toBe(400);
  });

  it('verifies at POST /api/v1/credentials:verify, JSON or JSON-LD, with reasons in the asked language', async () => {
    const res = await post('/v1/credentials:verify', JSON.stringify(credential), 'application/ld+json');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      valid: true,
      checks: { signature: 'passed', expiry: 'passed', revocation: 'passed' },
    });
    const forged = { ...credential, validUntil: '2099-01-01T00:00:00Z' };
    const bad = await post('/v1/credentials:verify?lang=ru', JSON.stringify(forged));
    const body = (await bad.json()) as { valid: boolean; reasons: { code: string; message: string }[] };
    expect(body.valid).toBe(false);
    expect(body.reasons[0]).toMatchObject({ code: 'signature-invalid' });
    expect(body.reasons[0]?.message).toMatch(/Подпись/);
    // The colon is literal: another verb in its place is not this route.
    expect((await post('/v1/credentials:check', JSON.stringify(credential))).status).toBe(404);
  });

  it('refuses a credential body over the request bound with a 400', async () => {
    const over = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await post('/v1/credentials:verify', over, 'application/json');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/larger than/);
  });

  it('answers garbage with problem+json, never a 500', async () => {
    for (const [body, type] of [
      ['{not json', 'application/json'],
      ['<xml/>', 'application/xml'],
      ['', 'application/json'],
      ['[1,2,3]', 'application/json'],
      ['"text"', 'application/json'],
      ['{"@context":5,"proof":{}}', 'application/json'],
    ] as const) {
      const res = await post('/v1/credentials:verify', body, type);
      expect(res.status, body).toBeLessThan(500);
      if (res.status !== 200) expect(res.headers.get('content-type'), body).toContain('application/problem+json');
      else expect(((await res.json()) as { valid: boolean }).valid, body).toBe(false);
    }
  });

  it('gives the page its summary and finds a certificate by its exact number only', async () => {
    const summary = await anonymous.json<Json>('GET', `/v1/credentials/${issued.id}/summary?lang=en`);
    expect(summary).toMatchObject({ id: issued.id, status: 'valid', number: issued.number });
    const found = await anonymous.json<Json>('GET', `/v1/certificates/${issued.number}`);
    expect(found.id).toBe(issued.id);
    // Typed in lower case, it is the same number.
    expect((await anonymous.json<Json>('GET', `/v1/certificates/${issued.number.toLowerCase()}`)).id).toBe(issued.id);
    expect((await anonymous.request('GET', `/v1/certificates/${encodeURIComponent('Асанова')}`)).status).toBe(400);
    expect((await anonymous.request('GET', '/v1/certificates/KSP-2026-999999')).status).toBe(404);
    // No listing: the collection itself is not a route.
    expect((await anonymous.request('GET', '/v1/certificates')).status).toBe(404);
  });

  it('serves the did:web document and the signed status list publicly', async () => {
    const did = await anonymous.request('GET', `/v1/orgs/${orgId}/issuer/did.json`);
    expect(did.status).toBe(200);
    const doc = (await did.json()) as { id: string; assertionMethod: string[] };
    expect(doc.id).toBe((credential.issuer as Json).id);
    expect(doc.assertionMethod).toContain((credential.proof as Json).verificationMethod);
    const listUrl = (credential.credentialStatus as { statusListCredential: string }).statusListCredential;
    const list = await anonymous.request('GET', new URL(listUrl).pathname.replace(/^\/api/, ''));
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toContain('public');
    expect(((await list.json()) as Json).type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
  });

  it('prints the PDF for the organisation only', async () => {
    const res = await orgAdmin.request('GET', `/v1/orgs/${orgId}/certificates/${issued.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await anonymous.request('GET', `/v1/orgs/${orgId}/certificates/${issued.id}/pdf`)).status).toBe(401);
  });
});
