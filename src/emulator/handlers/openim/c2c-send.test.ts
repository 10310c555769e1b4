/** `sendmsg` / `batchsendmsg` / `importmsg` against the Emulator rules of ../shared/im-api/03-c2c-messages.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const NOW = Date.UTC(2025, 2, 1) / 1000;
const text = (Text: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text } }];

function setup(): Emulator {
  const { emu } = testEmulator();
  for (const id of ['alice', 'bob', 'carol']) emu.store.createAccount(id, 0);
  return emu;
}

const call = (emu: Emulator, path: string, body: unknown) => callIm(emu, path, body).then((r) => r.json);
const send = (emu: Emulator, body: Record<string, unknown>) =>
  call(emu, 'openim/sendmsg', {
    From_Account: 'alice',
    To_Account: 'bob',
    MsgRandom: 7,
    MsgBody: text('hi'),
    ...body,
  });
const history = (emu: Emulator, owner: string, peer: string) =>
  call(emu, 'openim/admin_getroammsg', {
    Operator_Account: owner,
    Peer_Account: peer,
    MaxCnt: 100,
    MinTime: 0,
    MaxTime: NOW + 10_000,
  }).then((j) => j.MsgList as Record<string, unknown>[]);
const unread = (emu: Emulator, owner: string, peer: string) =>
  call(emu, 'openim/get_c2c_unread_msg_num', { To_Account: owner, Peer_Account: [peer] }).then(
    (j) => (j.C2CUnreadMsgNumList as { C2CUnreadMsgNum: number }[])[0]?.C2CUnreadMsgNum,
  );

describe('openim/sendmsg', () => {
  it('stores the message in both views with MsgKey {seq}_{random}_{time}, unread for the recipient, and both conversations', async () => {
    const emu = setup();
    const json = await send(emu, { MsgSeq: 93847636, MsgRandom: 1287657, CloudCustomData: 'cc' });
    expect(json).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      MsgTime: NOW,
      MsgKey: `93847636_1287657_${NOW}`,
    });
    expect(endpoints['openim/sendmsg'].response.safeParse(json).success).toBe(true);
    for (const [owner, peer] of [
      ['alice', 'bob'],
      ['bob', 'alice'],
    ]) {
      expect(await history(emu, owner as string, peer as string)).toEqual([
        {
          From_Account: 'alice',
          To_Account: 'bob',
          MsgSeq: 93847636,
          MsgRandom: 1287657,
          MsgTimeStamp: NOW,
          MsgFlagBits: 0,
          IsPeerRead: 0,
          MsgKey: `93847636_1287657_${NOW}`,
          MsgBody: text('hi'),
          CloudCustomData: 'cc',
        },
      ]);
    }
    expect(await unread(emu, 'bob', 'alice')).toBe(1);
    expect(await unread(emu, 'alice', 'bob')).toBe(0);
    expect(emu.store.conversations.get('bob', { type: 1, id: 'alice' })?.msgTime).toBe(NOW);
    expect(emu.store.conversations.get('alice', { type: 1, id: 'bob' })?.msgTime).toBe(NOW);
  });

  it('sends as the admin when From_Account is omitted and picks a MsgSeq', async () => {
    const emu = setup();
    const json = await call(emu, 'openim/sendmsg', {
      To_Account: 'bob',
      MsgRandom: 1,
      MsgBody: text('notice'),
    });
    expect(json.MsgKey).toMatch(new RegExp(`^\\d+_1_${NOW}$`));
    expect((await history(emu, 'bob', 'administrator'))[0]).toMatchObject({ From_Account: 'administrator' });
  });

  it('keeps SyncOtherMachine 2 out of the sender view and conversation list', async () => {
    const emu = setup();
    await send(emu, { SyncOtherMachine: 2 });
    expect(await history(emu, 'alice', 'bob')).toEqual([]);
    expect(await history(emu, 'bob', 'alice')).toHaveLength(1);
    expect(emu.store.conversations.get('alice', { type: 1, id: 'bob' })).toBeUndefined();
  });

  it('honours NoUnread and NoLastMsg, and stores nothing for MsgLifeTime 0', async () => {
    const emu = setup();
    await send(emu, { SendMsgControl: ['NoUnread', 'NoLastMsg'] });
    expect(await unread(emu, 'bob', 'alice')).toBe(0);
    expect(emu.store.conversations.list('bob')).toEqual([]);
    await send(emu, { MsgLifeTime: 0, MsgRandom: 8 });
    expect(await history(emu, 'bob', 'alice')).toHaveLength(1);
  });

  it('answers a repeat within 120 s with the first MsgKey and stores it once; a later one is new', async () => {
    const { emu, clock } = testEmulator();
    for (const id of ['alice', 'bob']) emu.store.createAccount(id, 0);
    const first = await send(emu, { MsgSeq: 5 });
    clock.advance(60_000);
    expect((await send(emu, { MsgSeq: 5 })).MsgKey).toBe(first.MsgKey);
    expect(await history(emu, 'bob', 'alice')).toHaveLength(1);
    clock.advance(61_000);
    expect((await send(emu, { MsgSeq: 5 })).MsgKey).not.toBe(first.MsgKey);
  });

  it.each([
    ['unparseable JSON', 'raw', 90001],
    ['a non-admin caller', 'nonadmin', 90009],
    ['MsgBody not an array', { MsgBody: 'x' }, 90007],
    ['an empty MsgBody', { MsgBody: [] }, 90002],
    ['an element without MsgType', { MsgBody: [{ MsgContent: { Text: 'a' } }] }, 90002],
    ['an unknown MsgType', { MsgBody: [{ MsgType: 'TIMNope', MsgContent: {} }] }, 90010],
    [
      'a wrong-typed content field',
      { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 1 } }] },
      90010,
    ],
    [
      'two custom elements',
      { MsgBody: [1, 2].map(() => ({ MsgType: 'TIMCustomElem', MsgContent: { Data: 'd' } })) },
      90010,
    ],
    ['a body over 8 KB', { MsgBody: text('x'.repeat(9000)) }, 93000],
    ['no To_Account', { To_Account: undefined }, 90003],
    ['an unknown recipient', { To_Account: 'ghost' }, 90012],
    ['an unknown sender', { From_Account: 'ghost' }, 90008],
    ['no MsgRandom', { MsgRandom: undefined }, 90005],
    ['a bad MsgSeq', { MsgSeq: -1 }, 90004],
    ['a negative MsgLifeTime', { MsgLifeTime: -5 }, 90026],
    ['a fractional MsgLifeTime', { MsgLifeTime: 1.5 }, 90044],
    ['a bad SyncOtherMachine', { SyncOtherMachine: 'yes' }, 90031],
  ])('fails for %s (%i) and stores nothing', async (_, body, code) => {
    const emu = setup();
    const base = { From_Account: 'alice', To_Account: 'bob', MsgRandom: 7, MsgBody: text('hi') };
    const { json } =
      body === 'raw'
        ? await callIm(emu, 'openim/sendmsg', null, { rawBody: '{bad' })
        : body === 'nonadmin'
          ? await callIm(emu, 'openim/sendmsg', base, { identifier: 'alice' })
          : await callIm(emu, 'openim/sendmsg', { ...base, ...(body as Record<string, unknown>) });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(emu.store.c2c.summary().messages).toBe(0);
  });
});

describe('openim/batchsendmsg', () => {
  const batch = (emu: Emulator, body: Record<string, unknown>) =>
    call(emu, 'openim/batchsendmsg', {
      From_Account: 'alice',
      MsgRandom: 9,
      MsgBody: text('promo'),
      ...body,
    });

  it('uses one MsgKey for every recipient and lists unknown ones with 70107', async () => {
    const emu = setup();
    const json = await batch(emu, { To_Account: ['bob', 'ghost', 'carol'], MsgSeq: 28360 });
    expect(json).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      MsgKey: `28360_9_${NOW}`,
      ErrorList: [{ To_Account: 'ghost', ErrorCode: 70107 }],
    });
    for (const to of ['bob', 'carol']) {
      expect((await history(emu, to, 'alice'))[0]?.MsgKey).toBe(json.MsgKey);
      expect(await unread(emu, to, 'alice')).toBe(1);
      expect((await history(emu, 'alice', to))[0]?.MsgKey).toBe(json.MsgKey);
    }
    const recall = await call(emu, 'openim/admin_msgwithdraw', {
      From_Account: 'alice',
      To_Account: 'carol',
      MsgKey: json.MsgKey,
    });
    expect(recall.ErrorCode).toBe(0);
    expect((await history(emu, 'bob', 'alice'))[0]?.MsgFlagBits).toBe(0);
  });

  it('omits ErrorList when every recipient exists; OnlineOnlyFlag stores nothing', async () => {
    const emu = setup();
    expect(await batch(emu, { To_Account: ['bob'], OnlineOnlyFlag: 1 })).not.toHaveProperty('ErrorList');
    expect(emu.store.c2c.summary().messages).toBe(0);
  });

  it.each([
    ['no valid recipient', { To_Account: ['ghost'] }, 90012],
    ['more than 500 recipients', { To_Account: Array.from({ length: 501 }, (_, i) => `u${i}`) }, 90011],
    ['an unknown sender', { To_Account: ['bob'], From_Account: 'ghost' }, 90008],
    ['a bad MsgBody', { To_Account: ['bob'], MsgBody: {} }, 90007],
  ])('fails for %s (%i)', async (_, body, code) => {
    const emu = setup();
    expect(await batch(emu, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});

describe('openim/importmsg', () => {
  const imp = (emu: Emulator, body: Record<string, unknown>) =>
    call(emu, 'openim/importmsg', {
      SyncFromOldSystem: 2,
      From_Account: 'alice',
      To_Account: 'bob',
      MsgSeq: 1,
      MsgRandom: 2,
      MsgTimeStamp: NOW - 500,
      MsgBody: text('old'),
      ...body,
    });

  it('inserts in time order, dedupes on (seq, random, time) either way, and only mode 5 counts unread', async () => {
    const emu = setup();
    expect(await imp(emu, {})).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    await imp(emu, { MsgSeq: 3, MsgTimeStamp: NOW - 900, MsgBody: text('older') });
    await imp(emu, { From_Account: 'bob', To_Account: 'alice', MsgBody: text('dup') });
    expect((await history(emu, 'alice', 'bob')).map((m) => m.MsgBody)).toEqual([text('older'), text('old')]);
    expect(await unread(emu, 'bob', 'alice')).toBe(0);
    await imp(emu, { SyncFromOldSystem: 5, MsgSeq: 9, MsgTimeStamp: NOW - 10 });
    expect(await unread(emu, 'bob', 'alice')).toBe(1);
    expect(emu.store.conversations.get('alice', { type: 1, id: 'bob' })?.msgTime).toBe(NOW - 10);
  });

  it.each([
    ['a bad SyncFromOldSystem', { SyncFromOldSystem: 3 }, 90030],
    ['no MsgTimeStamp', { MsgTimeStamp: undefined }, 90006],
    ['no MsgRandom', { MsgRandom: undefined }, 90005],
    ['an unknown recipient', { To_Account: 'ghost' }, 90012],
    ['an unknown sender', { From_Account: 'ghost' }, 90008],
  ])('fails for %s (%i)', async (_, body, code) => {
    const emu = setup();
    expect(await imp(emu, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});
