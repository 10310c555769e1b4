/**
 * Per-endpoint call-frequency limits from each contract's `rate` (../shared/im-api/01-conventions.md §7):
 * calls per second (fixed one-second windows of the injected clock; the live algorithm is
 * unconfirmed), calls per day where documented, and a minimum spacing where documented (06-push.md
 * `im_push`: 100 a day, more than 1 s apart).
 */
import type { RateLimit } from '../api/endpoint';

/** Which limit a call broke. */
export type RateVerdict = 'ok' | 'perSecond' | 'perDay' | 'minInterval';

interface Counter {
  second: number;
  inSecond: number;
  day: number;
  inDay: number;
  lastMs?: number;
}

/** Counts calls per endpoint path and says whether the next one is allowed. */
export class RateLimiter {
  private readonly counters = new Map<string, Counter>();

  /** Records a call to `path` at `nowMs` if it is within `rate`; a refused call is not counted. */
  take(path: string, rate: RateLimit, nowMs: number): RateVerdict {
    const second = Math.floor(nowMs / 1000);
    const day = Math.floor(nowMs / 86_400_000);
    const c = this.counters.get(path) ?? { second, inSecond: 0, day, inDay: 0 };
    if (c.second !== second) {
      c.second = second;
      c.inSecond = 0;
    }
    if (c.day !== day) {
      c.day = day;
      c.inDay = 0;
    }
    if (c.inSecond >= rate.perSecond) return 'perSecond';
    if (rate.perDay !== undefined && c.inDay >= rate.perDay) return 'perDay';
    if (
      rate.minIntervalMs !== undefined &&
      c.lastMs !== undefined &&
      nowMs - c.lastMs <= rate.minIntervalMs
    ) {
      return 'minInterval';
    }
    c.inSecond++;
    c.inDay++;
    c.lastMs = nowMs;
    this.counters.set(path, c);
    return 'ok';
  }

  /** Forgets every count (on reset). */
  clear(): void {
    this.counters.clear();
  }
}
