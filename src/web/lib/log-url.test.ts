import { describe, expect, it } from 'vitest';
import { isoParam, urlFilters, withFilter } from './log-url';

describe('log URL filters', () => {
  const url = urlFilters(['who', 'from'] as const);

  it('writes only the set filters, in the order of the keys', () => {
    expect(url.toParams({ from: '2026-11-26T00:00:00.000Z', who: 'mia' }).toString()).toBe(
      'who=mia&from=2026-11-26T00%3A00%3A00.000Z',
    );
    expect(url.toParams({ who: '' }).toString()).toBe('');
  });

  it('replaces the filters in the URL, closes the open entry and keeps the rest', () => {
    const next = url.withFilters(new URLSearchParams('who=ann&entry=4&tab=x'), {
      from: '2026-01-01T00:00:00.000Z',
    });
    expect(next.get('who')).toBeNull();
    expect(next.get('entry')).toBeNull();
    expect(next.get('tab')).toBe('x');
    expect(next.get('from')).toBe('2026-01-01T00:00:00.000Z');
  });

  it('tells whether any filter is set', () => {
    expect(url.hasFilters({})).toBe(false);
    expect(url.hasFilters({ who: 'mia' })).toBe(true);
  });

  it('sets one filter, or drops it when empty', () => {
    const f: { who?: string; from?: string } = { who: 'mia', from: 'x' };
    expect(withFilter(f, 'who', 'ann')).toEqual({ who: 'ann', from: 'x' });
    expect(withFilter(f, 'who', '')).toEqual({ from: 'x' });
    expect(withFilter(f, 'from', null)).toEqual({ who: 'mia' });
    expect(f).toEqual({ who: 'mia', from: 'x' });
  });

  it('reads times as UTC ISO instants, and drops what is not a time', () => {
    expect(isoParam('2026-11-26T10:00:00+08:00')).toBe('2026-11-26T02:00:00.000Z');
    expect(isoParam('yesterday')).toBeUndefined();
    expect(isoParam(null)).toBeUndefined();
  });
});
