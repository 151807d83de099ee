/**
 * Passwords are hashed with argon2id (OWASP's parameters: 19 MiB, 2 passes). An unknown email
 * is verified against a dummy hash of the same cost, so the answer takes as long as for a
 * wrong password and does not tell which accounts exist.
 */
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../domain/shared/errors.js';

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

let dummy: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword('not-a-real-password-but-the-same-cost');
  const target = passwordHash ?? (await dummy);
  try {
    const ok = await verify(target, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}

export function checkNewPassword(password: string, path = 'password'): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    const message = `a password has ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;
    throw new AppError('validation_failed', message, [{ path, message }]);
  }
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
