/**
 * UserSig sign/verify against the vendor's known answers (the §7 vectors of
 * ../shared/im-api/01a-usersig.md, copied here) and against Tencent's own npm package.
 */
import { createRequire } from 'node:module';
import { deflateSync, inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUserSig, genUserSig, verifyUserSig } from './usersig';

/** The official package is CommonJS without typings (01a-usersig.md §9). */
interface OfficialApi {
  genUserSig(userid: string, expire: number): string;
  genSig(userid: string, expire: number, userBuf?: Uint8Array | string | null): string;
}
const { Api } = createRequire(import.meta.url)('tls-sig-api-v2') as {
  Api: new (sdkappid: number | string, key: string) => OfficialApi;
};

const README_KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const KEY_C = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

interface Vector {
  name: string;
  sdkAppId: number;
  key: string;
  identifier: string;
  expire: number;
  time: number;
  userBuf?: string;
  userSig: string;
  json: string;
}

const vectors: Vector[] = [
  {
    name: 'A (README identity)',
    sdkAppId: 1400000000,
    key: README_KEY,
    identifier: 'xiaojun',
    expire: 15552000,
    time: 1700000000,
    userSig:
      'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMiUZOamKlkZmqOKplYUZBaBxE1NTY3gosWZ6UpWSj5ljuYp*p7l5unBxXnF2WVhVU4uAf7Ozi5JpX7O5SbuHuUhzgZJmQXaTia2SrUAohcx8g__',
    json: '{"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":15552000,"TLS.sig":"LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4="}',
  },
  {
    name: 'B (administrator, one day)',
    sdkAppId: 1400000000,
    key: README_KEY,
    identifier: 'administrator',
    expire: 86400,
    time: 1700000000,
    userSig:
      'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl*UVQBcUp2YkFBZkpSlaGJgZQAJEpycxNVbIyNEcVTa0oyCxKVbKyMDOBCRVnpitZKVX6OKZql5uHh6aGlhYmhVlm6IdEmFuUGhnmh7hnamdaRhUYlhoHFORFmhnYKtUCAK0SM5I_',
    json: '{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":86400,"TLS.sig":"yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60="}',
  },
  {
    name: 'C (different app and key)',
    sdkAppId: 1600000001,
    key: KEY_C,
    identifier: 'user_01-test',
    expire: 604800,
    time: 1700000000,
    userSig:
      'eJw1ycEKgkAUheF3udvK7kRqDrQQDVu0SyRXYXiLi9RMM6MU0bsHjp3d*f4PlIdjMJABCasAYT5*bunh*Moj95bMGcXCkXVTt23XaM0tSBGhn-DF8Z1AinhS9EovzYZARrje-M3yDSTkexGyauJhZt-LuitMFnb5pUr6NOMCVY2lPqVPV6lkt4XvDzhoMt4_',
    json: '{"TLS.ver":"2.0","TLS.identifier":"user_01-test","TLS.sdkappid":1600000001,"TLS.time":1700000000,"TLS.expire":604800,"TLS.sig":"DH15ioa7v+sy/YkGrC5kDbV9uACiG0oY0TpXAqtVo9E="}',
  },
  {
    name: 'D (with userbuf)',
    sdkAppId: 1400000000,
    key: README_KEY,
    identifier: 'xiaojun',
    expire: 86400,
    time: 1700000000,
    userBuf: 'hello-userbuf',
    userSig:
      'eJxVjUELgjAYhv-Ldw7RkhwDD0UgmEWUlnlTN3W22dg0rOi-B6aH3tvzPIf3DWFwMh5UAYa5YcJsYEZo07KCDbpn6b3umjFpckulZASwZZvjfqVlggK2nH9Le8kUBYyW9qQ6TVXWFYAh9c4681BL4j3PhW8lpetOP6wEDNuF3kVOWB0QpasL55LHm7rmi6sI5HP90l50FFWeKN9BLny*OYU*CQ__',
    json: '{"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":86400,"TLS.userbuf":"aGVsbG8tdXNlcmJ1Zg==","TLS.sig":"K3sMU7ThP8eeAWllplXDjjl3YmLpyBzsGURmhcZrJ78="}',
  },
];

/** Vector E: vector B's JSON re-compressed with zlib level 0, as the Go library does (01a-usersig.md §7). */
const VECTOR_E =
  'eAEBrgBR-3siVExTLnZlciI6IjIuMCIsIlRMUy5pZGVudGlmaWVyIjoiYWRtaW5pc3RyYXRvciIsIlRMUy5zZGthcHBpZCI6MTQwMDAwMDAwMCwiVExTLnRpbWUiOjE3MDAwMDAwMDAsIlRMUy5leHBpcmUiOjg2NDAwLCJUTFMuc2lnIjoieUxBZSt3N1dVZVV1cWJWOWgvVFg3OHUyMW9UR2kraTlacDF1M1Bwblk2MD0ifa0SM5I_';

const vectorB = vectors[1]!;

const enc = new TextEncoder();

/** Inflates a UserSig with Node's own zlib: an independent decoder for our output. */
function nodeInflate(userSig: string): string {
  const b64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  return inflateSync(Buffer.from(b64, 'base64')).toString('utf8');
}

/** Builds a UserSig from arbitrary JSON text with Node's zlib, for tampered and foreign-SDK documents. */
function nodeDeflate(json: string, level = 6): string {
  return deflateSync(Buffer.from(json, 'utf8'), { level })
    .toString('base64')
    .replace(/\+/g, '*')
    .replace(/\//g, '-')
    .replace(/=/g, '_');
}

/** Deterministic PRNG (mulberry32) so the cross-check explores many inputs but always the same ones. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('genUserSig', () => {
  it.each(vectors)('vector $name: produces the documented JSON document and the vendor HMAC', (v) => {
    const userSig = genUserSig({
      sdkAppId: v.sdkAppId,
      secretKey: v.key,
      identifier: v.identifier,
      expireSeconds: v.expire,
      nowSeconds: v.time,
      ...(v.userBuf === undefined ? {} : { userBuf: enc.encode(v.userBuf) }),
    });
    // fflate and Node's zlib emit different (equally valid) deflate streams, so compare the document.
    expect(nodeInflate(userSig)).toBe(v.json);
    expect(userSig).toMatch(/^eJ[A-Za-z0-9*_-]+$/);
    expect(userSig).not.toMatch(/[+/=]/);
  });

  it('rejects non-integer numbers and empty identifier or key', () => {
    const base = { sdkAppId: 1400000000, secretKey: 'k', identifier: 'a', expireSeconds: 60, nowSeconds: 1 };
    expect(() => genUserSig({ ...base, nowSeconds: 1.5 })).toThrow(RangeError);
    expect(() => genUserSig({ ...base, sdkAppId: Number.NaN })).toThrow(RangeError);
    expect(() => genUserSig({ ...base, expireSeconds: Infinity })).toThrow(RangeError);
    expect(() => genUserSig({ ...base, identifier: '' })).toThrow(RangeError);
    expect(() => genUserSig({ ...base, secretKey: '' })).toThrow(RangeError);
  });
});

describe('verifyUserSig', () => {
  it.each(vectors)('vector $name: the official string verifies', (v) => {
    const result = verifyUserSig({
      userSig: v.userSig,
      sdkAppId: v.sdkAppId,
      identifier: v.identifier,
      secretKey: v.key,
      nowSeconds: v.time,
    });
    const expected = v.userBuf === undefined ? {} : { userBuf: enc.encode(v.userBuf) };
    expect(result).toEqual({ ok: true, time: v.time, expire: v.expire, ...expected });
  });

  const table: {
    sdkAppId: number;
    identifier: string;
    key: string;
    now: number;
    userSig?: string;
    code: number;
  }[] = [
    { sdkAppId: 1400000000, identifier: 'administrator', key: README_KEY, now: 1700000000, code: 0 },
    { sdkAppId: 1400000000, identifier: 'administrator', key: README_KEY, now: 1700086400, code: 0 },
    { sdkAppId: 1400000000, identifier: 'administrator', key: README_KEY, now: 1700086401, code: 70001 },
    { sdkAppId: 1400000001, identifier: 'administrator', key: README_KEY, now: 1700000000, code: 70014 },
    { sdkAppId: 1400000000, identifier: 'admin', key: README_KEY, now: 1700000000, code: 70013 },
    { sdkAppId: 1400000000, identifier: 'administrator', key: KEY_C, now: 1700000000, code: 70009 },
    {
      sdkAppId: 1400000000,
      identifier: 'administrator',
      key: README_KEY,
      now: 1700000000,
      userSig: 'abc',
      code: 70003,
    },
    {
      sdkAppId: 1400000000,
      identifier: 'administrator',
      key: README_KEY,
      now: 1700000000,
      userSig: '',
      code: 70002,
    },
  ];
  it.each(table)('vector B table: $identifier@$sdkAppId now=$now → $code', (row) => {
    const result = verifyUserSig({
      userSig: row.userSig ?? vectorB.userSig,
      sdkAppId: row.sdkAppId,
      identifier: row.identifier,
      secretKey: row.key,
      nowSeconds: row.now,
    });
    if (row.code === 0) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, code: row.code, reason: expect.any(String) });
  });

  it('vector E (stored deflate, as the Go library emits) verifies like vector B', () => {
    const args = { sdkAppId: 1400000000, identifier: 'administrator', secretKey: README_KEY };
    expect(verifyUserSig({ ...args, userSig: VECTOR_E, nowSeconds: 1700000000 })).toEqual({
      ok: true,
      time: 1700000000,
      expire: 86400,
    });
    expect(verifyUserSig({ ...args, userSig: VECTOR_E, nowSeconds: 1700086401 })).toMatchObject({
      code: 70001,
    });
  });

  it('accepts the Go key order with a trailing newline and numeric strings (01a-usersig.md §6)', () => {
    const goJson =
      '{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sdkappid":1400000000,"TLS.expire":86400,' +
      '"TLS.time":1700000000,"TLS.sig":"yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60="}\n';
    const stringNumbers = vectorB.json.replace('1400000000', '"1400000000"').replace('86400', '"86400"');
    for (const userSig of [nodeDeflate(goJson, 0), nodeDeflate(goJson, 9), nodeDeflate(stringNumbers)]) {
      const result = verifyUserSig({
        userSig,
        sdkAppId: 1400000000,
        identifier: 'administrator',
        secretKey: README_KEY,
        nowSeconds: 1700000001,
      });
      expect(result).toEqual({ ok: true, time: 1700000000, expire: 86400 });
    }
  });

  it('rejects documents whose signed fields were altered with 70009', () => {
    const tampered = [
      vectorB.json.replace('"TLS.expire":86400', '"TLS.expire":864000'),
      vectorB.json.replace('"TLS.time":1700000000', '"TLS.time":1700000001'),
      vectorB.json.replace('yLAe+w7W', 'yLAe+w7X'),
      vectorB.json.replace('"TLS.sig":"yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60="', '"TLS.sig":""'),
      vectors[3]!.json.replace('aGVsbG8tdXNlcmJ1Zg==', 'aGVsbG8tdXNlcmJ1Zw=='),
    ];
    for (const json of tampered) {
      const doc = JSON.parse(json) as Record<string, string | number>;
      const result = verifyUserSig({
        userSig: nodeDeflate(json),
        sdkAppId: Number(doc['TLS.sdkappid']),
        identifier: String(doc['TLS.identifier']),
        secretKey: README_KEY,
        nowSeconds: 1700000002,
      });
      expect(result).toMatchObject({ ok: false, code: 70009 });
    }
  });

  it('rejects malformed sigs with 70003', () => {
    const missingSig = vectorB.json.replace(/,"TLS\.sig":"[^"]*"/, '');
    const malformed = [
      'abc',
      vectorB.userSig.slice(0, 40),
      vectorB.userSig.replace('eJ', 'e!'),
      nodeDeflate('not json'),
      nodeDeflate('[1,2]'),
      nodeDeflate(missingSig),
      nodeDeflate(vectorB.json.replace('"TLS.time":1700000000', '"TLS.time":1.5')),
      nodeDeflate(vectorB.json.replace('"TLS.identifier":"administrator"', '"TLS.identifier":7')),
      nodeDeflate(vectors[3]!.json.replace('aGVsbG8tdXNlcmJ1Zg==', '%%%')),
      Buffer.from(vectorB.json).toString('base64'),
      'e'.repeat(9000),
    ];
    for (const userSig of malformed) {
      const result = verifyUserSig({
        userSig,
        sdkAppId: 1400000000,
        identifier: 'administrator',
        secretKey: README_KEY,
        nowSeconds: 1700000000,
      });
      expect(result).toMatchObject({ ok: false, code: 70003 });
    }
  });

  it('answers 70016 when no key is configured', () => {
    const result = verifyUserSig({
      userSig: vectorB.userSig,
      sdkAppId: 1400000000,
      identifier: 'administrator',
      secretKey: '',
      nowSeconds: 1700000000,
    });
    expect(result).toMatchObject({ ok: false, code: 70016 });
  });

  it('checks the identifier case-sensitively', () => {
    const result = verifyUserSig({
      userSig: vectorB.userSig,
      sdkAppId: 1400000000,
      identifier: 'Administrator',
      secretKey: README_KEY,
      nowSeconds: 1700000000,
    });
    expect(result).toMatchObject({ ok: false, code: 70013 });
  });
});

describe('decodeUserSig', () => {
  it('decodes the fields of vector D without a key', () => {
    expect(decodeUserSig(vectors[3]!.userSig)).toEqual({
      ver: '2.0',
      identifier: 'xiaojun',
      sdkAppId: 1400000000,
      time: 1700000000,
      expire: 86400,
      expiresAt: 1700086400,
      userBufBase64: 'aGVsbG8tdXNlcmJ1Zg==',
      userBuf: enc.encode('hello-userbuf'),
      sig: 'K3sMU7ThP8eeAWllplXDjjl3YmLpyBzsGURmhcZrJ78=',
    });
  });

  it('returns null for empty or undecodable input', () => {
    expect(decodeUserSig('')).toBeNull();
    expect(decodeUserSig('abc')).toBeNull();
    expect(decodeUserSig(nodeDeflate('{}'))).toBeNull();
  });
});

describe('cross-check with the official tls-sig-api-v2 package', () => {
  const rand = seeded(20240601);
  const pick = (chars: string, n: number): string =>
    Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
  const idChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-@.用户éß';
  const cases = Array.from({ length: 60 }, (_, i) => ({
    i,
    sdkAppId: 1400000000 + Math.floor(rand() * 300000000),
    key: pick('0123456789abcdef', 64),
    identifier: pick(idChars, 1 + Math.floor(rand() * 32)),
    expire: 1 + Math.floor(rand() * 86400 * 365 * 50),
    time: 1500000000 + Math.floor(rand() * 500000000),
    userBuf:
      i % 3 === 0
        ? Uint8Array.from({ length: Math.floor(rand() * 48) }, () => Math.floor(rand() * 256))
        : undefined,
  }));

  it.each(cases)('case $i: both directions agree', (c) => {
    vi.spyOn(Date, 'now').mockReturnValue(c.time * 1000 + 999);
    const api = new Api(c.sdkAppId, c.key);
    const official =
      c.userBuf === undefined
        ? api.genUserSig(c.identifier, c.expire)
        : api.genSig(c.identifier, c.expire, c.userBuf);
    const ours = genUserSig({
      sdkAppId: c.sdkAppId,
      secretKey: c.key,
      identifier: c.identifier,
      expireSeconds: c.expire,
      nowSeconds: c.time,
      ...(c.userBuf === undefined ? {} : { userBuf: c.userBuf }),
    });

    // Same JSON document, byte for byte, once both are inflated by Node's zlib.
    expect(nodeInflate(ours)).toBe(nodeInflate(official));

    const verify = (userSig: string, over: Partial<Parameters<typeof verifyUserSig>[0]> = {}) =>
      verifyUserSig({
        userSig,
        sdkAppId: c.sdkAppId,
        identifier: c.identifier,
        secretKey: c.key,
        nowSeconds: c.time + c.expire,
        ...over,
      });
    const okResult = {
      ok: true,
      time: c.time,
      expire: c.expire,
      ...(c.userBuf ? { userBuf: c.userBuf } : {}),
    };
    expect(verify(official)).toEqual(okResult);
    expect(verify(ours)).toEqual(okResult);
    expect(verify(official, { nowSeconds: c.time + c.expire + 1 })).toMatchObject({ code: 70001 });
    expect(verify(official, { sdkAppId: c.sdkAppId + 1 })).toMatchObject({ code: 70014 });
    expect(verify(official, { identifier: `${c.identifier}x` })).toMatchObject({ code: 70013 });
    expect(verify(official, { secretKey: `${c.key.slice(1)}0` })).toMatchObject({ code: 70009 });
    expect(decodeUserSig(official)).toMatchObject({
      identifier: c.identifier,
      sdkAppId: c.sdkAppId,
      time: c.time,
      expire: c.expire,
      expiresAt: c.time + c.expire,
    });
  });
});
