/** The dashboard's arithmetic: periods, changes, summaries by kind, quiet days and CSV. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  change,
  daysBetween,
  isDayName,
  isQuietDay,
  isoDay,
  numberOf,
  previousPeriod,
  summarise,
  statsCsv,
} from './series';

describe('days and periods', () => {
  it('walks calendar days across month and year ends', () => {
    expect(addDays('20261231', 1)).toBe('20270101');
    expect(addDays('20260301', -1)).toBe('20260228');
    expect(daysBetween('20261130', '20261202')).toEqual(['20261130', '20261201', '20261202']);
    expect(isoDay('20261125')).toBe('2026-11-25');
  });

  it('validates day names from the URL', () => {
    expect(isDayName('20261125')).toBe(true);
    expect(isDayName('20261131')).toBe(false);
    expect(isDayName('2026-11-25')).toBe(false);
    expect(isDayName(null)).toBe(false);
  });

  it('finds the previous period of the same length', () => {
    expect(previousPeriod({ from: '20261119', to: '20261125' })).toEqual({
      from: '20261112',
      to: '20261118',
    });
    expect(previousPeriod({ from: '20261125', to: '20261125' })).toEqual({
      from: '20261124',
      to: '20261124',
    });
  });
});

describe('values', () => {
  const row = { date: '20261125', values: { A: '12', B: '0', C: '', D: 'x' } };

  it('reads decimal strings and treats absent or odd values as unknown', () => {
    expect(numberOf(row, 'A')).toBe(12);
    expect(numberOf(row, 'B')).toBe(0);
    expect(numberOf(row, 'C')).toBeNull();
    expect(numberOf(row, 'D')).toBeNull();
    expect(numberOf(undefined, 'A')).toBeNull();
  });

  it('computes changes, without a ratio from zero', () => {
    expect(change(15, 10)).toEqual({ delta: 5, ratio: 0.5 });
    expect(change(3, 0)).toEqual({ delta: 3, ratio: null });
    expect(change(null, 3)).toBeNull();
  });

  it('summarises a period by what the metric means', () => {
    expect(summarise([1, null, 4], 'count')).toBe(5);
    expect(summarise([100, 120, null], 'total')).toBe(120);
    expect(summarise([7, 9, 3], 'peak')).toBe(9);
    expect(summarise([null, null], 'count')).toBeNull();
  });

  it('calls a day with every counter at 0 quiet', () => {
    expect(isQuietDay({ date: 'x', values: { A: '0', B: '0' } }, ['A', 'B'])).toBe(true);
    expect(isQuietDay(row, ['A', 'B'])).toBe(false);
  });
});

describe('statsCsv', () => {
  it('quotes commas and quotes, neutralises formulas, keeps negative numbers', () => {
    expect(
      statsCsv(
        ['Date', 'Name, full'],
        [
          ['2026-11-25', 'say "hi"'],
          ['=cmd()', '-5'],
        ],
      ),
    ).toBe('Date,"Name, full"\r\n2026-11-25,"say ""hi"""\r\n\'=cmd(),-5\r\n');
  });
});
