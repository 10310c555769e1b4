/** `setnospeaking` / `getnospeaking` against the Emulator rules of ../shared/im-api/12-global-mute.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import type { ManualClock } from '../../clock';
import { callIm, testEmulator } from '../../test-support';

function setup(): { emu: Emulator; clock: ManualClock } {
  const { emu, clock } = testEmulator();
  emu.store.createAccount('lumotuwe', 0);
  return { emu, clock };
}

const set = (emu: Emulator, body: unknown) =>
  callIm(emu, 'openconfigsvr/setnospeaking', body).then((r) => r.json);
const get = (emu: Emulator, Get_Account: unknown) =>
  callIm(emu, 'openconfigsvr/getnospeaking', { Get_Account }).then((r) => r.json);

describe('openconfigsvr/setnospeaking and getnospeaking', () => {
  it('reports 0 for an account never muted', async () => {
    const { emu } = setup();
    expect(await get(emu, 'lumotuwe')).toMatchObject({
      ErrorCode: 0,
      C2CmsgNospeakingTime: 0,
      GroupmsgNospeakingTime: 0,
    });
  });

  it('sets the docs example and counts down on the emulator clock (7196 four seconds later)', async () => {
    const { emu, clock } = setup();
    const ok = await set(emu, {
      Set_Account: 'lumotuwe',
      C2CmsgNospeakingTime: 4294967295,
      GroupmsgNospeakingTime: 7200,
    });
    expect(ok).toMatchObject({ ErrorCode: 0, ErrorInfo: '' });
    expect(endpoints['openconfigsvr/setnospeaking'].response.safeParse(ok).success).toBe(true);
    clock.advance(4000);
    const json = await get(emu, 'lumotuwe');
    expect(json).toMatchObject({
      ErrorCode: 0,
      C2CmsgNospeakingTime: 4294967295,
      GroupmsgNospeakingTime: 7196,
    });
    expect(endpoints['openconfigsvr/getnospeaking'].response.safeParse(json).success).toBe(true);
    expect(emu.store.globalMute.isC2cMuted('lumotuwe', Math.floor(clock.nowMs() / 1000))).toBe(true);
    expect(emu.store.globalMute.isGroupMuted('lumotuwe', Math.floor(clock.nowMs() / 1000))).toBe(true);
  });

  it('expires to 0, never negative', async () => {
    const { emu, clock } = setup();
    await set(emu, { Set_Account: 'lumotuwe', GroupmsgNospeakingTime: 60 });
    clock.advance(61_000);
    expect(await get(emu, 'lumotuwe')).toMatchObject({ GroupmsgNospeakingTime: 0 });
    expect(emu.store.globalMute.isGroupMuted('lumotuwe', Math.floor(clock.nowMs() / 1000))).toBe(false);
  });

  it('leaves an absent duration unchanged and lifts a mute with 0', async () => {
    const { emu } = setup();
    await set(emu, { Set_Account: 'lumotuwe', C2CmsgNospeakingTime: 3600, GroupmsgNospeakingTime: 3600 });
    await set(emu, { Set_Account: 'lumotuwe', C2CmsgNospeakingTime: 0 });
    expect(await get(emu, 'lumotuwe')).toMatchObject({
      C2CmsgNospeakingTime: 0,
      GroupmsgNospeakingTime: 3600,
    });
  });

  it('forgets the mutes of a deleted account', async () => {
    const { emu } = setup();
    await set(emu, { Set_Account: 'lumotuwe', C2CmsgNospeakingTime: 3600 });
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'lumotuwe' }] });
    emu.store.createAccount('lumotuwe', 1);
    expect(await get(emu, 'lumotuwe')).toMatchObject({ C2CmsgNospeakingTime: 0 });
  });

  it.each([
    ['130001 for a body that is not JSON', null, 130001],
    ['130004 for a missing Set_Account', { C2CmsgNospeakingTime: 10 }, 130004],
    ['130005 for a malformed Set_Account', { Set_Account: 5, C2CmsgNospeakingTime: 10 }, 130005],
    ['130005 for an unknown Set_Account', { Set_Account: 'ghost', C2CmsgNospeakingTime: 10 }, 130005],
    ['130008 when no duration is given', { Set_Account: 'lumotuwe' }, 130008],
    ['130001 for a negative duration', { Set_Account: 'lumotuwe', GroupmsgNospeakingTime: -1 }, 130001],
  ])('setnospeaking answers %s', async (_, body, code) => {
    const { emu } = setup();
    const { json } =
      body === null
        ? await callIm(emu, 'openconfigsvr/setnospeaking', null, { rawBody: '{' })
        : await callIm(emu, 'openconfigsvr/setnospeaking', body);
    expect(json).toMatchObject({ ErrorCode: code });
    expect(emu.store.globalMute.snapshot()).toEqual([]);
  });

  it.each([
    ['130002 for a missing Get_Account', {}, 130002],
    ['130003 for a malformed Get_Account', { Get_Account: ['x'] }, 130003],
    ['130003 for an unknown Get_Account', { Get_Account: 'ghost' }, 130003],
  ])('getnospeaking answers %s', async (_, body, code) => {
    const { emu } = setup();
    const { json } = await callIm(emu, 'openconfigsvr/getnospeaking', body);
    expect(json).toMatchObject({ ErrorCode: code });
  });

  it('answers 130001 to getnospeaking with a body that is not JSON and 60010 to a non-admin', async () => {
    const { emu } = setup();
    const bad = await callIm(emu, 'openconfigsvr/getnospeaking', null, { rawBody: '[]' });
    expect(bad.json).toMatchObject({ ErrorCode: 130001 });
    const { json } = await callIm(
      emu,
      'openconfigsvr/getnospeaking',
      { Get_Account: 'lumotuwe' },
      { identifier: 'lumotuwe' },
    );
    expect(json).toMatchObject({ ErrorCode: 60010 });
  });
});
