/**
 * An organisation's issuer: its key, made on first use inside the caller's transaction, its
 * rotation, and the DID document Kasip serves for a `did:web` issuer (every key, retired ones
 * included, so certificates signed before a rotation still verify).
 */
import { issuerIdentity, orgIdOfDidWeb, usesDidWeb } from '../../domain/certificates/issuer-did.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  type IssuerKeyRow,
  findCurrentIssuerKey,
  insertIssuerKey,
  listIssuerKeys,
  retireIssuerKeys,
} from '../../storage/repositories/issuer-key.repository.js';
import { DID_CONTEXT, type JsonObject, MULTIKEY_CONTEXT, generateKey } from './linked-data.js';

async function newKey(db: Executor, orgId: string, publicUrl: string, now: Date): Promise<IssuerKeyRow> {
  const pair = await generateKey();
  const identity = issuerIdentity(publicUrl, orgId, pair.publicKeyMultibase);
  const key = { orgId, id: crypto.randomUUID(), ...identity, ...pair, createdAt: now };
  await insertIssuerKey(db, key);
  return { ...key, retiredAt: null };
}

/** The key that signs new certificates; made now if the organisation has none (call inside a write). */
export async function currentIssuerKey(db: Executor, orgId: string, publicUrl: string, now: Date) {
  return (await findCurrentIssuerKey(db, orgId)) ?? newKey(db, orgId, publicUrl, now);
}

/** Retires the current key (kept for verification) and makes the next one. */
export async function rotateIssuerKey(db: Executor, orgId: string, publicUrl: string, now: Date) {
  const retired = await retireIssuerKeys(db, orgId, now);
  return { retired, key: await newKey(db, orgId, publicUrl, now) };
}

const methodOf = (did: string, key: IssuerKeyRow): JsonObject => ({
  id: key.verificationMethod,
  type: 'Multikey',
  controller: did,
  publicKeyMultibase: key.publicKeyMultibase,
});

/** The organisation's `did:web` document: every key it ever had may assert. */
export function didDocument(did: string, keys: IssuerKeyRow[]): JsonObject {
  const own = keys.filter((k) => k.controller === did);
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: own.map((k) => methodOf(did, k)),
    assertionMethod: own.map((k) => k.verificationMethod),
  };
}

/** A `did:web` of one of our organisations (or one of its keys), from the database; else null. */
export async function resolveOwnDid(db: Executor, publicUrl: string, url: string): Promise<JsonObject | null> {
  if (!url.startsWith('did:web:') || !usesDidWeb(publicUrl)) return null;
  const orgId = orgIdOfDidWeb(url, publicUrl);
  if (!orgId) return null;
  const [did = '', fragment] = url.split('#');
  const keys = await listIssuerKeys(db, orgId);
  const doc = didDocument(did, keys);
  if (fragment === undefined) return keys.length > 0 ? doc : null;
  const key = keys.find((k) => k.verificationMethod === url);
  return key ? { '@context': MULTIKEY_CONTEXT, ...methodOf(did, key) } : null;
}
