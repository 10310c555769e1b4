/** Mute durations, remaining-time reading and the UserID list parser. */
import { describe, expect, it } from 'vitest';
import { MUTE_FOREVER } from '../../api/endpoints/openconfigsvr/setnospeaking';
import { MUTE_FOREVER as GROUP_MUTE_FOREVER } from '../../api/group';
import { parseUserIds } from './parse-user-ids';
import { MAX_MUTE_IDS, mutedUntilStatus, muteSeconds, muteStatus } from './mute-duration';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('muteSeconds', () => {
  it('maps presets to seconds, forever to the documented value', () => {
    expect(muteSeconds('hour', null, NOW)).toBe(3600);
    expect(muteSeconds('day', null, NOW)).toBe(86_400);
    expect(muteSeconds('week', null, NOW)).toBe(604_800);
    expect(muteSeconds('forever', null, NOW)).toBe(MUTE_FOREVER);
    expect(muteSeconds('min10', null, NOW)).toBe(600);
  });

  it('uses one "forever" value for global and group mutes', () => {
    expect(GROUP_MUTE_FOREVER).toBe(MUTE_FOREVER);
  });

  it('counts a custom end time from now, rounding up, and refuses past or absent ends', () => {
    expect(muteSeconds('custom', NOW + 90_500, NOW)).toBe(91);
    expect(muteSeconds('custom', NOW, NOW)).toBeNull();
    expect(muteSeconds('custom', NOW - 1000, NOW)).toBeNull();
    expect(muteSeconds('custom', null, NOW)).toBeNull();
    expect(muteSeconds('custom', NOW + MUTE_FOREVER * 1000, NOW)).toBeNull();
  });
});

describe('muteStatus', () => {
  it('reads 0 as not muted, the forever value as permanent, else an end time', () => {
    expect(muteStatus(0, NOW)).toEqual({ kind: 'none' });
    expect(muteStatus(MUTE_FOREVER, NOW)).toEqual({ kind: 'forever' });
    expect(muteStatus(7196, NOW)).toEqual({ kind: 'until', endsAtMs: NOW + 7_196_000 });
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
