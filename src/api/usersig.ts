/**
 * TLSSigAPIv2 UserSig: generation (for the signing proxy) and verification (for the emulator).
 * Pure, synchronous and isomorphic; the clock is a parameter so callers and tests control time.
 * The algorithm, error codes and SDK differences follow ../shared/im-api/01a-usersig.md §3–§6.
 */
import { unzlibSync, zlibSync } from 'fflate';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** A UserSig's JSON fields, decoded but not verified (01a-usersig.md §3 step 4). */
export interface DecodedUserSig {
  /** `TLS.ver`, `"2.0"` for every v2 signature; absent if the document has none. */
  ver?: string;
  /** `TLS.identifier`: the UserID the sig was issued to. */
  identifier: string;
  /** `TLS.sdkappid`. */
  sdkAppId: number;
  /** `TLS.time`: issue time, Unix seconds. */
  time: number;
  /** `TLS.expire`: validity length in seconds, counted from `time`. */
  expire: number;
  /** `time + expire`: the last second at which the sig is still valid. */
  expiresAt: number;
  /** `TLS.userbuf` as it appears in the document (standard base64), when present. */
  userBufBase64?: string;
  /** The decoded `TLS.userbuf` bytes, when present. */
  userBuf?: Uint8Array;
  /** `TLS.sig`: the base64 HMAC-SHA256. */
  sig: string;
}

/** Outcome of `verifyUserSig`: the sig's times on success, otherwise the IM error code and why. */
export type UserSigVerifyResult =
  | { ok: true; time: number; expire: number; userBuf?: Uint8Array }
  | { ok: false; code: number; reason: string };

/**
 * Longest UserSig accepted, in characters. Real sigs are about 200 characters (more with a TRTC
 * userbuf); the cap keeps a hostile query parameter from inflating into megabytes.
 */
const MAX_USERSIG_CHARS = 8192;

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64_ALPHABET].map((ch, i) => [ch, i]));

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Standard base64 with `=` padding. */
function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += B64_ALPHABET[(n >> 18) & 63];
    out += B64_ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64_ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64_ALPHABET[n & 63] : '=';
  }
  return out;
}

/** Standard base64, padding optional; `null` on any character outside the alphabet or a bad length. */
function base64Decode(text: string): Uint8Array | null {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  if (text.length !== body.length && text.length % 4 !== 0) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of body) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** The UserSig alphabet swaps `+/=` for `*-_` (not RFC 4648 base64url; 01a-usersig.md §3 step 7). */
const toSigAlphabet = (b64: string): string => b64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
const fromSigAlphabet = (sig: string): string =>
  sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');

/** base64(HMAC-SHA256(utf8 key, string to sign)); the key's hex text is used as-is (01a-usersig.md §2–§3). */
function signatureOf(
  secretKey: string,
  identifier: string,
  sdkAppId: number,
  time: number,
  expire: number,
  userBufBase64?: string,
): string {
  let text = `TLS.identifier:${identifier}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  if (userBufBase64 !== undefined) text += `TLS.userbuf:${userBufBase64}\n`;
  return base64Encode(hmac(sha256, utf8Encoder.encode(secretKey), utf8Encoder.encode(text)));
}

/** Compares two strings in time that depends only on their lengths. */
function constantTimeEqual(a: string, b: string): boolean {
  const x = utf8Encoder.encode(a);
  const y = utf8Encoder.encode(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** An integer field; numeric strings are tolerated as harmless (01a-usersig.md §6). */
function integerField(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

function requireSafeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`genUserSig: ${name} must be an integer, got ${value}`);
}

/**
 * Issues a UserSig exactly as the official packages do: the JSON document of 01a-usersig.md §3
 * (Node key order), zlib level 6, base64 in the UserSig alphabet. Throws `RangeError` on a
 * non-integer number or an empty identifier or key, which are programming errors, not IM errors.
 */
export function genUserSig(opts: {
  sdkAppId: number;
  secretKey: string;
  identifier: string;
  expireSeconds: number;
  nowSeconds: number;
  userBuf?: Uint8Array;
}): string {
  const { sdkAppId, secretKey, identifier, expireSeconds, nowSeconds, userBuf } = opts;
  requireSafeInteger('sdkAppId', sdkAppId);
  requireSafeInteger('expireSeconds', expireSeconds);
  requireSafeInteger('nowSeconds', nowSeconds);
  if (identifier === '') throw new RangeError('genUserSig: identifier must not be empty');
  if (secretKey === '') throw new RangeError('genUserSig: secretKey must not be empty');
  const userBufBase64 = userBuf === undefined ? undefined : base64Encode(userBuf);
  const doc: Record<string, string | number> = {
    'TLS.ver': '2.0',
    'TLS.identifier': identifier,
    'TLS.sdkappid': sdkAppId,
    'TLS.time': nowSeconds,
    'TLS.expire': expireSeconds,
  };
  if (userBufBase64 !== undefined) doc['TLS.userbuf'] = userBufBase64;
  doc['TLS.sig'] = signatureOf(secretKey, identifier, sdkAppId, nowSeconds, expireSeconds, userBufBase64);
  const compressed = zlibSync(utf8Encoder.encode(JSON.stringify(doc)), { level: 6 });
  return toSigAlphabet(base64Encode(compressed));
}

/**
 * Decodes a UserSig's JSON fields without checking the HMAC (for showing who a sig is for and when
 * it expires). Accepts any valid zlib stream and any key order (01a-usersig.md §6); `null` when the
 * sig is empty, cannot be decoded, or lacks a required field.
 */
export function decodeUserSig(userSig: string): DecodedUserSig | null {
  if (userSig === '' || userSig.length > MAX_USERSIG_CHARS) return null;
  const compressed = base64Decode(fromSigAlphabet(userSig));
  if (compressed === null) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(utf8Decoder.decode(unzlibSync(compressed)));
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const fields = doc as Record<string, unknown>;
  const identifier = fields['TLS.identifier'];
  const sig = fields['TLS.sig'];
  const ver = fields['TLS.ver'];
  const userBufBase64 = fields['TLS.userbuf'];
  const sdkAppId = integerField(fields['TLS.sdkappid']);
  const time = integerField(fields['TLS.time']);
  const expire = integerField(fields['TLS.expire']);
  if (typeof identifier !== 'string' || typeof sig !== 'string') return null;
  if (sdkAppId === null || time === null || expire === null) return null;
  const decoded: DecodedUserSig = { identifier, sdkAppId, time, expire, expiresAt: time + expire, sig };
  if (typeof ver === 'string') decoded.ver = ver;
  if (userBufBase64 !== undefined) {
    if (typeof userBufBase64 !== 'string') return null;
    const userBuf = base64Decode(userBufBase64);
    if (userBuf === null) return null;
    decoded.userBufBase64 = userBufBase64;
    decoded.userBuf = userBuf;
  }
  return decoded;
}

/**
 * Verifies a UserSig against the request's SDKAppID and identifier and the app's key, in the order
 * of 01a-usersig.md §5: 70002 empty, 70003 undecodable, 70014 SDKAppID mismatch, 70013 identifier
 * mismatch, 70016 no key, 70001 expired (`now > time + expire`), 70009 HMAC mismatch. Kicks (70052)
 * are the caller's business: compare the returned `time` with the kick time.
 */
export function verifyUserSig(opts: {
  userSig: string;
  sdkAppId: number;
  identifier: string;
  secretKey: string;
  nowSeconds: number;
}): UserSigVerifyResult {
  const { userSig, sdkAppId, identifier, secretKey, nowSeconds } = opts;
  if (userSig === '') return { ok: false, code: 70002, reason: 'UserSig is empty' };
  const doc = decodeUserSig(userSig);
  if (doc === null) {
    return {
      ok: false,
      code: 70003,
      reason: 'UserSig cannot be decoded (base64, zlib or JSON fields invalid)',
    };
  }
  if (doc.sdkAppId !== sdkAppId) {
    return {
      ok: false,
      code: 70014,
      reason: `UserSig was issued for SDKAppID ${doc.sdkAppId}, not ${sdkAppId}`,
    };
  }
  if (doc.identifier !== identifier) {
    return {
      ok: false,
      code: 70013,
      reason: `UserSig was issued for identifier "${doc.identifier}", not "${identifier}"`,
    };
  }
  if (secretKey === '')
    return { ok: false, code: 70016, reason: 'No secret key is configured for this SDKAppID' };
  if (nowSeconds > doc.expiresAt) {
    return { ok: false, code: 70001, reason: `UserSig expired at ${doc.expiresAt} (now ${nowSeconds})` };
  }
  const expected = signatureOf(
    secretKey,
    doc.identifier,
    doc.sdkAppId,
    doc.time,
    doc.expire,
    doc.userBufBase64,
  );
  if (!constantTimeEqual(expected, doc.sig)) {
    return { ok: false, code: 70009, reason: 'UserSig signature does not match the secret key' };
  }
  return doc.userBuf === undefined
    ? { ok: true, time: doc.time, expire: doc.expire }
    : { ok: true, time: doc.time, expire: doc.expire, userBuf: doc.userBuf };
}
