/** The scale seed's extras: two-way friendships, push data on a slice of users, group conversations of a subset of groups. */
import { describe, expect, it } from 'vitest';
import { conversationsSavedSchema } from '../state/conversations';
import { relationshipsSavedSchema } from '../state/relationships-model';
import { buildScaleGroups, scaleIds } from './scale-data';
import {
  buildScaleGroupRuns,
  buildScalePush,
  buildScaleRelationships,
  SCALE_CONV_GROUPS,
  SCALE_FRIEND_USERS,
  SCALE_PUSH_USERS,
} from './scale-extras';

const NOW = 1_740_787_200;
const id = scaleIds();

describe('scale seed extras', () => {
  it('makes friendships two-way, dated in the past, with blocklists apart from friends', () => {
    const rel = buildScaleRelationships(NOW, id);
    expect(relationshipsSavedSchema.safeParse(rel).success).toBe(true);
    expect(rel.users).toHaveLength(SCALE_FRIEND_USERS);
    const friendsOf = new Map(rel.users.map((u) => [u.userId, new Map(u.friends.map((f) => [f.peer, f]))]));
    let entries = 0;
    for (const u of rel.users) {
      expect(u.friends.length).toBeGreaterThanOrEqual(2);
      expect(u.seq.standard).toBe(u.friends.length);
      for (const f of u.friends) {
        entries++;
        const back = friendsOf.get(f.peer)?.get(u.userId);
        expect(back?.addTime, `${f.peer} → ${u.userId}`).toBe(f.addTime);
        expect(f.addTime).toBeLessThan(NOW);
        expect(f.addTime).toBeGreaterThan(NOW - 400 * 86_400);
      }
      for (const [peer] of u.blocked) expect(friendsOf.get(u.userId)?.has(peer)).toBe(false);
    }
    expect(entries).toBeGreaterThan(3 * SCALE_FRIEND_USERS);
    expect(rel.users.filter((u) => u.blocked.length).length).toBeGreaterThan(100);
    expect(JSON.stringify(buildScaleRelationships(NOW, id))).toBe(JSON.stringify(rel));
  });

  it('gives most of the first users push attributes and tags, and no past pushes', () => {
    const push = buildScalePush(NOW, id, 'administrator');
    expect(push.attrNames).toHaveLength(10);
    expect(push.attrs.length).toBeGreaterThan(0.8 * SCALE_PUSH_USERS);
    expect(push.attrs.length).toBeLessThan(0.9 * SCALE_PUSH_USERS);
    expect(push.tags.length).toBeGreaterThan(0.7 * SCALE_PUSH_USERS);
    expect(push.tags.length).toBeLessThan(0.8 * SCALE_PUSH_USERS);
    const last = id(SCALE_PUSH_USERS);
    for (const [u] of [...push.attrs, ...push.tags]) expect(u <= last, u).toBe(true);
    expect(push.tasks).toEqual([]);
  });

  it('puts the groups of a subset of ordinary groups in their members’ conversation lists', () => {
    const groups = buildScaleGroups(NOW, id).saved.groups;
    const runs = buildScaleGroupRuns(groups);
    expect(
      conversationsSavedSchema.safeParse({ lists: [], groupRuns: runs, contactMarks: [], clearedGroups: [] })
        .success,
    ).toBe(true);
    const byId = new Map(groups.map((g) => [g.groupId, g]));
    expect(runs.length).toBeGreaterThan(SCALE_CONV_GROUPS / 2);
    let entries = 0;
    for (const [groupId, time, seq, owners] of runs) {
      const g = byId.get(groupId);
      expect(g && g.listSeq >= 2 && g.listSeq <= SCALE_CONV_GROUPS + 1, groupId).toBe(true);
      expect(g?.type).not.toBe('AVChatRoom');
      const last = g?.messages[g.messages.length - 1];
      expect([time, seq]).toEqual([last?.time, last?.seq]);
      expect([...owners].sort()).toEqual([...(g?.members.map((m) => m.account) ?? [])].sort());
      entries += owners.length;
    }
    expect(entries).toBeGreaterThan(50_000);
  });
});
