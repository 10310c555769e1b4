import { describe, expect, it } from 'vitest';
import { retryMoment } from './lock-text';
import { loginUrl, safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeNext('/users?ids=alice,bob#x')).toBe('/users?ids=alice,bob#x');
    expect(safeNext('/audit?kind=login')).toBe('/audit?kind=login');
  });

  it.each([
    ['//evil.example/path'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/ok\u0000'],
    ['users'],
    ['/login?next=/users'],
  ])('refuses %j', (next) => {
    expect(safeNext(next, '/fallback')).toBe('/fallback');
  });

  it('falls back when there is no next', () => {
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
  });

  it('builds the login URL that returns to the current page', () => {
    expect(loginUrl('/users?ids=a,b')).toBe('/login?next=%2Fusers%3Fids%3Da%2Cb');
    expect(loginUrl('/')).toBe('/login');
    expect(loginUrl('/login')).toBe('/login');
  });
});

describe('retryMoment', () => {
  it('says the local time and rounds the wait up to whole minutes', () => {
    const now = new Date(2026, 10, 26, 14, 0, 30);
    expect(retryMoment(900, now)).toEqual({ time: '14:15', minutes: 15 });
    expect(retryMoment(61, now)).toEqual({ time: '14:01', minutes: 2 });
    expect(retryMoment(5, now)).toEqual({ time: '14:00', minutes: 1 });
  });
});
