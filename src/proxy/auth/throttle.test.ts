import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { createLoginThrottle } from './throttle';

const MIN = 60_000;

describe('login throttle', () => {
  it('locks on the 5th failure within 15 minutes, for 15 minutes from it', () => {
    let now = 1_000_000;
    const t = createLoginThrottle(openDatabase(':memory:'), { nowMs: () => now });
    for (let i = 0; i < 4; i++) {
      expect(t.recordFailure('sam', '10.0.0.1')).toBeNull();
      now += 3 * MIN;
    }
    const lock = t.recordFailure('SAM', '10.0.0.1');
    expect(lock).toEqual({ scope: 'account', untilMs: now + 15 * MIN });
    now += 15 * MIN - 1;
    expect(t.check('sam', '10.0.0.9')).not.toBeNull();
    now += 1;
    expect(t.check('sam', '10.0.0.9')).toBeNull();
  });

  it('forgets an account’s failures after a successful login, but not the IP’s', () => {
    let now = 0;
    const t = createLoginThrottle(openDatabase(':memory:'), { nowMs: () => now, maxIpFailures: 6 });
    for (let i = 0; i < 4; i++) t.recordFailure('sam', '10.0.0.1');
    t.recordSuccess('sam');
    now += MIN;
    expect(t.recordFailure('sam', '10.0.0.1')).toBeNull();
    expect(t.recordFailure('sam', '10.0.0.1')).toMatchObject({ scope: 'ip' });
  });

  it('keeps locks across a restart (the database file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throttle-'));
    try {
      const file = join(dir, 'console.db');
      const now = () => 5_000_000;
      const first = openDatabase(file);
      const a = createLoginThrottle(first, { nowMs: now });
      for (let i = 0; i < 5; i++) a.recordFailure('ada', '10.0.0.1');
      first.close();
      const second = openDatabase(file);
      expect(createLoginThrottle(second, { nowMs: now }).check('ada', '10.9.9.9')).toMatchObject({
        scope: 'account',
        untilMs: 5_000_000 + 15 * MIN,
      });
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
