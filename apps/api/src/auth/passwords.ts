import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import fastq from 'fastq';
import { AppError } from '../http/app-error';

/**
 * argon2 runs on libuv's thread pool, four threads that static files, DNS and zlib share: at most two hashes or
 * verifications at a time leave two threads for the rest of the API, and a short waiting line bounds how long
 * anyone waits behind them (about five rounds of one verification).
 */
export const PASSWORD_WORK_CONCURRENCY = 2;
export const PASSWORD_WORK_WAITING = 8;
const PASSWORD_WORK_RETRY_AFTER_SECONDS = 1;

const passwordWork = fastq.promise((work: () => Promise<unknown>) => work(), PASSWORD_WORK_CONCURRENCY);

/** Beyond the waiting line, an answer at once: nothing is verified, nothing counted. */
export function refuseIfPasswordWorkIsBusy(): void {
  if (passwordWork.length() >= PASSWORD_WORK_WAITING) {
    throw new AppError(
      'SERVER_BUSY',
      'Too many sign-ins are being checked right now. Try again in a second.',
      {
        retryAfter: PASSWORD_WORK_RETRY_AFTER_SECONDS,
      },
    );
  }
}

async function queued<T>(work: () => Promise<T>): Promise<T> {
  refuseIfPasswordWorkIsBusy();
  return (await passwordWork.push(work)) as T;
}

export function hashPassword(password: string): Promise<string> {
  return queued(() => argon2.hash(password, { type: argon2.argon2id }));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return queued(() => argon2.verify(hash, password).catch(() => false));
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
