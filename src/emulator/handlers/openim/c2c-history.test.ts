/** `admin_getroammsg`, `admin_msgwithdraw`, `modify_c2c_msg`, `admin_set_msg_read`, `get_c2c_unread_msg_num` (../shared/im-api/03-c2c-messages.md). */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import type { ManualClock } from '../../clock';
import { callIm, testEmulator } from '../../test-support';

const NOW = Date.UTC(2025, 2, 1) / 1000;
const text = (Text: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text } }];
const call = (emu: Emulator, path: string, body: unknown) => callIm(emu, path, body).then((r) => r.json);

/** alice and bob exchange `n` messages, one every 10 s, alternating, starting at NOW. */
async function chat(n: number): Promise<{ emu: Emulator; clock: ManualClock; keys: string[] }> {
  const { emu, clock } = testEmulator();
  for (const id of ['alice', 'bob', 'carol']) emu.store.createAccount(id, 0);
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const [from, to] = i % 2 ? ['bob', 'alice'] : ['alice', 'bob'];
    const j = await call(emu, 'openim/sendmsg', {
      From_Account: from,
      To_Account: to,
      MsgSeq: i + 1,
      MsgRandom: 100 + i,
      MsgBody: text(`msg ${i}`),
    });
    keys.push(j.MsgKey as string);
    clock.advance(10_000);
  }
  return { emu, clock, keys };
}

const roam = (emu: Emulator, body: Record<string, unknown>) =>
  call(emu, 'openim/admin_getroammsg', {
    Operator_Account: 'bob',
    Peer_Account: 'alice',
    MaxCnt: 100,
    MinTime: NOW,
    MaxTime: NOW + 10_000,
    ...body,
  });
const texts = (j: Record<string, unknown>) =>
  (j.MsgList as { MsgBody: { MsgContent: { Text: string } }[] }[]).map((m) => m.MsgBody[0]?.MsgContent.Text);

describe('openim/admin_getroammsg', () => {
  it('pages backwards: newest page first, oldest-first inside, LastMsgKey naming the oldest', async () => {
    const { emu, keys } = await chat(7);
    const p1 = await roam(emu, { MaxCnt: 3 });
    expect(endpoints['openim/admin_getroammsg'].response.safeParse(p1).success).toBe(true);
    expect(p1).toMatchObject({ Complete: 0, MsgCnt: 3, LastMsgTime: NOW + 40, LastMsgKey: keys[4] });
    expect(texts(p1)).toEqual(['msg 4', 'msg 5', 'msg 6']);
    const p2 = await roam(emu, { MaxCnt: 3, MaxTime: p1.LastMsgTime, LastMsgKey: p1.LastMsgKey });
    expect(texts(p2)).toEqual(['msg 1', 'msg 2', 'msg 3']);
    const p3 = await roam(emu, { MaxCnt: 3, MaxTime: p2.LastMsgTime, LastMsgKey: p2.LastMsgKey });
    expect(p3).toMatchObject({ Complete: 1, MsgCnt: 1, LastMsgKey: keys[0] });
  });

  it('skips same-second messages at or after LastMsgKey by MsgSeq, and keeps the window inclusive', async () => {
    const { emu } = testEmulator();
    for (const id of ['alice', 'bob']) emu.store.createAccount(id, 0);
    for (const seq of [3, 1, 2]) {
      await call(emu, 'openim/sendmsg', {
        From_Account: 'alice',
        To_Account: 'bob',
        MsgSeq: seq,
        MsgRandom: 1,
        MsgBody: text(`s${seq}`),
      });
    }
    const p1 = await roam(emu, { MaxCnt: 2, MinTime: NOW, MaxTime: NOW });
    expect(texts(p1)).toEqual(['s2', 's3']);
    const p2 = await roam(emu, { MaxCnt: 2, MinTime: NOW, MaxTime: NOW, LastMsgKey: p1.LastMsgKey });
    expect(texts(p2)).toEqual(['s1']);
    expect(p2.Complete).toBe(1);
  });

  it('answers an empty window with Complete 1 and nothing else, and cuts a page at about 13 KB', async () => {
    const { emu } = await chat(1);
    expect(await roam(emu, { MinTime: 1, MaxTime: 2 })).toMatchObject({
      Complete: 1,
      MsgCnt: 0,
      MsgList: [],
    });
    for (let i = 0; i < 5; i++) {
      await call(emu, 'openim/sendmsg', {
        From_Account: 'alice',
        To_Account: 'bob',
        MsgSeq: 50 + i,
        MsgRandom: 1,
        MsgBody: text('x'.repeat(4000)),
      });
    }
    const page = await roam(emu, {});
    expect(page.MsgCnt).toBe(3);
    expect(page.Complete).toBe(0);
  });

  it('hides messages older than the roaming period', async () => {
    const { emu, clock } = await chat(2);
    clock.advance(7 * 86_400_000);
    expect((await roam(emu, { MaxTime: NOW + 8 * 86_400 })).MsgCnt).toBe(0);
  });

  it('accepts the SDK model names From_Account/To_Account', async () => {
    const { emu } = await chat(2);
    const j = await call(emu, 'openim/admin_getroammsg', {
      From_Account: 'bob',
      To_Account: 'alice',
      MaxCnt: 5,
      MinTime: NOW,
      MaxTime: NOW + 100,
    });
    expect(j.MsgCnt).toBe(2);
  });

  it.each([
    ['an unknown operator', { Operator_Account: 'ghost' }, 90008],
    ['no operator', { Operator_Account: undefined }, 90008],
    ['an unknown peer', { Peer_Account: 'ghost' }, 90003],
    ['no peer', { Peer_Account: undefined }, 90003],
    ['MinTime after MaxTime', { MinTime: NOW + 5, MaxTime: NOW }, 90001],
    ['MaxCnt 0', { MaxCnt: 0 }, 90001],
  ])('fails for %s (%i)', async (_, body, code) => {
    const { emu } = await chat(1);
    expect(await roam(emu, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });

  it('needs an admin (90009)', async () => {
    const { emu } = await chat(1);
    const { json } = await callIm(
      emu,
      'openim/admin_getroammsg',
      { Operator_Account: 'bob', Peer_Account: 'alice', MaxCnt: 1, MinTime: 0, MaxTime: 1 },
      { identifier: 'bob' },
    );
    expect(json.ErrorCode).toBe(90009);
  });
});

describe('openim/admin_msgwithdraw', () => {
  const withdraw = (emu: Emulator, body: Record<string, unknown>) =>
    call(emu, 'openim/admin_msgwithdraw', { From_Account: 'alice', To_Account: 'bob', ...body });

  it('flags the message 8 in both views, drops it from unread, and refuses a second recall (20023)', async () => {
    const { emu, keys } = await chat(1);
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      1,
    );
    expect(await withdraw(emu, { MsgKey: keys[0] })).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
    });
    for (const [op, peer] of [
      ['bob', 'alice'],
      ['alice', 'bob'],
    ]) {
      const j = await roam(emu, { Operator_Account: op, Peer_Account: peer });
      expect((j.MsgList as { MsgFlagBits: number }[])[0]?.MsgFlagBits).toBe(8);
    }
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      0,
    );
    expect(await withdraw(emu, { MsgKey: keys[0] })).toMatchObject({ ErrorCode: 20023 });
  });

  it.each([
    ['a malformed key', { MsgKey: 'abc' }, 90054],
    ['an empty key', { MsgKey: '' }, 90054],
    ['an unknown key', { MsgKey: '1_2_3' }, 20022],
    ['the key under the wrong direction', { From_Account: 'bob', To_Account: 'alice', MsgKey: 'K0' }, 20022],
    ['an unknown sender', { From_Account: 'ghost', MsgKey: '1_2_3' }, 90008],
    ['an unknown recipient', { To_Account: 'ghost', MsgKey: '1_2_3' }, 90003],
  ])('fails for %s (%i)', async (_, body, code) => {
    const { emu, keys } = await chat(1);
    const b = body.MsgKey === 'K0' ? { ...body, MsgKey: keys[0] } : body;
    expect(await withdraw(emu, b)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});

describe('openim/modify_c2c_msg', () => {
  it('replaces only the given fields in both views and keeps key, flags and unread', async () => {
    const { emu, keys } = await chat(1);
    const j = await call(emu, 'openim/modify_c2c_msg', {
      From_Account: 'alice',
      To_Account: 'bob',
      MsgKey: keys[0],
      MsgBody: text('edited'),
    });
    expect(j.ErrorCode).toBe(0);
    await call(emu, 'openim/modify_c2c_msg', {
      From_Account: 'alice',
      To_Account: 'bob',
      MsgKey: keys[0],
      CloudCustomData: 'cc',
    });
    for (const op of ['alice', 'bob']) {
      const m = (await roam(emu, { Operator_Account: op, Peer_Account: op === 'bob' ? 'alice' : 'bob' }))
        .MsgList as Record<string, unknown>[];
      expect(m[0]).toMatchObject({
        MsgKey: keys[0],
        MsgBody: text('edited'),
        CloudCustomData: 'cc',
        MsgFlagBits: 0,
      });
    }
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      1,
    );
  });

  it.each([
    ['an unknown key', { MsgKey: '1_2_3' }, 20026],
    ['a malformed key', { MsgKey: 'x' }, 90054],
    ['a bad body', { MsgKey: '1_2_3', MsgBody: [] }, 90002],
    ['an unknown sender', { From_Account: 'ghost', MsgKey: '1_2_3' }, 90008],
  ])('fails for %s (%i)', async (_, body, code) => {
    const { emu } = await chat(1);
    const j = await call(emu, 'openim/modify_c2c_msg', { From_Account: 'alice', To_Account: 'bob', ...body });
    expect(j).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});

describe('openim/admin_set_msg_read and get_c2c_unread_msg_num', () => {
  it('counts per peer and in total, and clears up to MsgReadTime (string or number), never backwards', async () => {
    const { emu } = await chat(6); // alice→bob at +0, +20, +40; bob→alice at +10, +30, +50
    await call(emu, 'openim/sendmsg', {
      From_Account: 'carol',
      To_Account: 'bob',
      MsgRandom: 1,
      MsgBody: text('hey'),
    });
    const j = await call(emu, 'openim/get_c2c_unread_msg_num', {
      To_Account: 'bob',
      Peer_Account: ['alice', 'carol', 'ghost', 'bob'],
    });
    expect(j).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      C2CUnreadMsgNumList: [
        { Peer_Account: 'alice', C2CUnreadMsgNum: 3 },
        { Peer_Account: 'carol', C2CUnreadMsgNum: 1 },
        { Peer_Account: 'bob', C2CUnreadMsgNum: 0 },
      ],
      ErrorList: [{ Peer_Account: 'ghost', ErrorCode: 70107 }],
    });
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      4,
    );
    await call(emu, 'openim/admin_set_msg_read', {
      Report_Account: 'bob',
      Peer_Account: 'alice',
      MsgReadTime: String(NOW + 20),
    });
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      2,
    );
    await call(emu, 'openim/admin_set_msg_read', {
      Report_Account: 'bob',
      Peer_Account: 'alice',
      MsgReadTime: NOW,
    });
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      2,
    );
    await call(emu, 'openim/admin_set_msg_read', { Report_Account: 'bob', Peer_Account: 'alice' });
    expect((await call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: 'bob' })).AllC2CUnreadMsgNum).toBe(
      1,
    );
    expect((await roam(emu, {})).MsgList).toSatisfy((l: { IsPeerRead: number }[]) =>
      l.every((m) => m.IsPeerRead === 0),
    );
  });

  it.each([
    ['set_msg_read', { Report_Account: 'ghost', Peer_Account: 'alice' }, 90008],
    ['set_msg_read', { Report_Account: 'bob', Peer_Account: 'ghost' }, 90003],
    ['set_msg_read', { Report_Account: 'bob', Peer_Account: 'alice', MsgReadTime: 'soon' }, 90001],
    ['get_c2c_unread_msg_num', { To_Account: 'ghost' }, 90003],
    [
      'get_c2c_unread_msg_num',
      { To_Account: 'bob', Peer_Account: Array.from({ length: 11 }, (_, i) => `p${i}`) },
      90001,
    ],
  ])('%s fails with %j → %i', async (cmd, body, code) => {
    const { emu } = await chat(1);
    const path = cmd === 'set_msg_read' ? 'openim/admin_set_msg_read' : 'openim/get_c2c_unread_msg_num';
    expect(await call(emu, path, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});
