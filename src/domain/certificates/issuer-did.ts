/**
 * Who signs an organisation's certificates. With an https public address the issuer is a
 * `did:web` under Kasip's own API (any verifier resolves it from Kasip's server, and it stays the
 * same when the key is rotated); otherwise (tests, a laptop) it is the `did:key` of the current
 * key, which a verifier resolves from the identifier alone, with no server at all. Pure.
 */

/** `did:web` needs https: a DID resolver fetches `https://<host>/…/did.json` and nothing else. */
export const usesDidWeb = (publicUrl: string): boolean => publicUrl.startsWith('https://');

/**
 * `did:web:kasip.example.kz%3A8443:api:v1:orgs:<orgId>:issuer` for
 * `https://kasip.example.kz:8443`; resolves to `…/api/v1/orgs/<orgId>/issuer/did.json`. A path
 * in the public address (Kasip behind a prefix) becomes more colon-separated segments.
 */
export function didWebOf(publicUrl: string, orgId: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const prefix = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map(encodeURIComponent);
  return ['did:web', host, ...prefix, 'api', 'v1', 'orgs', orgId, 'issuer'].join(':');
}

/** The organisation a `did:web` of this Kasip names, or null for any other DID. */
export function orgIdOfDidWeb(did: string, publicUrl: string): string | null {
  if (!usesDidWeb(publicUrl)) return null;
  const base = did.split('#')[0] ?? '';
  const match = /:api:v1:orgs:([0-9a-f-]{36}):issuer$/.exec(base);
  if (!match?.[1]) return null;
  return didWebOf(publicUrl, match[1]) === base ? match[1] : null;
}

export const didKeyOf = (publicKeyMultibase: string): string => `did:key:${publicKeyMultibase}`;

/** The issuer DID and the key's verification method id for one key of an organisation. */
export function issuerIdentity(publicUrl: string, orgId: string, publicKeyMultibase: string) {
  const controller = usesDidWeb(publicUrl) ? didWebOf(publicUrl, orgId) : didKeyOf(publicKeyMultibase);
  return { controller, verificationMethod: `${controller}#${publicKeyMultibase}` };
}
