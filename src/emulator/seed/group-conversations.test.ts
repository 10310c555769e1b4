/**
 * Group conversations of the demo seed: every member who received a group's seeded messages has the
 * group in `recentcontact/get_list` at the latest message's time; non-members and AVChatRooms have
 * none; read seqs and unread counts follow the live rules; the saved form stays compact and canonical.
 */
import { describe, expect, it } from 'vitest';
import { ConversationsSlice } from '../state/conversations';
import type { ConversationsSaved } from '../state/conversations';
import type { GroupRecord } from '../state/groups-model';
import { callIm, testEmulator, TEST_START_MS } from '../test-support';
import type { Emulator } from '../app';
import { buildSeed } from './index';

interface Item {
  Type: number;
  GroupId?: string;
  To_Account?: string;
  MsgTime: number;
  TopFlag: number;
}

/** Every conversation of `owner`, page by page. */
async function allConversations(emu: Emulator, owner: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor = { TimeStamp: 0, StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 };
  for (let page = 0; page < 50; page++) {
    const res = await callIm(emu, 'recentcontact/get_list', {
      From_Account: owner,
      ...cursor,
      AssistFlags: 7,
    });
    expect(res.json.ErrorCode).toBe(0);
    items.push(...(res.json.SessionItem as Item[]));
    if (res.json.CompleteFlag === 1) return items;
    cursor = {
      TimeStamp: res.json.TimeStamp as number,
      StartIndex: res.json.StartIndex as number,
      TopTimeStamp: res.json.TopTimeStamp as number,
      TopStartIndex: res.json.TopStartIndex as number,
    };
  }
  throw new Error('get_list did not complete');
}

const groupItems = (items: Item[]) => new Map(items.filter((i) => i.Type === 2).map((i) => [i.GroupId, i]));
const lastMsg = (g: GroupRecord) => g.messages[g.messages.length - 1];

describe('demo seed group conversations', { timeout: 30_000 }, () => {
  const { emu } = testEmulator({ seed: 'demo' });
  const groups = emu.store.groups.list();

  it('lists a group for its member at the last message time, and not for a non-member', async () => {
    const g = emu.store.groups.group('announcements') as GroupRecord;
    const last = lastMsg(g);
    expect(last).toBeDefined();
    const member = [...g.members.values()].find((m) => m.joinTime <= (last?.time ?? 0));
    const nonMember = [...emu.store.accounts.values()].find((a) => !a.deletedAt && !g.members.has(a.userId));
    expect(member && nonMember).toBeTruthy();
    const mine = groupItems(await allConversations(emu, member?.account ?? ''));
    expect(mine.get('announcements')).toEqual({
      Type: 2,
      GroupId: 'announcements',
      MsgTime: last?.time,
      TopFlag: 0,
    });
    const theirs = groupItems(await allConversations(emu, nonMember?.userId ?? ''));
    expect(theirs.has('announcements')).toBe(false);
  });

  it("lists exactly alice's groups that have messages, each at its latest message", async () => {
    const expected = new Map<string, number>();
    for (const { group, member } of emu.store.groups.groupsOf('alice')) {
      const last = lastMsg(group);
      if (last && group.type !== 'AVChatRoom' && member.joinTime <= last.time)
        expected.set(group.groupId, last.time);
    }
    expect(expected.size).toBeGreaterThan(20);
    const items = await allConversations(emu, 'alice');
    const listed = groupItems(items);
    expect(new Map([...listed].map(([id, i]) => [id, i.MsgTime]))).toEqual(expected);
    // The C2C conversations are still there, and the unpinned ones come newest first.
    expect(items.some((i) => i.Type === 1 && i.To_Account === 'bob')).toBe(true);
    const times = items.filter((i) => i.TopFlag === 0).map((i) => i.MsgTime);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('gives every receiving member exactly one entry per group, with the last seq; none for AVChatRoom or groups without messages', () => {
    let expected = 0;
    for (const g of groups) {
      const last = lastMsg(g);
      for (const m of g.members.values()) {
        const c = emu.store.conversations.get(m.account, { type: 2, id: g.groupId });
        if (!last || g.type === 'AVChatRoom' || m.joinTime > last.time) {
          expect(c, `${g.groupId} ${m.account}`).toBeUndefined();
          continue;
        }
        expected++;
        expect(c).toEqual({ type: 2, id: g.groupId, msgTime: last.time, topFlag: 0, lastMsgSeq: last.seq });
      }
    }
    let groupEntries = 0;
    for (const a of [...emu.store.accounts.values()])
      groupEntries += emu.store.conversations.list(a.userId).filter((c) => c.type === 2).length;
    expect(groupEntries).toBe(expected);
    expect(expected).toBeGreaterThan(50_000);
    expect(groups.some((g) => g.type === 'AVChatRoom')).toBe(true);
  });

  it('keeps read seqs and unread counts consistent with the messages (11-groups-messages.md)', () => {
    let someUnread = 0;
    for (const g of groups) {
      for (const m of g.members.values()) {
        const own = g.messages.filter((x) => x.from === m.account).pop();
        expect(m.msgSeq).toBeGreaterThanOrEqual(own?.seq ?? 0);
        const beforeJoin = g.messages.filter((x) => x.time < m.joinTime).length;
        expect(m.msgSeq).toBeGreaterThanOrEqual(beforeJoin);
        const unread = g.messages.filter((x) => x.seq > m.msgSeq && x.from !== m.account).length;
        const counts = g.type !== 'ChatRoom' && g.type !== 'AVChatRoom';
        expect(m.unread, `${g.groupId} ${m.account}`).toBe(counts ? unread : 0);
        if (m.unread) someUnread++;
      }
    }
    expect(someUnread).toBeGreaterThan(1000);
  });

  it('saves the group entries as one run per group, exactly as the seed built them', () => {
    const seed = buildSeed('demo', {
      admins: ['administrator'],
      nowSeconds: Math.floor(TEST_START_MS / 1000),
    });
    const built = seed.slices?.conversations as ConversationsSaved;
    const saved = emu.store.conversations.snapshot();
    expect(JSON.stringify(saved)).toBe(JSON.stringify(built));
    expect(saved.groupRuns?.length).toBe(
      groups.filter((g) => g.messages.length && g.type !== 'AVChatRoom').length,
    );
    expect(saved.lists.every(([, list]) => list.every((c) => c.type === 1))).toBe(true);
  });

  it('moves the conversation forward for every member on a live send', async () => {
    const { emu: live, clock } = testEmulator({ seed: 'demo' });
    clock.advance(60_000);
    const g = live.store.groups.group('demo_team') as GroupRecord;
    const sent = await callIm(live, 'group_open_http_svc/send_group_msg', {
      GroupId: 'demo_team',
      Random: 7,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
    });
    expect(sent.json.ErrorCode).toBe(0);
    for (const m of g.members.values()) {
      expect(live.store.conversations.get(m.account, { type: 2, id: 'demo_team' })).toMatchObject({
        msgTime: sent.json.MsgTime,
        lastMsgSeq: sent.json.MsgSeq,
      });
    }
    const saved = live.store.conversations.snapshot();
    const run = saved.groupRuns?.find(([id]) => id === 'demo_team');
    expect(run?.slice(0, 3)).toEqual(['demo_team', sent.json.MsgTime, sent.json.MsgSeq]);
    expect(run?.[3]).toEqual([...g.members.keys()].sort());
  });
});

describe('conversation slice saved form', () => {
  it('keeps pinned, empty and C2C entries in lists, groups the rest in runs, and round-trips', () => {
    const slice = new ConversationsSlice();
    slice.noteGroupMessage('g1', ['u2', 'u1', 'u3'], 100, 5);
    slice.noteGroupMessage('g1', ['u3'], 120, 6);
    slice.noteC2cMessage('u1', 'u2', 90, true);
    slice.setPinned('u2', { type: 2, id: 'g1' }, true, 130);
    slice.setPinned('u4', { type: 2, id: 'g2' }, false, 130);
    slice.remove('u4', { type: 2, id: 'g2' });
    const saved = slice.snapshot();
    expect(saved.groupRuns).toEqual([
      ['g1', 100, 5, ['u1']],
      ['g1', 120, 6, ['u3']],
    ]);
    expect(saved.lists).toEqual([
      ['u1', [{ type: 1, id: 'u2', msgTime: 90, topFlag: 0 }]],
      [
        'u2',
        [
          { type: 1, id: 'u1', msgTime: 90, topFlag: 0 },
          { type: 2, id: 'g1', msgTime: 100, topFlag: 1, lastMsgSeq: 5 },
        ],
      ],
      ['u4', []],
    ]);
    const again = new ConversationsSlice();
    again.load(saved);
    expect(again.snapshot()).toEqual(saved);
    expect(again.get('u3', { type: 2, id: 'g1' })).toEqual({
      type: 2,
      id: 'g1',
      msgTime: 120,
      topFlag: 0,
      lastMsgSeq: 6,
    });
    // A saved state from before runs existed still loads.
    const { groupRuns: _runs, ...old } = saved;
    again.load(old);
    expect(again.get('u1', { type: 2, id: 'g1' })).toBeUndefined();
    expect(again.list('u2')).toHaveLength(2);
  });
});
