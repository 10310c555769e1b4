/** The relationships slice: persistence, account deletion and the demo seed (07-relationships.md §2). */
import { describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../seed/demo';
import { createRng } from '../seed/prng';
import { buildRelationshipsSeed } from '../seed/relationships';
import { emptySnapshot, Store } from '../store';
import { callIm, testEmulator } from '../test-support';
import { relationshipsSavedSchema } from './relationships-model';

const NOW = 1_740_787_200;

async function twoFriendsAndABlock() {
  const { emu } = testEmulator();
  for (const id of ['a', 'b', 'c']) emu.store.createAccount(id, 0);
  const body = {
    From_Account: 'a',
    AddFriendItem: [
      { To_Account: 'b', AddSource: 'AddSource_Type_Web', GroupName: 'G', Remark: '老王' },
      { To_Account: 'c', AddSource: 'AddSource_Type_Web' },
    ],
    ForceAddFlags: 1,
  };
  await callIm(emu, 'sns/friend_add', body);
  await callIm(emu, 'sns/black_list_add', { From_Account: 'c', To_Account: ['b'] });
  return emu;
}

describe('RelationshipsSlice', () => {
  it('saves to a valid, deterministic snapshot part and loads it back unchanged', async () => {
    const emu = await twoFriendsAndABlock();
    const snap = JSON.parse(JSON.stringify(emu.store.snapshot()));
    expect(relationshipsSavedSchema.safeParse(snap.slices.relationships).success).toBe(true);
    const copy = new Store(['administrator'], snap, NOW);
    expect(copy.relationships.friend('a', 'b')).toEqual(emu.store.relationships.friend('a', 'b'));
    expect(copy.relationships.hasBlocked('c', 'b')).toBe(true);
    expect(JSON.stringify(copy.snapshot().slices)).toBe(JSON.stringify(emu.store.snapshot().slices));
  });

  it('starts empty with the default custom friend tags for a snapshot without the slice', () => {
    const s = new Store(['administrator'], emptySnapshot(), NOW);
    expect(s.relationships.snapshot().users).toEqual([]);
    expect(s.relationships.isCustomTagRegistered('Tag_SNS_Custom_Test')).toBe(true);
  });

  it('account_delete removes the user from every friend list, blocklist and pending request', async () => {
    const emu = await twoFriendsAndABlock();
    await callIm(emu, 'sns/friend_add', {
      From_Account: 'b',
      AddFriendItem: [{ To_Account: 'a', AddSource: 'AddSource_Type_Web' }],
    });
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'b' }] });
    const rel = emu.store.relationships;
    expect([rel.isFriend('a', 'b'), rel.hasBlocked('c', 'b'), rel.friendCount('b')]).toEqual([
      false,
      false,
      0,
    ]);
    expect(rel.isFriend('a', 'c')).toBe(true);
    expect(emu.store.summary().slices.relationships).toEqual({
      friendEntries: 2,
      blocklistEntries: 0,
      friendLists: 1,
      pendingRequests: 0,
    });
  });
});

describe('demo relationships seed', () => {
  const users = ['alice', 'zhangwei', 'bob', ...Array.from({ length: 40 }, (_, i) => `user_${i}`)].map(
    (userId) => ({ userId, createdAt: NOW - 400 * 86_400 }),
  );

  it('is the same for the same inputs, byte for byte, and differs for another seed', () => {
    const one = JSON.stringify(buildRelationshipsSeed(createRng('x'), users, NOW));
    expect(JSON.stringify(buildRelationshipsSeed(createRng('x'), users, NOW))).toBe(one);
    expect(JSON.stringify(buildRelationshipsSeed(createRng('y'), users, NOW))).not.toBe(one);
  });

  it('gives the demo a consistent graph: big lists for alice and zhangwei, no friends who are blocked', () => {
    const snap = buildDemoSnapshot({ admins: ['administrator'], nowSeconds: NOW });
    const saved = relationshipsSavedSchema.parse(snap.slices?.relationships);
    const store = new Store(['administrator'], snap, NOW);
    const rel = store.relationships;
    expect(rel.friendCount('alice')).toBeGreaterThan(100);
    expect(rel.friendCount('zhangwei')).toBeGreaterThan(100);
    expect(rel.isFriend('alice', 'bob') && rel.isFriend('bob', 'alice')).toBe(true);
    expect(rel.hasBlocked('alice', 'eve')).toBe(true);
    let entries = 0;
    for (const u of saved.users) {
      expect(store.isImported(u.userId)).toBe(true);
      expect(u.lists.length).toBeLessThanOrEqual(32);
      for (const f of u.friends) {
        entries++;
        expect(store.isImported(f.peer)).toBe(true);
        expect(rel.hasBlocked(u.userId, f.peer) || rel.hasBlocked(f.peer, u.userId)).toBe(false);
        expect(f.addTime).toBeLessThanOrEqual(NOW);
        for (const g of f.groups) expect(u.lists).toContain(g);
      }
    }
    expect(entries).toBeGreaterThan(500);
  });
});
