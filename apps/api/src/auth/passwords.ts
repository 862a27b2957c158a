import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Verified against when the username does not exist, so both answers take the same time. */
const UNKNOWN_USER_HASH = hashPassword(randomBytes(16).toString('hex'));

export async function verifyAgainstNothing(password: string): Promise<false> {
  await verifyPassword(await UNKNOWN_USER_HASH, password);
  return false;
}

/** An opaque session token; only its SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
