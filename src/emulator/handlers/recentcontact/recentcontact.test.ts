/** `recentcontact/get_list` and `delete` against ../shared/im-api/08-conversations.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const NOW = Date.UTC(2025, 2, 1) / 1000;
const call = (emu: Emulator, path: string, body: unknown) => callIm(emu, path, body).then((r) => r.json);
const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }];
const first = { TimeStamp: 0, StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 };
const list = (emu: Emulator, body: Record<string, unknown> = {}) =>
  call(emu, 'recentcontact/get_list', { From_Account: 'alice', ...first, AssistFlags: 7, ...body });
const ids = (j: Record<string, unknown>) =>
  (j.SessionItem as { To_Account?: string; GroupId?: string }[]).map((s) => s.To_Account ?? s.GroupId);

function setup(): { emu: Emulator; clock: { advance(ms: number): void } } {
  const { emu, clock } = testEmulator();
  for (const id of ['alice', 'bob', 'carol', 'dave']) emu.store.createAccount(id, 0);
  return { emu, clock };
}
const send = (emu: Emulator, from: string, to: string) =>
  call(emu, 'openim/sendmsg', { From_Account: from, To_Account: to, MsgRandom: 1, MsgBody: text });

describe('recentcontact/get_list', () => {
  it('follows C2C and group messages: newest first, pinned first, with the docs fields', async () => {
    const { emu, clock } = setup();
    await send(emu, 'bob', 'alice');
    clock.advance(5000);
    emu.store.conversations.noteGroupMessage('@TGS#1', ['alice', 'bob'], NOW + 5, 1);
    clock.advance(5000);
    await send(emu, 'alice', 'carol');
    emu.store.conversations.setPinned('alice', { type: 1, id: 'bob' }, true, NOW);
    const j = await list(emu);
    expect(endpoints['recentcontact/get_list'].response.safeParse(j).success).toBe(true);
    expect(j).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
      SessionItem: [
        { Type: 1, To_Account: 'bob', MsgTime: NOW, TopFlag: 1 },
        { Type: 1, To_Account: 'carol', MsgTime: NOW + 10, TopFlag: 0 },
        { Type: 2, GroupId: '@TGS#1', MsgTime: NOW + 5, TopFlag: 0 },
      ],
      CompleteFlag: 1,
      TimeStamp: NOW + 10,
      StartIndex: 0,
      TopTimeStamp: NOW + 10,
      TopStartIndex: 0,
    });
    expect(ids(await list(emu, { AssistFlags: 0 }))).toEqual(['carol', '@TGS#1', 'bob']);
    expect(ids(await list(emu, { From_Account: 'carol' }))).toEqual(['alice']);
  });

  it('pages 100 at a time with TimeStamp/StartIndex through equal MsgTimes, without repeats or gaps', async () => {
    const { emu } = setup();
    for (let i = 0; i < 230; i++) {
      emu.store.conversations.noteGroupMessage(
        `g${String(i).padStart(3, '0')}`,
        ['alice'],
        NOW - Math.floor(i / 50),
        i,
      );
    }
    const seen: string[] = [];
    let cursor: Record<string, unknown> = first;
    for (let n = 0; n < 5; n++) {
      const j = await list(emu, cursor);
      seen.push(...(ids(j) as string[]));
      if (j.CompleteFlag === 1) break;
      expect((j.SessionItem as unknown[]).length).toBe(100);
      cursor = {
        TimeStamp: j.TimeStamp,
        StartIndex: j.StartIndex,
        TopTimeStamp: j.TopTimeStamp,
        TopStartIndex: j.TopStartIndex,
      };
    }
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
  });

  it('leaves out empty conversations unless AssistFlags bit 1, and adds marks only with higher bits', async () => {
    const { emu } = setup();
    emu.store.conversations.setPinned('alice', { type: 1, id: 'dave' }, true, NOW);
    await send(emu, 'bob', 'alice');
    await call(emu, 'recentcontact/mark_contact', {
      From_Account: 'alice',
      MarkItem: [
        { OptType: 3, ContactItem: { Type: 1, To_Account: 'bob' }, SetMark: [0, 3], CustomMark: 'vip' },
      ],
    });
    expect(ids(await list(emu, { AssistFlags: 5 }))).toEqual(['bob']);
    expect(ids(await list(emu))).toEqual(['dave', 'bob']);
    expect((await list(emu)).SessionItem).toContainEqual({
      Type: 1,
      To_Account: 'bob',
      MsgTime: NOW,
      TopFlag: 0,
    });
    expect((await list(emu, { AssistFlags: 63 })).SessionItem).toContainEqual({
      Type: 1,
      To_Account: 'bob',
      MsgTime: NOW,
      TopFlag: 0,
      StandardMark: '1001',
      CustomMark: 'vip',
    });
  });

  it.each([
    ['an unknown owner', { From_Account: 'ghost' }, 50001],
    ['a missing cursor', { TimeStamp: undefined }, 50002],
  ])('fails for %s (%i)', async (_, body, code) => {
    const { emu } = setup();
    expect(await list(emu, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code, ErrorDisplay: '' });
  });

  it('needs an admin (50003)', async () => {
    const { emu } = setup();
    const { json } = await callIm(
      emu,
      'recentcontact/get_list',
      { From_Account: 'alice', ...first, AssistFlags: 7 },
      { identifier: 'alice' },
    );
    expect(json.ErrorCode).toBe(50003);
  });
});

describe('recentcontact/delete', () => {
  const del = (emu: Emulator, body: Record<string, unknown>) =>
    call(emu, 'recentcontact/delete', { From_Account: 'alice', ...body });
  const roam = (emu: Emulator, op: string, peer: string) =>
    call(emu, 'openim/admin_getroammsg', {
      Operator_Account: op,
      Peer_Account: peer,
      MaxCnt: 10,
      MinTime: 0,
      MaxTime: NOW + 100,
    });

  it('removes only the owner entry and clears unread; a new message brings it back', async () => {
    const { emu, clock } = setup();
    await send(emu, 'bob', 'alice');
    expect(await del(emu, { Type: 1, To_Account: 'bob' })).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
    });
    expect(ids(await list(emu))).toEqual([]);
    expect(ids(await list(emu, { From_Account: 'bob' }))).toEqual(['alice']);
    expect(emu.store.c2c.unread('alice', 'bob')).toBe(0);
    expect((await roam(emu, 'alice', 'bob')).MsgCnt).toBe(1);
    clock.advance(3000);
    await send(emu, 'bob', 'alice');
    expect((await list(emu)).SessionItem).toEqual([
      { Type: 1, To_Account: 'bob', MsgTime: NOW + 3, TopFlag: 0 },
    ]);
  });

  it('with ClearRamble 1 wipes the owner side of the history only', async () => {
    const { emu } = setup();
    await send(emu, 'bob', 'alice');
    await send(emu, 'alice', 'bob');
    await del(emu, { Type: 1, To_Account: 'bob', ClearRamble: 1 });
    expect((await roam(emu, 'alice', 'bob')).MsgCnt).toBe(0);
    expect((await roam(emu, 'bob', 'alice')).MsgCnt).toBe(2);
  });

  it('deletes group conversations by ToGroupid or seed-style To_Account, and missing ones succeed', async () => {
    const { emu } = setup();
    emu.store.conversations.noteGroupMessage('g1', ['alice'], NOW, 1);
    emu.store.conversations.noteGroupMessage('g2', ['alice'], NOW, 1);
    await del(emu, { Type: 2, ToGroupid: 'g1', ClearRamble: 1 });
    await del(emu, { Type: 2, To_Account: 'g2' });
    expect(ids(await list(emu))).toEqual([]);
    expect(emu.store.conversations.groupHistoryClearedAt('alice', 'g1')).toBe(NOW);
    expect((await del(emu, { Type: 1, To_Account: 'carol' })).ErrorCode).toBe(0);
  });

  it.each([
    ['an unknown owner', { From_Account: 'ghost', Type: 1, To_Account: 'bob' }, 50001],
    ['a bad Type', { Type: 3, To_Account: 'bob' }, 50002],
    ['no peer for C2C', { Type: 1 }, 50002],
  ])('fails for %s (%i)', async (_, body, code) => {
    const { emu } = setup();
    expect(await del(emu, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });
});
