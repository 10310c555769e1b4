/** Mute durations (presets, custom end time, custom length), mute statuses and the UserID list parser. */
import { describe, expect, it } from 'vitest';
import { MUTE_FOREVER } from '../../api/endpoints/openconfigsvr/setnospeaking';
import { MUTE_FOREVER as GROUP_MUTE_FOREVER } from '../../api/group';
import { parseUserIds } from './parse-user-ids';
import {
  lengthSeconds,
  MAX_MUTE_IDS,
  MUTE_MAX_FINITE,
  mutedUntilStatus,
  muteSeconds,
  muteStatus,
  secondsUntil,
} from './mute-duration';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('muteSeconds', () => {
  it('maps presets to seconds, forever to the documented value', () => {
    expect(muteSeconds('hour', null)).toBe(3600);
    expect(muteSeconds('day', null)).toBe(86_400);
    expect(muteSeconds('week', null)).toBe(604_800);
    expect(muteSeconds('forever', null)).toBe(MUTE_FOREVER);
    expect(muteSeconds('min10', null)).toBe(600);
  });

  it('uses one "forever" value for global and group mutes', () => {
    expect(GROUP_MUTE_FOREVER).toBe(MUTE_FOREVER);
  });

  it('takes the custom seconds for a custom choice, and only then', () => {
    expect(muteSeconds('custom', 91)).toBe(91);
    expect(muteSeconds('custom', null)).toBeNull();
    expect(muteSeconds('hour', 91)).toBe(3600);
  });
});

describe('secondsUntil', () => {
  it('counts a custom end time from now, rounding up, and refuses past or absent ends', () => {
    expect(secondsUntil(NOW + 90_500, NOW)).toBe(91);
    expect(secondsUntil(NOW, NOW)).toBeNull();
    expect(secondsUntil(NOW - 1000, NOW)).toBeNull();
    expect(secondsUntil(null, NOW)).toBeNull();
    expect(secondsUntil(Number.NaN, NOW)).toBeNull();
    expect(secondsUntil(NOW + MUTE_FOREVER * 1000, NOW)).toBeNull();
  });
});

describe('lengthSeconds', () => {
  it('multiplies a custom length by its unit', () => {
    expect(lengthSeconds(90, 'minutes')).toBe(5400);
    expect(lengthSeconds(2, 'hours')).toBe(7200);
    expect(lengthSeconds(3, 'days')).toBe(259_200);
  });

  it('refuses lengths that are absent, not whole, below 1, or reach forever', () => {
    expect(lengthSeconds(undefined, 'hours')).toBeNull();
    expect(lengthSeconds(0, 'hours')).toBeNull();
    expect(lengthSeconds(1.5, 'hours')).toBeNull();
    expect(lengthSeconds(MUTE_MAX_FINITE, 'minutes')).toBeNull();
    expect(lengthSeconds(Math.floor(MUTE_MAX_FINITE / 86_400), 'days')).toBeLessThan(MUTE_FOREVER);
  });
});

describe('muteStatus', () => {
  it('reads 0 as not muted, the forever value as permanent, else an end time', () => {
    expect(muteStatus(0, NOW)).toEqual({ kind: 'none' });
    expect(muteStatus(MUTE_FOREVER, NOW)).toEqual({ kind: 'forever' });
    expect(muteStatus(7196, NOW)).toEqual({ kind: 'until', endsAtMs: NOW + 7_196_000 });
  });

  it('gives the end of a mute about to be set from now', () => {
    expect(muteStatus(3600, NOW)).toEqual({ kind: 'until', endsAtMs: NOW + 3_600_000 });
  });
});

describe('mutedUntilStatus', () => {
  it('reads an absolute end: 0 not muted, the forever value permanent, else that time', () => {
    expect(mutedUntilStatus(0)).toEqual({ kind: 'none' });
    expect(mutedUntilStatus(MUTE_FOREVER)).toEqual({ kind: 'forever' });
    expect(mutedUntilStatus(1_800_000_000)).toEqual({ kind: 'until', endsAtMs: 1_800_000_000_000 });
  });
});

describe('the page parses its list with the shared parser, capped at MAX_MUTE_IDS', () => {
  it('splits, deduplicates, names bad entries and caps the list', () => {
    const r = parseUserIds('alice, bob\nalice;; ' + 'x'.repeat(40), MAX_MUTE_IDS);
    expect(r.ids).toEqual(['alice', 'bob']);
    expect(r.duplicates).toBe(1);
    expect(r.rejected).toEqual([expect.objectContaining({ position: 4, value: 'x'.repeat(40) })]);
    const many = parseUserIds(
      Array.from({ length: MAX_MUTE_IDS + 3 }, (_, i) => `u${i}`).join(' '),
      MAX_MUTE_IDS,
    );
    expect([many.ids.length, many.overflow]).toEqual([MAX_MUTE_IDS, 3]);
  });
});
