import { describe, expect, it } from 'vitest';
import type { ProxyStats } from '../../../../api/proxy-stats';
import { PUSH_PER_DAY, pushQuota, waitMs } from './quota';

const stats = (
  row: Partial<ProxyStats['endpoints'][number]> | null,
  now = '2026-11-26T10:00:00.000Z',
): ProxyStats => ({
  startedAt: '2026-11-26T09:00:00.000Z',
  now,
  totals: { calls: 0, ok: 0, imErrors: 0, proxyErrors: 0 },
  endpoints: row
    ? [
        {
          path: 'all_member_push/im_push',
          calls: 3,
          ok: 3,
          imErrors: 0,
          proxyErrors: 0,
          lastCallAt: now,
          lastSecond: 1,
          today: 3,
          limit: { perSecond: 1, perDay: 100, minIntervalMs: 1000 },
          ...row,
        },
      ]
    : [],
  errors: [],
});

describe('push quota from the proxy counters', () => {
  it('is the documented 100 a day with no wait when the proxy has seen no push', () => {
    const q = pushQuota(stats(null), 5_000);
    expect(q).toEqual({ perDay: PUSH_PER_DAY, today: 0, leftToday: 100, nextAllowedAtMs: 0 });
    expect(waitMs(q, 5_000)).toBe(0);
  });

  it('reads the pushes left and times the spacing from the proxy clock, not the browser clock', () => {
    const q = pushQuota(stats({ leftToday: 97, nextAllowedAt: '2026-11-26T10:00:00.600Z' }), 1_000_000);
    expect(q.leftToday).toBe(97);
    expect(q.nextAllowedAtMs).toBe(1_000_600);
    expect(waitMs(q, 1_000_200)).toBe(400);
    expect(waitMs(q, 1_000_700)).toBe(0);
  });

  it('has nothing to wait for when the next allowed time has passed', () => {
    const q = pushQuota(stats({ leftToday: 0, nextAllowedAt: '2026-11-26T09:59:59.000Z' }), 10);
    expect(q).toMatchObject({ leftToday: 0, nextAllowedAtMs: 0 });
  });
});
