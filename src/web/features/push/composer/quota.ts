/**
 * The im_push guard rails from the proxy's counters (`GET /api/proxy/stats`): pushes left today and
 * how long until the next push is allowed (100 a day, more than 1 s apart; 06-push.md §1.5). The
 * proxy counts only what went through it since it started, so these are a floor, not the service's
 * own numbers.
 */
import { endpoint as imPush } from '../../../../api/endpoints/all_member_push/im_push';
import type { ProxyStats } from '../../../../api/proxy-stats';

/** Documented daily quota and spacing (from the contract). */
export const PUSH_PER_DAY = imPush.rate.perDay ?? 100;
export const PUSH_MIN_INTERVAL_MS = imPush.rate.minIntervalMs ?? 1000;

/** The quota as the composer shows it. */
export interface PushQuota {
  perDay: number;
  /** Pushes left today by the proxy's count. */
  leftToday: number;
  /** Pushes counted today. */
  today: number;
  /** Milliseconds of the browser's clock at which the next push is allowed (0: now). */
  nextAllowedAtMs: number;
}

/**
 * Reads the quota from a stats answer fetched at `fetchedAtMs` (browser clock). The next-allowed time
 * is taken relative to the proxy's own `now`, so a browser clock that is off does not matter.
 */
export function pushQuota(stats: ProxyStats | undefined, fetchedAtMs: number): PushQuota {
  const row = stats?.endpoints.find((e) => e.path === imPush.path);
  const perDay = row?.limit?.perDay ?? PUSH_PER_DAY;
  const today = row?.today ?? 0;
  let nextAllowedAtMs = 0;
  if (stats && row?.nextAllowedAt) {
    const wait = Date.parse(row.nextAllowedAt) - Date.parse(stats.now);
    if (Number.isFinite(wait) && wait > 0) nextAllowedAtMs = fetchedAtMs + wait;
  }
  return { perDay, today, leftToday: row?.leftToday ?? Math.max(0, perDay - today), nextAllowedAtMs };
}

/** Milliseconds still to wait at `nowMs` (0 when a push is allowed now). */
export function waitMs(quota: PushQuota, nowMs: number): number {
  return Math.max(0, quota.nextAllowedAtMs - nowMs);
}
