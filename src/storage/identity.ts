/**
 * Stable identities: a UUID (v5, from the standard and the item id) that stays the same across
 * exports and editions while the id does, and a content hash that tells a changed item from an
 * unchanged one when an edition is loaded again.
 */
import { createHash } from 'node:crypto';

/** Kasip's own UUID namespace (a random v4, fixed forever). */
const KASIP_NAMESPACE = 'a3c1f0d2-5e8b-4c7a-9f61-2b4d8e0c7a15';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

/** RFC 9562 UUID version 5 (SHA-1, name-based). */
export function uuidV5(name: string, namespace = KASIP_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The UUID of an item of a standard: the same in every edition where the item keeps its id. */
export const itemUuid = (standardId: string, itemId: string): string => uuidV5(`${standardId}/${itemId}`);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A hash of a JSON value that ignores key order (jsonb reorders keys). */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex').slice(0, 32);
}
