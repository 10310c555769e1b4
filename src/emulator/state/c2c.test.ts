/** The C2C and conversation slices: persistence, purge, the archive read, and the demo seed's consistency (03 §12, 08 §1). */
import { describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../seed/demo';
import { Store } from '../store';
import type { C2cSaved } from './c2c';
import type { ConversationsSaved } from './conversations';
import { msgKeyOf } from './c2c-record';
import type { C2cRecord } from './c2c-record';

const NOW = 1_740_787_200;
const rec = (from: string, to: string, time: number, seq = 1): C2cRecord => ({
  from,
  to,
  seq,
  random: 7,
  time,
  flagBits: 0,
  peerRead: 0,
  body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `${from}@${time}` } }],
  senderCopy: true,
  recipientCopy: true,
  countsUnread: true,
});

function store(): Store {
  const s = new Store(
    ['administrator'],
    { version: 1, accounts: [], profiles: [], sessions: [], customTags: [] },
    NOW,
  );
  for (const id of ['alice', 'bob', 'carol']) s.createAccount(id, NOW);
  return s;
}

describe('c2c and conversations slices', () => {
  it('round-trips through a snapshot', () => {
    const a = store();
    a.c2c.insert(rec('alice', 'bob', NOW + 2));
    a.c2c.insert(rec('bob', 'alice', NOW + 1));
    a.c2c.markRead('bob', 'alice', NOW);
    a.conversations.noteC2cMessage('alice', 'bob', NOW + 2, true);
    a.conversations.marksOf('alice').data({ type: 1, id: 'bob' }, NOW).bits.push(0);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const b = new Store(['administrator'], snap, NOW);
    expect(b.snapshot()).toEqual(snap);
    expect(b.c2c.view('alice', 'bob', 0, NOW + 10).map((r) => r.time)).toEqual([NOW + 1, NOW + 2]);
    expect(b.c2c.unread('bob', 'alice')).toBe(1);
  });

  it('drops a deleted user from both sides (account_delete)', () => {
    const s = store();
    s.c2c.insert(rec('alice', 'bob', NOW));
    s.conversations.noteC2cMessage('alice', 'bob', NOW, true);
    s.conversations.marksOf('alice').data({ type: 1, id: 'bob' }, NOW).groupIds.push(1);
    s.deleteAccount('bob', NOW);
    expect(s.c2c.conversation('alice', 'bob')).toEqual([]);
    expect(s.c2c.peersOf('alice')).toEqual([]);
    expect(s.conversations.list('alice')).toEqual([]);
    expect(s.conversations.peekMarks('alice')?.marks.size).toBe(0);
  });

  it('reads every message of a time window once, whatever the views, for the hourly archive', () => {
    const s = store();
    s.c2c.insert({ ...rec('alice', 'bob', NOW + 10), senderCopy: false });
    s.c2c.insert(rec('carol', 'alice', NOW + 5, 2));
    s.c2c.insert(rec('bob', 'carol', NOW + 3600));
    const got = s.c2c.messagesInWindow(NOW, NOW + 3600);
    expect(got.map((m) => [m.From_Account, m.MsgTimeStamp])).toEqual([
      ['carol', NOW + 5],
      ['alice', NOW + 10],
    ]);
    expect(got[0]?.MsgKey).toBe(msgKeyOf({ seq: 2, random: 7, time: NOW + 5 }));
  });

  it('records a group message in each member’s list without moving MsgTime back', () => {
    const s = store();
    s.conversations.noteGroupMessage('@TGS#1', ['alice', 'bob'], NOW + 9, 4);
    s.conversations.noteGroupMessage('@TGS#1', ['alice'], NOW + 2, 3);
    expect(s.conversations.get('alice', { type: 2, id: '@TGS#1' })).toEqual({
      type: 2,
      id: '@TGS#1',
      msgTime: NOW + 9,
      topFlag: 0,
      lastMsgSeq: 4,
    });
  });
});

describe('demo seed: C2C history', () => {
  const snap = buildDemoSnapshot({ admins: ['administrator'], nowSeconds: NOW });
  const c2c = snap.slices?.c2c as C2cSaved;
  const conv = snap.slices?.conversations as ConversationsSaved;

  it('is the same byte for byte for the same inputs', () => {
    const again = buildDemoSnapshot({ admins: ['administrator'], nowSeconds: NOW });
    expect(JSON.stringify(again.slices?.c2c)).toBe(JSON.stringify(c2c));
    expect(JSON.stringify(again.slices?.conversations)).toBe(JSON.stringify(conv));
  });

  it('holds a few thousand messages inside the roaming window, every element kind, recalled and extended ones', () => {
    expect(c2c.messages.length).toBeGreaterThan(3000);
    expect(c2c.messages.every((m) => m.time > NOW - 7 * 86_400 && m.time <= NOW)).toBe(true);
    const kinds = new Set(c2c.messages.flatMap((m) => m.body.map((e) => e.MsgType)));
    expect([...kinds].sort()).toEqual(
      [
        'TIMCustomElem',
        'TIMFaceElem',
        'TIMFileElem',
        'TIMImageElem',
        'TIMLocationElem',
        'TIMSoundElem',
        'TIMTextElem',
        'TIMVideoFileElem',
      ].sort(),
    );
    expect(c2c.messages.some((m) => m.flagBits === 8)).toBe(true);
    expect(c2c.messages.some((m) => m.cloudCustomData?.includes('editedBy'))).toBe(true);
    expect(c2c.messages.some((m) => m.ext?.kvs.length)).toBe(true);
  });

  it('loads into a store whose conversations and unread counts agree with the messages', () => {
    const s = new Store(['administrator'], snap, NOW);
    expect(s.c2c.conversation('alice', 'bob').length).toBeGreaterThan(500);
    expect(s.c2c.unread('bob', 'alice')).toBe(4);
    expect(s.c2c.unread('zhangwei', 'lina')).toBe(7);
    expect(s.conversations.list('zhangwei').length).toBeGreaterThan(100);
    for (const owner of ['alice', 'bob', 'zhangwei', 'user_0001']) {
      // Group entries are checked against the group messages in seed/group-conversations.test.ts.
      for (const c of s.conversations.list(owner).filter((x) => x.type === 1)) {
        const last = s.c2c.view(owner, c.id, 0, NOW).at(-1);
        expect(last?.time, `${owner}/${c.id}`).toBe(c.msgTime);
      }
    }
    expect(s.conversations.get('eve', { type: 1, id: 'dave' })).toBeUndefined();
    expect(s.c2c.view('dave', 'eve', 0, NOW).length).toBeGreaterThan(0);
  });
});
