import { describe, expect, it } from 'vitest';
import { memberRows, needsMore } from './member-rows';
import { nextPageParam, MEMBER_PAGE } from './queries';

const members = (n: number) => Array.from({ length: n }, (_, i) => ({ Member_Account: `u${i}` }));

describe('memberRows', () => {
  it('fills the whole group with placeholders while pages remain', () => {
    const rows = memberRows(members(100), 100_000, true, true);
    expect(rows).toHaveLength(100_000);
    expect(rows[99]).toEqual({ Member_Account: 'u99' });
    expect(rows[100]).toBe(100);
    expect(rows[99_999]).toBe(99_999);
  });

  it('adds one loading row when the matching total is unknown (role filter)', () => {
    const rows = memberRows(members(100), 5000, true, false);
    expect(rows).toHaveLength(101);
    expect(rows[100]).toBe(100);
  });

  it('shows only members once everything is loaded', () => {
    expect(memberRows(members(3), 10, false, true)).toHaveLength(3);
  });
});

describe('needsMore', () => {
  it('asks for the next page when the view nears the loaded end', () => {
    expect(needsMore(40, 100)).toBe(false);
    expect(needsMore(70, 100)).toBe(true);
    expect(needsMore(5000, 100)).toBe(true);
  });
});

describe('nextPageParam', () => {
  it('follows the Community cursor until it is empty', () => {
    expect(nextPageParam({ mode: 'next', role: undefined }, { next: '' }, 100, 100_000, '100')).toEqual({
      next: '100',
    });
    expect(
      nextPageParam({ mode: 'next', role: undefined }, { next: '9900' }, 100, 100_000, ''),
    ).toBeUndefined();
    expect(
      nextPageParam({ mode: 'next', role: undefined }, { next: '9900' }, 100, 100_000, undefined),
    ).toBeUndefined();
  });

  it('pages by offset and stops at MemberNum or a short page', () => {
    expect(
      nextPageParam({ mode: 'offset', role: undefined }, { offset: 0 }, MEMBER_PAGE, 250, undefined),
    ).toEqual({ offset: 100 });
    expect(
      nextPageParam({ mode: 'offset', role: undefined }, { offset: 200 }, 50, 250, undefined),
    ).toBeUndefined();
    expect(
      nextPageParam({ mode: 'offset', role: undefined }, { offset: 100 }, 100, 200, undefined),
    ).toBeUndefined();
  });

  it('with a role filter, MemberNum counts the whole group, so only a short page ends the list', () => {
    expect(nextPageParam({ mode: 'offset', role: 'Member' }, { offset: 0 }, 100, 100, undefined)).toEqual({
      offset: 100,
    });
    expect(
      nextPageParam({ mode: 'offset', role: 'Admin' }, { offset: 0 }, 3, 100, undefined),
    ).toBeUndefined();
  });
});

describe('formatTime', () => {
  it('writes what formatUnixSeconds writes, in both languages', async () => {
    const { formatTime } = await import('./member-cells');
    const { formatUnixSeconds } = await import('../../../../lib/i18n/i18n');
    for (const lang of ['en', 'zh'] as const)
      expect(formatTime(1_700_000_000, lang)).toBe(formatUnixSeconds(1_700_000_000, lang));
  });
});
