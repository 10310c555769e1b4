/** `get_key_values` / `set_key_values` against ../shared/im-api/03-c2c-messages.md §10–11. */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const call = (emu: Emulator, path: string, body: unknown) => callIm(emu, path, body).then((r) => r.json);
const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'vote' } }];

async function setup(support = 1): Promise<{ emu: Emulator; key: string }> {
  const { emu } = testEmulator();
  for (const id of ['alice', 'bob']) emu.store.createAccount(id, 0);
  const j = await call(emu, 'openim/sendmsg', {
    From_Account: 'alice',
    To_Account: 'bob',
    MsgRandom: 1,
    MsgBody: text,
    SupportMessageExtension: support,
  });
  return { emu, key: j.MsgKey as string };
}
const set = (emu: Emulator, body: Record<string, unknown>) =>
  call(emu, 'openim_msg_ext_http_svc/set_key_values', { From_Account: 'alice', To_Account: 'bob', ...body });
const get = (emu: Emulator, body: Record<string, unknown>) =>
  call(emu, 'openim_msg_ext_http_svc/get_key_values', { To_Account: 'bob', ...body });

describe('openim_msg_ext_http_svc', () => {
  it('sets KVs stamping each with a new Seq, reads them from StartSeq, deletes and clears', async () => {
    const { emu, key } = await setup();
    const s = await set(emu, {
      MsgKey: key,
      OperateType: 1,
      ExtensionList: [
        { Key: 'k1', Value: 'v1' },
        { Key: 'k2', Value: 'v2' },
      ],
    });
    expect(s.ExtensionList).toEqual([
      { ErrorCode: 0, Extension: { Key: 'k1', Value: 'v1', Seq: 1 } },
      { ErrorCode: 0, Extension: { Key: 'k2', Value: 'v2', Seq: 2 } },
    ]);
    expect(await get(emu, { MsgKey: key, StartSeq: 2 })).toMatchObject({
      CompleteFlag: 1,
      LatestSeq: 2,
      ClearSeq: 0,
      ExtensionList: [{ Key: 'k2', Value: 'v2', Seq: 2 }],
    });
    const conflict = await set(emu, {
      MsgKey: key,
      OperateType: 1,
      ExtensionList: [{ Key: 'k1', Value: 'x', Seq: 9 }],
    });
    expect(conflict.ExtensionList).toEqual([
      { ErrorCode: 23001, Extension: { Key: 'k1', Value: 'v1', Seq: 1 } },
    ]);
    await set(emu, { MsgKey: key, OperateType: 2, ExtensionList: [{ Key: 'k1', Value: '' }] });
    expect(((await get(emu, { MsgKey: key })).ExtensionList as unknown[]).length).toBe(1);
    await set(emu, { MsgKey: key, OperateType: 3 });
    expect(await get(emu, { From_Account: 'alice', MsgKey: key })).toMatchObject({
      LatestSeq: 4,
      ClearSeq: 4,
      ExtensionList: [],
    });
  });

  it('pages at 200 KVs and refuses more than 300 on a message (90001)', async () => {
    const { emu, key } = await setup();
    for (let i = 0; i < 15; i++) {
      const list = Array.from({ length: 20 }, (_, j) => ({ Key: `k${i * 20 + j}`, Value: 'v' }));
      await set(emu, { MsgKey: key, OperateType: 1, ExtensionList: list });
    }
    const page = await get(emu, { MsgKey: key });
    expect(page).toMatchObject({ CompleteFlag: 0, LatestSeq: 300 });
    expect((page.ExtensionList as unknown[]).length).toBe(200);
    expect(
      await set(emu, { MsgKey: key, OperateType: 1, ExtensionList: [{ Key: 'extra', Value: 'v' }] }),
    ).toMatchObject({ ErrorCode: 90001 });
  });

  it.each([
    ['an unknown message', { MsgKey: '1_2_3', OperateType: 3 }, 20026],
    ['an unknown recipient', { To_Account: 'ghost', MsgKey: '1_2_3', OperateType: 3 }, 90003],
    ['an unknown sender', { From_Account: 'ghost', MsgKey: '1_2_3', OperateType: 3 }, 90008],
    [
      'more than 20 KVs',
      {
        MsgKey: '1_2_3',
        OperateType: 1,
        ExtensionList: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}`, Value: '' })),
      },
      90001,
    ],
  ])('set fails for %s (%i)', async (_, body, code) => {
    const { emu } = await setup();
    expect(await set(emu, body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });

  it('refuses a message sent without SupportMessageExtension (23002)', async () => {
    const { emu, key } = await setup(0);
    expect(await get(emu, { MsgKey: key })).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 23002 });
  });

  it('needs an admin (90009)', async () => {
    const { emu, key } = await setup();
    const { json } = await callIm(
      emu,
      'openim_msg_ext_http_svc/get_key_values',
      { To_Account: 'bob', MsgKey: key },
      { identifier: 'bob' },
    );
    expect(json.ErrorCode).toBe(90009);
  });
});
