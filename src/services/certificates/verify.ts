/**
 * Verification of a credential anybody hands in: its proof (with the issuer's key resolved from
 * `did:key` or from Kasip's own `did:web` documents, never fetched), whether the issuer is one
 * of Kasip's organisations, its period against the pipeline's clock, and its place in the
 * revocation list. Each is reported apart, with the reason in the reader's language.
 */
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import { credentialIdOf } from '../../domain/certificates/open-badge.js';
import { type ReasonCode, type Verification, verificationOf } from '../../domain/certificates/verification.js';
import type { Lang } from '../../domain/shared/localize.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { findCredential } from '../../storage/repositories/credential.repository.js';
import { findIssuerKeysByController } from '../../storage/repositories/issuer-key.repository.js';
import { resolveOwnDid } from './issuer.js';
import { type JsonObject, checkProof, documentLoader, verifyingSuite } from './linked-data.js';
import { statusListAddress, statusListCredential } from './status-lists.js';

/** Kasip's loader for verification: bundled contexts, did:key, and what this Kasip serves itself. */
export function kasipLoader(db: Executor, publicUrl: string, now: Date) {
  return documentLoader(async (url) => {
    const did = await resolveOwnDid(db, publicUrl, url);
    if (did) return did;
    const list = statusListAddress(publicUrl, url);
    return list ? statusListCredential(db, publicUrl, list.orgId, list.listId, now) : null;
  });
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const issuerIdOf = (credential: JsonObject): string | null => {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : null;
};

function periodFailures(credential: JsonObject, now: Date): ReasonCode[] {
  const from = Date.parse(String(credential.validFrom ?? ''));
  const until = Date.parse(String(credential.validUntil ?? ''));
  const failures: ReasonCode[] = [];
  if (!Number.isNaN(until) && now.getTime() > until) failures.push('expired');
  if (!Number.isNaN(from) && now.getTime() < from) failures.push('not-yet-valid');
  return failures;
}

export async function verifyDocument(
  db: Executor,
  publicUrl: string,
  credential: unknown,
  now: Date,
  lang: Lang,
): Promise<Verification> {
  if (!isObject(credential) || !isObject(credential.proof) || !Array.isArray(credential['@context']))
    return verificationOf(['not-a-credential'], ['expiry', 'revocation'], lang, null);
  const idInKasip = typeof credential.id === 'string' ? credentialIdOf(credential.id) : null;
  const known = idInKasip ? await findCredential(db, idInKasip) : undefined;
  const credentialId = known ? known.id : null;
  const loader = kasipLoader(db, publicUrl, now);
  const proof = await checkProof(credential, loader);
  if (!proof.verified)
    return verificationOf(
      [proof.unknownIssuer ? 'unknown-issuer' : 'signature-invalid'],
      ['expiry', 'revocation'],
      lang,
      credentialId,
    );
  // A sound proof by a key Kasip never held is somebody else's credential, not a Kasip certificate.
  const issuer = issuerIdOf(credential);
  if (!issuer || (await findIssuerKeysByController(db, issuer)).length === 0)
    return verificationOf(['unknown-issuer'], ['expiry', 'revocation'], lang, credentialId);
  const failures = periodFailures(credential, now);
  const notChecked: ('expiry' | 'revocation')[] = [];
  if (isObject(credential.credentialStatus)) {
    try {
      const status = await statusList.checkStatus({ credential, documentLoader: loader, suite: verifyingSuite() });
      if (!status.verified) failures.push('status-unavailable');
      else if (status.results?.some((r) => r.status)) failures.push('revoked');
    } catch {
      failures.push('status-unavailable');
    }
  } else notChecked.push('revocation');
  return verificationOf(failures, notChecked, lang, credentialId);
}
