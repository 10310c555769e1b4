/** The scale seed's layout: valid, distinct IDs and in-range memberships, so the seed and the benchmark agree. */
import { describe, expect, it } from 'vitest';
import { groupIdRefSchema } from '../../api/group';
import { userIdSchema } from '../../api/rules';
import {
  SCALE_BIG_GROUP,
  SCALE_GROUPS,
  SCALE_USERS,
  scaleGroupId,
  scaleGroupMembers,
  scalePair,
  scaleUserId,
} from './scale-layout';

describe('scale seed layout', () => {
  it('names users u0000001…u1000000 as valid UserIDs', () => {
    expect(scaleUserId(1)).toBe('u0000001');
    expect(scaleUserId(SCALE_USERS)).toBe('u1000000');
    expect(userIdSchema.safeParse(scaleUserId(SCALE_USERS)).success).toBe(true);
  });

  it('gives every group a distinct server-style GroupId of its type', () => {
    const ids = new Set([SCALE_BIG_GROUP]);
    for (let i = 1; i < SCALE_GROUPS; i += 7) ids.add(scaleGroupId(i));
    expect(ids.size).toBe(1 + Math.ceil((SCALE_GROUPS - 1) / 7));
    expect(scaleGroupId(9)).toMatch(/^@TGS#_@TGS#c[A-Z0-9]{10}$/);
    expect(scaleGroupId(1)).toMatch(/^@TGS#1[A-Z0-9]{8}$/);
    expect(scaleGroupId(8)).toMatch(/^@TGS#a[A-Z0-9]{8}$/);
    for (const id of [...ids].slice(0, 200)) expect(groupIdRefSchema.safeParse(id).success, id).toBe(true);
  });

  it('fills ordinary groups with 3–20 distinct existing users and pairs two different users', () => {
    for (let i = 1; i < SCALE_GROUPS; i += 997) {
      const members = scaleGroupMembers(i);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(20);
      expect(new Set(members).size).toBe(members.length);
      for (const n of members) expect(n >= 1 && n <= SCALE_USERS).toBe(true);
    }
    for (let i = 0; i < 200_000; i += 4999) {
      const [a, b] = scalePair(i);
      expect(a).not.toBe(b);
      expect(Math.min(a, b)).toBeGreaterThanOrEqual(1);
      expect(Math.max(a, b)).toBeLessThanOrEqual(SCALE_USERS);
    }
  });
});
