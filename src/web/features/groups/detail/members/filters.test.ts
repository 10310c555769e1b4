import { describe, expect, it } from 'vitest';
import { parseMemberFilters, withMemberFilters } from './filters';

describe('member filters in the URL', () => {
  it('reads role, muted, keys and member', () => {
    const f = parseMemberFilters(
      new URLSearchParams('tab=members&role=Admin&muted=1&keys=a,%20b,a,&member=bob'),
    );
    expect(f).toEqual({ role: 'Admin', muted: true, keys: ['a', 'b'], member: 'bob' });
  });

  it('ignores an unknown role and a muted value other than 1', () => {
    const f = parseMemberFilters(new URLSearchParams('role=King&muted=yes'));
    expect(f).toEqual({ role: undefined, muted: false, keys: [], member: undefined });
  });

  it('writes changes and removes cleared ones, keeping other parameters', () => {
    const start = new URLSearchParams('tab=members&role=Admin&keys=a');
    const next = withMemberFilters(start, { role: undefined, muted: true, keys: ['x', 'y'] });
    expect(next.get('tab')).toBe('members');
    expect(next.has('role')).toBe(false);
    expect(next.get('muted')).toBe('1');
    expect(next.get('keys')).toBe('x,y');
    expect(withMemberFilters(next, { muted: false, keys: [] }).toString()).toBe('tab=members');
  });
});
