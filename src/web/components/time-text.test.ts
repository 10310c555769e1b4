import { describe, expect, it } from 'vitest';
import { localTime } from './time-text';

describe('localTime', () => {
  const iso = '2026-11-26T10:01:05.000Z';

  it('shows seconds unless asked not to, in the console language', () => {
    expect(localTime(iso, 'en')).toMatch(/^\d{2}\/\d{2}\/2026, \d{2}:\d{2}:05$/);
    expect(localTime(iso, 'en', { seconds: false })).toMatch(/^\d{2}\/\d{2}\/2026, \d{2}:\d{2}$/);
    expect(localTime(iso, 'zh', { seconds: false })).toMatch(/^2026\/\d{2}\/\d{2} \d{2}:\d{2}$/);
  });

  it('returns a value it cannot read as it is', () => {
    expect(localTime('not a time', 'en')).toBe('not a time');
  });
});
