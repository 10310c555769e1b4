import { describe, expect, it } from 'vitest';
import { archiveDays, archiveFileName, expireTimeUnix, hourKeyOf, hourStart, hourStatus } from './hours';

// 2026-11-26 10:30:00 UTC = 18:30 in Beijing.
const now = Date.UTC(2026, 10, 26, 10, 30) / 1000;

describe('Beijing hours', () => {
  it('names the hour in Beijing time and back', () => {
    expect(hourKeyOf(now)).toBe('2026112618');
    expect(hourStart('2026112618')).toBe(Date.UTC(2026, 10, 26, 10) / 1000);
    // Midnight in Beijing is 16:00 UTC the day before.
    expect(hourKeyOf(Date.UTC(2026, 10, 25, 16) / 1000)).toBe('2026112600');
  });

  it('refuses hours that do not exist', () => {
    expect(hourStart('2026023110')).toBeUndefined();
    expect(hourStart('2026112624')).toBeUndefined();
    expect(hourStart('20261126')).toBeUndefined();
  });

  it('offers today and the seven days before', () => {
    expect(archiveDays(now)).toEqual([
      '20261126',
      '20261125',
      '20261124',
      '20261123',
      '20261122',
      '20261121',
      '20261120',
      '20261119',
    ]);
  });

  it('knows which hours are not over, fresh, available or gone', () => {
    expect(hourStatus('2026112618', now)).toBe('notOver');
    expect(hourStatus('2026112619', now)).toBe('notOver');
    expect(hourStatus('2026112617', now)).toBe('fresh');
    expect(hourStatus('2026112616', now)).toBe('available');
    expect(hourStatus('2026111919', now)).toBe('available');
    expect(hourStatus('2026111918', now)).toBe('expired');
    expect(hourStatus('nonsense', now)).toBeUndefined();
  });

  it('reads ExpireTime as Beijing time and names the file', () => {
    expect(expireTimeUnix('2026-11-27 00:30:00')).toBe(Date.UTC(2026, 10, 26, 16, 30) / 1000);
    expect(expireTimeUnix('tomorrow')).toBeUndefined();
    expect(archiveFileName('http://127.0.0.1:9/msg_history/1400000000_C2C_2026112617.gz')).toBe(
      '1400000000_C2C_2026112617.gz',
    );
  });
});
