/**
 * Operator passwords: node:crypto scrypt (memory-hard) with a per-password random salt, encoded with
 * its parameters (`scrypt$N$r$p$salt$hash`, base64url) so they can be raised later without breaking
 * stored hashes. Comparison is timing-safe. Passwords are never logged or stored.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The default cost: N = 2^15, r = 8, p = 1 (32 MiB per hash, ~50–100 ms on a server core). */
export const defaultScryptParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // 128 · N · r bytes are needed; the default maxmem (32 MiB) is exactly N = 2^15, so leave headroom.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Hashes a password with a fresh salt; the result holds its parameters. */
export async function hashPassword(
  password: string,
  params: ScryptParams = defaultScryptParams,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const ENCODED = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{1,64})\$([A-Za-z0-9_-]{1,128})$/;

/** Whether `password` matches `encoded`; false (never throws) for a malformed hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const m = ENCODED.exec(encoded);
  if (!m) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5]!, 'base64url');
  try {
    const key = await derive(password, Buffer.from(m[4]!, 'base64url'), params);
    return key.length === expected.length && timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password nobody knows, checked when a login names an unknown or disabled
 * account so that the answer takes as long as for a real one (no user enumeration by timing).
 */
export function createDummyHash(params: ScryptParams = defaultScryptParams): Promise<string> {
  return hashPassword(randomBytes(24).toString('base64url'), params);
}

/** A random password for a new operator or a reset: 20 characters of base64url (120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
