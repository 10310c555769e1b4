/** Call spacing, default concurrency, retry back-off and the schedule of call starts. */
import { describe, expect, it } from 'vitest';
import { CallSchedule, callIntervalMs, defaultConcurrency, retryDelayMs } from './pacing';

describe('callIntervalMs and defaultConcurrency', () => {
  it('spaces calls by the rate less its headroom, or by a larger documented spacing', () => {
    expect(callIntervalMs({ perSecond: 10 }, 0.2)).toBe(125);
    expect(callIntervalMs({ perSecond: 100, minIntervalMs: 50 }, 0)).toBe(50);
  });

  it('keeps a tenth of the per-second rate in flight, between 4 and 16', () => {
    expect([1, 80, 1000].map((perSecond) => defaultConcurrency({ perSecond }))).toEqual([4, 8, 16]);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base on each attempt, with ±25 % jitter', () => {
    expect(retryDelayMs('transient', 1, 500, () => 0.5)).toBe(500);
    expect(retryDelayMs('transient', 3, 500, () => 0.5)).toBe(2000);
    expect(retryDelayMs('transient', 1, 500, () => 0)).toBe(375);
    expect(retryDelayMs('transient', 1, 500, () => 1)).toBe(625);
  });

  it('waits at least a second after a frequency limit', () => {
    expect(retryDelayMs('rate', 1, 500, () => 0.5)).toBe(1000);
    expect(retryDelayMs('rate', 3, 500, () => 0.5)).toBe(2000);
  });
});

describe('CallSchedule', () => {
  it('books one start per interval, anchored to the schedule rather than to late timers', () => {
    const s = new CallSchedule(100);
    expect(s.waitMs(0)).toBe(0);
    s.take(0);
    expect(s.waitMs(40)).toBe(60);
    s.take(103); // the timer fired 3 ms late: the next slot stays at 200
    expect(s.waitMs(103)).toBe(97);
  });

  it('lets at most one call catch up after an idle spell', () => {
    const s = new CallSchedule(100);
    s.take(0);
    s.take(1000);
    expect(s.waitMs(1000)).toBe(0);
    s.take(1000);
    expect(s.waitMs(1000)).toBe(100);
  });

  it('holds every start back until a given time, never bringing it forward', () => {
    const s = new CallSchedule(100);
    s.take(0);
    s.holdUntil(1500);
    expect(s.waitMs(0)).toBe(1500);
    s.holdUntil(500);
    expect(s.waitMs(0)).toBe(1500);
  });
});
