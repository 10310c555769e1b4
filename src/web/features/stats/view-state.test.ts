/** The dashboard's URL state: defaults, validation of hand-edited links, and the resolved period. */
import { describe, expect, it } from 'vitest';
import { readView, resolvePeriod } from './view-state';

const view = (query: string) => readView(new URLSearchParams(query));

describe('readView', () => {
  it('defaults to the overview, last 7 days, previous period, line chart', () => {
    expect(view('')).toMatchObject({
      range: 7,
      compare: 'previous',
      view: 'chart',
      chart: 'line',
      metric: 'ActiveUserNum',
    });
    expect(view('').group.key).toBe('overview');
  });

  it('takes a valid custom period and ignores a broken or reversed one', () => {
    expect(view('from=20261120&to=20261125')).toMatchObject({
      range: 'custom',
      from: '20261120',
      to: '20261125',
    });
    expect(view('from=20261125&to=20261120').range).toBe(7);
    expect(view('from=20261131&to=20261201').range).toBe(7);
    expect(view('days=14').range).toBe(14);
    expect(view('days=13').range).toBe(7);
  });

  it('keeps the charted metric only when it belongs to the group', () => {
    expect(view('group=chain&metric=ChainDecrease').metric).toBe('ChainDecrease');
    expect(view('group=chain&metric=ActiveUserNum').metric).toBe('ChainIncrease');
  });
});

describe('resolvePeriod', () => {
  it('ends a preset on the newest published day', () => {
    expect(resolvePeriod(view('days=14'), '20261126')).toEqual({ from: '20261113', to: '20261126' });
    expect(resolvePeriod(view('from=20261101&to=20261103'), '20261126')).toEqual({
      from: '20261101',
      to: '20261103',
    });
  });
});
