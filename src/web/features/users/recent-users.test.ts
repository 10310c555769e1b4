/** Recently viewed users: per-operator keys, most recent first, no duplicates, capped, forget and clear. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearRecentUsers,
  forgetRecentUser,
  MAX_RECENT_USERS,
  recentUsersKey,
  rememberRecentUser,
} from './recent-users';

const stored = (username?: string) =>
  JSON.parse(localStorage.getItem(recentUsersKey(username)) ?? '[]') as { userId: string }[];

beforeEach(() => localStorage.clear());

describe('recent users', () => {
  it('keeps one list per operator, local when none is signed in', () => {
    rememberRecentUser('ops.anna', 'alice', 1);
    rememberRecentUser(undefined, 'bob', 2);
    expect(recentUsersKey(undefined)).toBe('im-console.recent-users.local');
    expect(stored('ops.anna').map((u) => u.userId)).toEqual(['alice']);
    expect(stored().map((u) => u.userId)).toEqual(['bob']);
  });

  it('puts the latest first without duplicates and caps the list', () => {
    for (let i = 0; i < MAX_RECENT_USERS + 5; i++) rememberRecentUser('a', `u${i}`, i);
    rememberRecentUser('a', 'u10', 100);
    const list = stored('a').map((u) => u.userId);
    expect(list).toHaveLength(MAX_RECENT_USERS);
    expect(list[0]).toBe('u10');
    expect(list.filter((id) => id === 'u10')).toHaveLength(1);
  });

  it('forgets one and clears all', () => {
    rememberRecentUser('a', 'x');
    rememberRecentUser('a', 'y');
    forgetRecentUser('a', 'x');
    expect(stored('a').map((u) => u.userId)).toEqual(['y']);
    clearRecentUsers('a');
    expect(localStorage.getItem(recentUsersKey('a'))).toBeNull();
  });
});
