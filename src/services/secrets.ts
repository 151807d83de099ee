/**
 * Random secrets and their hashes. Session ids, token secrets and one-time links are 256-bit
 * random strings; the database keeps only their SHA-256, so a leaked table opens no account.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newSecret = (prefix = '') => `${prefix}${randomBytes(32).toString('base64url')}`;
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
