/** Clocks, and time moved through `/__emulator/clock` governing UserSig expiry. */
import { describe, expect, it } from 'vitest';
import { createAdjustableClock, createManualClock, nowSeconds } from './clock';
import { callControl, callIm, signFor, testEmulator } from './test-support';

describe('clocks', () => {
  it('a manual clock stays frozen until advanced or set', () => {
    const clock = createManualClock(1_000);
    expect(clock.nowMs()).toBe(1_000);
    clock.advance(2_500);
    expect(clock.nowMs()).toBe(3_500);
    expect(nowSeconds(clock)).toBe(3);
    clock.set(10_000);
    expect(clock.nowMs()).toBe(10_000);
  });

  it('an adjustable clock follows its base plus an offset', () => {
    const base = createManualClock(5_000);
    const clock = createAdjustableClock(base);
    clock.advance(1_000);
    base.advance(100);
    expect(clock.nowMs()).toBe(6_100);
    clock.set(50_000);
    expect(clock.nowMs()).toBe(50_000);
    expect(clock.offsetMs()).toBe(50_000 - 5_100);
  });
});

describe('/__emulator/clock', () => {
  it('reports and moves the emulator time, which UserSig expiry follows', async () => {
    const { emu } = testEmulator();
    const sig = signFor(emu, 'administrator', undefined, 3600);
    const body = { CheckItem: [{ UserID: 'administrator' }] };
    expect(
      (await callIm(emu, 'im_open_login_svc/account_check', body, { userSig: sig })).json.ErrorCode,
    ).toBe(0);
    const before = (await callControl(emu, 'GET', 'clock')).json.nowMs as number;
    const moved = await callControl(emu, 'POST', 'clock', { advanceSeconds: 3601 });
    expect(moved.json.nowMs).toBe(before + 3_601_000);
    expect(
      (await callIm(emu, 'im_open_login_svc/account_check', body, { userSig: sig })).json.ErrorCode,
    ).toBe(70001);
    const set = await callControl(emu, 'POST', 'clock', { setMs: before });
    expect(set.json.nowMs).toBe(before);
    expect(
      (await callIm(emu, 'im_open_login_svc/account_check', body, { userSig: sig })).json.ErrorCode,
    ).toBe(0);
  });

  it('rejects a body that is neither advanceSeconds nor setMs', async () => {
    const { emu } = testEmulator();
    expect((await callControl(emu, 'POST', 'clock', { advance: 5 })).status).toBe(400);
  });
});
