import { describe, expect, it } from 'vitest';
import { MUTE_FOREVER } from '../../../../api/endpoints/openconfigsvr/setnospeaking';
import { MUTE_MAX_FINITE, muteEnd, muteSeconds, muteState } from './mute-time';

describe('muteSeconds', () => {
  it('turns presets into the documented seconds', () => {
    expect(muteSeconds('h1')).toBe(3600);
    expect(muteSeconds('d1')).toBe(86_400);
    expect(muteSeconds('d7')).toBe(604_800);
    expect(muteSeconds('forever')).toBe(4294967295);
  });

  it('multiplies a custom length by its unit', () => {
    expect(muteSeconds('custom', 90, 'minutes')).toBe(5400);
    expect(muteSeconds('custom', 3, 'days')).toBe(259_200);
  });

  it('refuses custom lengths that are not whole, below 1, or reach forever', () => {
    expect(muteSeconds('custom', undefined)).toBeUndefined();
    expect(muteSeconds('custom', 0, 'hours')).toBeUndefined();
    expect(muteSeconds('custom', 1.5, 'hours')).toBeUndefined();
    expect(muteSeconds('custom', MUTE_MAX_FINITE, 'minutes')).toBeUndefined();
    expect(muteSeconds('custom', Math.floor(MUTE_MAX_FINITE / 86_400), 'days')).toBeLessThan(MUTE_FOREVER);
  });
});

describe('muteState', () => {
  const read = Date.UTC(2026, 10, 26, 12, 0, 0);
  it('reads 0 as not muted and 4294967295 as forever', () => {
    expect(muteState(0, read)).toEqual({ kind: 'none' });
    expect(muteState(MUTE_FOREVER, read)).toEqual({ kind: 'forever' });
  });
  it('adds the remaining seconds to the time of the read', () => {
    expect(muteState(7196, read)).toEqual({ kind: 'until', until: read / 1000 + 7196 });
  });
  it('gives no end for forever and now+seconds otherwise', () => {
    expect(muteEnd(MUTE_FOREVER, read)).toBeUndefined();
    expect(muteEnd(3600, read)).toBe(read / 1000 + 3600);
  });
});
