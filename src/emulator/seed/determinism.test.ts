/**
 * Determinism (house-style.md "The emulator"): the same seed, seed number and clock start give the
 * same data byte for byte — as built, and as the emulator holds and saves it; another number differs.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../app';
import { createManualClock } from '../clock';
import { TEST_APP_ID, TEST_KEY, TEST_START_MS } from '../test-support';
import { buildSeed } from './index';

const admins = ['administrator'];
const NOW = Math.floor(TEST_START_MS / 1000);

function emulatorJson(seedNumber: number | undefined, startMs = TEST_START_MS): string {
  const emu = createEmulator({
    sdkAppId: TEST_APP_ID,
    secretKey: TEST_KEY,
    seed: 'demo',
    ...(seedNumber !== undefined ? { seedNumber } : {}),
    clock: createManualClock(startMs),
    logError: () => {},
  });
  return JSON.stringify(emu.store.snapshot());
}

// Each case builds the ~50,000-message demo several times: allow for a busy machine.
describe('demo seed determinism', { timeout: 30_000 }, () => {
  it('builds the same bytes twice for the same number and start time', () => {
    const a = JSON.stringify(buildSeed('demo', { admins, nowSeconds: NOW, seedNumber: 42 }));
    const b = JSON.stringify(buildSeed('demo', { admins, nowSeconds: NOW, seedNumber: 42 }));
    expect(a.length).toBeGreaterThan(100_000);
    expect(b === a).toBe(true);
  });

  it('gives different data for another number, and the classic data for the default 0', () => {
    const n42 = JSON.stringify(buildSeed('demo', { admins, nowSeconds: NOW, seedNumber: 42 }));
    const n43 = JSON.stringify(buildSeed('demo', { admins, nowSeconds: NOW, seedNumber: 43 }));
    const n0 = JSON.stringify(buildSeed('demo', { admins, nowSeconds: NOW, seedNumber: 0 }));
    const classic = JSON.stringify(buildSeed('demo', { admins, nowSeconds: NOW }));
    expect(n43 === n42).toBe(false);
    expect(n0 === n42).toBe(false);
    expect(classic === n0).toBe(true);
  });

  it('keeps the bytes through the store: two emulators on the same clock start save the same state', () => {
    const a = emulatorJson(7);
    expect(emulatorJson(7) === a).toBe(true);
    expect(emulatorJson(8) === a).toBe(false);
    // Seed times follow the clock: another start time shifts them, so the bytes differ.
    expect(emulatorJson(7, TEST_START_MS + 86_400_000) === a).toBe(false);
  });
});
