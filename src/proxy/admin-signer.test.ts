import { describe, expect, it, vi } from 'vitest';
import { decodeUserSig } from '../api/usersig';
import { createAdminSigner, renewMarginSeconds, type SignFn } from './admin-signer';

const secretKey = `fake-key-${Math.random().toString(36).slice(2)}`;
const t0 = 1_700_000_000;

function setup(ttlSeconds = 86_400) {
  let now = t0 * 1000;
  const sign = vi.fn<SignFn>((o) => `sig-${o.identifier}-${o.nowSeconds}-${o.expireSeconds}`);
  const signer = createAdminSigner({
    sdkAppId: 1400000001,
    secretKey,
    admin: 'admin@ops',
    ttlSeconds,
    nowMs: () => now,
    sign,
  });
  return { signer, sign, setNow: (s: number) => (now = s * 1000) };
}

describe('createAdminSigner', () => {
  it('signs for the administrator with the configured validity', () => {
    const { signer, sign } = setup();
    expect(signer.userSig()).toBe(`sig-admin@ops-${t0}-86400`);
    expect(sign).toHaveBeenCalledWith({
      sdkAppId: 1400000001,
      secretKey,
      identifier: 'admin@ops',
      expireSeconds: 86400,
      nowSeconds: t0,
    });
  });

  it('builds the query prefix with escaped values', () => {
    const { signer } = setup();
    expect(signer.query()).toBe(
      `sdkappid=1400000001&identifier=admin%40ops&usersig=sig-admin%40ops-${t0}-86400`,
    );
  });

  it('reuses one sig across calls within its window', () => {
    const { signer, sign, setNow } = setup();
    const first = signer.query();
    setNow(t0 + 3600);
    signer.query();
    setNow(t0 + 86_400 - 301);
    expect(signer.query()).toBe(first);
    expect(sign).toHaveBeenCalledTimes(1);
  });

  it('renews shortly before expiry', () => {
    const { signer, sign, setNow } = setup();
    signer.query();
    setNow(t0 + 86_400 - 300);
    expect(signer.userSig()).toBe(`sig-admin@ops-${t0 + 86_100}-86400`);
    expect(sign).toHaveBeenCalledTimes(2);
    setNow(t0 + 90_000);
    signer.userSig();
    expect(sign).toHaveBeenCalledTimes(2);
  });

  it('renews when the clock moves back before the issue time', () => {
    const { signer, sign, setNow } = setup();
    signer.query();
    setNow(t0 - 60);
    signer.query();
    expect(sign).toHaveBeenCalledTimes(2);
  });

  it('keeps the margin a tenth of short validities', () => {
    expect(renewMarginSeconds(86_400)).toBe(300);
    expect(renewMarginSeconds(600)).toBe(60);
  });

  it('issues real UserSigs by default', () => {
    const signer = createAdminSigner({
      sdkAppId: 1400000001,
      secretKey,
      admin: 'administrator',
      ttlSeconds: 3600,
      nowMs: () => t0 * 1000,
    });
    const decoded = decodeUserSig(signer.userSig());
    expect(decoded).toMatchObject({
      identifier: 'administrator',
      sdkAppId: 1400000001,
      time: t0,
      expire: 3600,
    });
  });
});
