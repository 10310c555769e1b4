/** The seeds: deterministic, realistic, valid against the profile rules; `empty` holds only the admins. */
import { describe, expect, it } from 'vitest';
import { profileItemProblem } from '../../api/profile';
import { userIdSchema } from '../../api/rules';
import type { C2cSaved } from '../state/c2c';
import type { GroupsSaved } from '../state/groups-model';
import { buildDemoSnapshot, DEMO_CROWD_USERS, DEMO_NUMBERED_USERS, memorableUsers } from './demo';
import { buildSeed } from './index';
import { createRng } from './prng';

const NOW = 1_740_787_200; // 2025-03-01T00:00:00Z
const admins = ['administrator'];

describe('prng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng('demo');
    const b = createRng('demo');
    const c = createRng('other');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('keeps int() within its inclusive bounds', () => {
    const r = createRng(42);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('demo seed', () => {
  const snapshot = buildSeed('demo', { admins, nowSeconds: NOW });
  const live = snapshot.accounts.filter((a) => a.deletedAt === undefined);
  const nicks = snapshot.profiles.flatMap(([, items]) =>
    items.filter(([t]) => t === 'Tag_Profile_IM_Nick').map(([, v]) => String(v)),
  );

  it('is identical for the same inputs and only shifts times with another now', () => {
    expect(buildSeed('demo', { admins, nowSeconds: NOW })).toEqual(snapshot);
    const later = buildSeed('demo', { admins, nowSeconds: NOW + 1000 });
    expect(later.profiles).toEqual(snapshot.profiles);
    expect(later.accounts.map((a) => a.userId)).toEqual(snapshot.accounts.map((a) => a.userId));
    expect(later.accounts[1]?.createdAt).toBe((snapshot.accounts[1]?.createdAt ?? 0) + 1000);
    expect(buildDemoSnapshot({ admins, nowSeconds: NOW, seedText: 'other' }).profiles).not.toEqual(
      snapshot.profiles,
    );
  });

  it('is sized as specified: ~300 groups of 3 to 5,000 members and ~50,000 C2C and group messages', () => {
    const groups = (snapshot.slices?.groups as GroupsSaved).groups;
    expect(groups.length).toBe(300);
    const sizes = groups.filter((g) => g.type !== 'AVChatRoom').map((g) => g.members.length);
    expect(Math.min(...sizes)).toBeLessThanOrEqual(5);
    expect(Math.max(...sizes)).toBe(live.length - admins.length);
    expect(Math.max(...sizes)).toBe(5000);
    const groupMsgs = groups.reduce(
      (n, g) => n + g.messages.length + g.topics.reduce((t, x) => t + x.messages.length, 0),
      0,
    );
    const c2cMsgs = (snapshot.slices?.c2c as C2cSaved).messages.length;
    expect(groupMsgs + c2cMsgs).toBeGreaterThan(45_000);
    expect(groupMsgs + c2cMsgs).toBeLessThan(55_000);
  });

  it('has about 2,000 users plus 3,000 plain crowd accounts: user_0001… plus the memorable ones and the admin, all valid UserIDs', () => {
    expect(live).toHaveLength(DEMO_NUMBERED_USERS + DEMO_CROWD_USERS + memorableUsers.length + admins.length);
    const ids = new Set(live.map((a) => a.userId));
    for (const id of [
      'administrator',
      'alice',
      'bob',
      'zhangwei',
      'user_0001',
      `user_${String(DEMO_NUMBERED_USERS).padStart(4, '0')}`,
      `user_${String(DEMO_NUMBERED_USERS + DEMO_CROWD_USERS).padStart(4, '0')}`,
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    for (const id of ids) expect(userIdSchema.safeParse(id).success, id).toBe(true);
    expect(snapshot.accounts.some((a) => a.deletedAt !== undefined)).toBe(true);
  });

  it('keeps the crowd plain: profiles, no sessions, friends, C2C or push data, members of the all-hands group only', () => {
    const crowd = Array.from(
      { length: DEMO_CROWD_USERS },
      (_, i) => `user_${String(DEMO_NUMBERED_USERS + i + 1).padStart(4, '0')}`,
    );
    const crowdSet = new Set(crowd);
    const profiled = new Set(snapshot.profiles.map(([id]) => id));
    for (const id of crowd) expect(profiled.has(id), id).toBe(true);
    expect(snapshot.sessions.some(([id]) => crowdSet.has(id))).toBe(false);
    for (const slice of ['relationships', 'c2c', 'push', 'globalMute']) {
      const text = JSON.stringify(snapshot.slices?.[slice]);
      for (const id of [crowd[0], crowd[1234], crowd[crowd.length - 1]]) {
        expect(text.includes(`"${id}"`), `${slice} ${id}`).toBe(false);
      }
    }
    const groups = (snapshot.slices?.groups as GroupsSaved).groups;
    const withCrowd = groups.filter((g) => g.members.some((m) => crowdSet.has(m.account)));
    expect(withCrowd.map((g) => g.name)).toEqual(['All hands 全员']);
    const allHands = withCrowd[0] as GroupsSaved['groups'][number];
    expect(allHands.members.filter((m) => crowdSet.has(m.account))).toHaveLength(DEMO_CROWD_USERS);
    expect(new Set(allHands.members.map((m) => m.seq)).size).toBe(allHands.members.length);
    expect(allHands.nextMemberSeq).toBe(allHands.members.length + 1);
    // Crowd members read like the others: unread = later messages (they send none).
    for (const m of allHands.members.filter((x) => crowdSet.has(x.account))) {
      expect(m.unread).toBe(allHands.messages.length - m.msgSeq);
    }
  });

  it('mixes Chinese and English nicknames and uses avatar URLs', () => {
    const cjk = nicks.filter((n) => /[\u4e00-\u9fff]/.test(n)).length;
    const latinOnly = nicks.filter((n) => /^[\x20-\x7e]+$/.test(n)).length;
    expect(cjk).toBeGreaterThan(60);
    expect(latinOnly).toBeGreaterThan(60);
    const avatars = snapshot.profiles.flatMap(([, items]) =>
      items.filter(([t]) => t === 'Tag_Profile_IM_Image'),
    );
    expect(avatars.length).toBeGreaterThan(150);
    for (const [, url] of avatars) expect(String(url)).toMatch(/^https:\/\//);
  });

  it('varies the standard fields, uses registered custom fields, and every value passes the profile rules', () => {
    const tags = new Set<string>();
    const registered = new Set(snapshot.customTags.map((t) => t.tag));
    for (const [, items] of snapshot.profiles) {
      for (const [tag, value] of items) {
        tags.add(tag);
        expect(profileItemProblem(tag, value), `${tag}=${value}`).toBeUndefined();
        if (tag.startsWith('Tag_Profile_Custom_')) expect(registered.has(tag), tag).toBe(true);
      }
    }
    for (const tag of [
      'Tag_Profile_IM_Gender',
      'Tag_Profile_IM_BirthDay',
      'Tag_Profile_IM_Location',
      'Tag_Profile_IM_SelfSignature',
      'Tag_Profile_IM_Language',
      'Tag_Profile_IM_Level',
      'Tag_Profile_IM_Role',
      'Tag_Profile_IM_AllowType',
      'Tag_Profile_Custom_Hobby',
    ]) {
      expect(tags.has(tag), tag).toBe(true);
    }
  });

  it('has Online and PushOnline sessions on several platforms, with fixed presence for the memorable users', () => {
    const sessions = snapshot.sessions.flatMap(([, list]) => list);
    expect(new Set(sessions.map((s) => s.status))).toEqual(new Set(['Online', 'PushOnline']));
    expect(new Set(sessions.map((s) => s.platform)).size).toBeGreaterThanOrEqual(4);
    const of = (id: string) => snapshot.sessions.find(([u]) => u === id)?.[1];
    expect(of('alice')?.map((s) => s.platform)).toEqual(['iPhone', 'Web']);
    expect(of('bob')?.[0]?.status).toBe('PushOnline');
    expect(of('carol')).toBeUndefined();
  });
});

describe('empty seed', () => {
  it('holds only the admins and the custom tag registry', () => {
    const s = buildSeed('empty', { admins: ['administrator', 'ops'], nowSeconds: NOW });
    expect(s.accounts.map((a) => a.userId)).toEqual(['administrator', 'ops']);
    expect(s.profiles).toEqual([]);
    expect(s.sessions).toEqual([]);
    expect(s.customTags.map((t) => t.tag)).toContain('Tag_Profile_Custom_Test');
  });
});
