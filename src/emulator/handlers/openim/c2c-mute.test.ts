/**
 * Account-wide mutes on REST sends (../shared/im-api/12-global-mute.md "Emulator rules"): REST C2C
 * sends skip the C2C mute unless `restC2cMute` is on (then 20012, per item in `batchsendmsg`); REST
 * group sends honour the group mute (10017) unless `restGroupMute` is off.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const text = { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }] };

async function setup(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const { emu } = testEmulator(options);
  for (const UserID of ['muted', 'peer', 'other']) {
    await callIm(emu, 'im_open_login_svc/account_import', { UserID });
  }
  const set = await callIm(emu, 'openconfigsvr/setnospeaking', {
    Set_Account: 'muted',
    C2CmsgNospeakingTime: 600,
    GroupmsgNospeakingTime: 600,
  });
  expect(set.json.ErrorCode).toBe(0);
  return emu;
}

const send = (emu: Emulator, From_Account: string) =>
  callIm(emu, 'openim/sendmsg', { From_Account, To_Account: 'peer', MsgRandom: 7, ...text }).then(
    (r) => r.json,
  );

describe('global mutes on REST sends', () => {
  it('lets a C2C-muted sender send over REST by default, as documented', async () => {
    const emu = await setup();
    expect(await send(emu, 'muted')).toMatchObject({ ErrorCode: 0 });
    expect(emu.store.c2c.conversation('muted', 'peer')).toHaveLength(1);
  });

  it('refuses a C2C-muted sender with 20012 when restC2cMute is on, and stores nothing', async () => {
    const emu = await setup({ restC2cMute: true });
    expect(await send(emu, 'muted')).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 20012 });
    expect(emu.store.c2c.conversation('muted', 'peer')).toHaveLength(0);
    expect(await send(emu, 'other')).toMatchObject({ ErrorCode: 0 });
    // The mute ends on the emulator clock.
    emu.clock.advance(601_000);
    expect(await send(emu, 'muted')).toMatchObject({ ErrorCode: 0 });
  });

  it('lists every recipient of a muted batch with 20012 (unknown ones keep 70107)', async () => {
    const emu = await setup({ restC2cMute: true });
    const { json } = await callIm(emu, 'openim/batchsendmsg', {
      From_Account: 'muted',
      To_Account: ['peer', 'ghost', 'other'],
      MsgRandom: 8,
      ...text,
    });
    expect(json).toMatchObject({ ErrorCode: 0 });
    expect(json.ErrorList).toEqual([
      { To_Account: 'peer', ErrorCode: 20012 },
      { To_Account: 'ghost', ErrorCode: 70107 },
      { To_Account: 'other', ErrorCode: 20012 },
    ]);
    expect(emu.store.c2c.conversation('muted', 'peer')).toHaveLength(0);
    const unmuted = await callIm(emu, 'openim/batchsendmsg', {
      From_Account: 'other',
      To_Account: ['peer'],
      MsgRandom: 9,
      ...text,
    });
    expect(unmuted.json.ErrorList).toBeUndefined();
  });

  it('refuses a group-muted sender in send_group_msg (10017) unless restGroupMute is off', async () => {
    for (const [restGroupMute, code] of [
      [true, 10017],
      [false, 0],
    ] as const) {
      const emu = await setup({ restGroupMute });
      const created = await callIm(emu, 'group_open_http_svc/create_group', {
        Type: 'Public',
        Name: 'g',
        Owner_Account: 'peer',
        MemberList: [{ Member_Account: 'muted' }],
      });
      const { json } = await callIm(emu, 'group_open_http_svc/send_group_msg', {
        GroupId: created.json.GroupId,
        From_Account: 'muted',
        Random: 1,
        ...text,
      });
      expect(json.ErrorCode).toBe(code);
    }
  });
});
