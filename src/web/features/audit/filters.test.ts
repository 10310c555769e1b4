import { describe, expect, it } from 'vitest';
import { exportUrl, filtersFromParams, filtersToParams, hasFilters, withFilters } from './filters';

describe('audit filters in the URL', () => {
  it('round-trips every filter', () => {
    const filters = {
      operator: 'mia',
      endpoint: 'all_member_push/im_push',
      kind: 'im_call' as const,
      result: 'ok' as const,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-26T12:30:00.000Z',
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('drops values the proxy would refuse', () => {
    const params = new URLSearchParams(
      'endpoint=nope/nothing&kind=deleted&result=great&from=yesterday&operator=%20%20',
    );
    expect(filtersFromParams(params)).toEqual({});
    expect(hasFilters(filtersFromParams(params))).toBe(false);
  });

  it('normalises times to UTC ISO instants', () => {
    expect(filtersFromParams(new URLSearchParams('from=2026-11-26T10:00:00%2B08:00')).from).toBe(
      '2026-11-26T02:00:00.000Z',
    );
  });

  it('replaces the filters and closes the open entry, keeping other params', () => {
    const next = withFilters(new URLSearchParams('kind=login&entry=12&other=1'), { result: 'refused' });
    expect(next.get('kind')).toBeNull();
    expect(next.get('entry')).toBeNull();
    expect(next.get('other')).toBe('1');
    expect(next.get('result')).toBe('refused');
  });

  it('builds the CSV export link of the current filters', () => {
    expect(exportUrl({})).toBe('/api/audit/export.csv');
    expect(exportUrl({ operator: 'mia', kind: 'im_call' })).toBe(
      '/api/audit/export.csv?operator=mia&kind=im_call',
    );
  });
});
