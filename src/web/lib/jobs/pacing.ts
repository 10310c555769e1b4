/**
 * When a job's calls may start: the spacing that keeps under the endpoint's documented call frequency
 * (with headroom), how many batches may be in flight by default, and the back-off before a retry.
 */
import type { RateLimit } from '../../../api/endpoint';

/** Minimum spacing between call starts in milliseconds: the rate less its headroom, or the documented spacing. */
export function callIntervalMs(rate: RateLimit, headroom: number): number {
  return Math.max(1000 / (rate.perSecond * (1 - headroom)), rate.minIntervalMs ?? 0);
}

/**
 * Batches in flight when the spec does not say: a tenth of the per-second rate (4 to 16), enough to keep
 * the pace with round trips of up to ~100 ms.
 */
export function defaultConcurrency(rate: RateLimit): number {
  return Math.min(16, Math.max(4, Math.ceil(rate.perSecond / 10)));
}

/**
 * Milliseconds to wait before the retry that follows call number `attempts`: `backoffMs` doubled on each
 * retry (a frequency limit waits at least 1 s), jittered by ±25 % with `random` (0..1).
 */
export function retryDelayMs(
  retry: 'rate' | 'transient',
  attempts: number,
  backoffMs: number,
  random: () => number,
): number {
  const base = backoffMs * 2 ** (attempts - 1);
  return (retry === 'rate' ? Math.max(1000, base) : base) * (0.75 + 0.5 * random());
}

/** The schedule of call starts: each start books the next slot one interval later. */
export class CallSchedule {
  /** Earliest time the next call may start. */
  private nextStartAt = 0;

  constructor(readonly intervalMs: number) {}

  /** Milliseconds from `now` until the next call may start (0: it may start now). */
  waitMs(now: number): number {
    return Math.max(0, this.nextStartAt - now);
  }

  /** Books a call starting at `now`. */
  take(now: number): void {
    // Anchored to the schedule, not to when the timer fired (timers fire late, and slipping by a
    // millisecond per call would cost ~10 % of the rate); after an idle spell at most one call catches up.
    this.nextStartAt = Math.max(now - this.intervalMs, this.nextStartAt) + this.intervalMs;
  }

  /** Starts no call before `at` (a frequency limit holds back every batch, not only the one that hit it). */
  holdUntil(at: number): void {
    this.nextStartAt = Math.max(this.nextStartAt, at);
  }
}
