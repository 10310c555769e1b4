/** `portrait_set` / `portrait_get` against the Emulator rules of ../shared/im-api/05-profile.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { callIm, testEmulator } from '../../test-support';
import type { Emulator } from '../../app';

function setup(): Emulator {
  const { emu } = testEmulator();
  emu.store.createAccount('id1', 0);
  emu.store.createAccount('id2', 0);
  return emu;
}

const set = (emu: Emulator, From_Account: string, ProfileItem: unknown[]) =>
  callIm(emu, 'profile/portrait_set', { From_Account, ProfileItem }).then((r) => r.json);
const get = (emu: Emulator, To_Account: string[], TagList: string[]) =>
  callIm(emu, 'profile/portrait_get', { To_Account, TagList }).then((r) => r.json);

describe('profile/portrait_set', () => {
  it('writes standard and registered custom fields (the docs example) and answers with ErrorDisplay', async () => {
    const emu = setup();
    const json = await set(emu, 'id1', [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'MyNickName' },
      { Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Female' },
      { Tag: 'Tag_Profile_IM_BirthDay', Value: 20190419 },
      { Tag: 'Tag_Profile_Custom_Test', Value: 'Custom Data1' },
    ]);
    expect(json).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ErrorDisplay: '' });
    expect(endpoints['profile/portrait_set'].response.safeParse(json).success).toBe(true);
    expect(Object.fromEntries(emu.store.profile('id1'))).toEqual({
      Tag_Profile_IM_Nick: 'MyNickName',
      Tag_Profile_IM_Gender: 'Gender_Type_Female',
      Tag_Profile_IM_BirthDay: 20190419,
      Tag_Profile_Custom_Test: 'Custom Data1',
    });
  });

  it('keeps the last value of a tag written twice', async () => {
    const emu = setup();
    await set(emu, 'id1', [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'a' },
      { Tag: 'Tag_Profile_IM_Nick', Value: 'b' },
    ]);
    expect(emu.store.profile('id1').get('Tag_Profile_IM_Nick')).toBe('b');
  });

  it.each([
    ['an unknown account', 'ghost', [{ Tag: 'Tag_Profile_IM_Nick', Value: 'x' }], 40003],
    ['an unknown standard-looking tag', 'id1', [{ Tag: 'Tag_Profile_IM_Shoe', Value: 'x' }], 40009],
    ['an unregistered custom tag', 'id1', [{ Tag: 'Tag_Profile_Custom_Nope', Value: 'x' }], 40009],
    [
      'a custom tag the admin may not write',
      'id1',
      [{ Tag: 'Tag_Profile_Custom_AppOnly', Value: 'x' }],
      40008,
    ],
    ['a string for an integer tag', 'id1', [{ Tag: 'Tag_Profile_IM_BirthDay', Value: '20190419' }], 40610],
    ['a number for a string tag', 'id1', [{ Tag: 'Tag_Profile_IM_Nick', Value: 5 }], 40610],
    ['an integer out of uint32 range', 'id1', [{ Tag: 'Tag_Profile_IM_Level', Value: -1 }], 40610],
    ['an unknown enum value', 'id1', [{ Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Other' }], 40605],
    [
      'a value over 500 bytes',
      'id1',
      [{ Tag: 'Tag_Profile_IM_SelfSignature', Value: 'x'.repeat(501) }],
      40601,
    ],
    ['a missing ProfileItem', 'id1', undefined, 40001],
  ])('fails the whole call for %s (%i) and writes nothing', async (_, from, items, code) => {
    const emu = setup();
    const body =
      items === undefined
        ? { From_Account: from }
        : { From_Account: from, ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: 'ok' }, ...items] };
    const { json } = await callIm(emu, 'profile/portrait_set', body);
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code, ErrorDisplay: '' });
    expect(emu.store.profile('id1').size).toBe(0);
  });
});

describe('profile/portrait_get', () => {
  it('answers tags in TagList order with defaults for never-set standard tags, omitting never-set custom ones', async () => {
    const emu = setup();
    await set(emu, 'id1', [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'NickNameTest1' },
      { Tag: 'Tag_Profile_Custom_Test', Value: 'Custom Data1' },
    ]);
    const json = await get(
      emu,
      ['id1', 'id2'],
      ['Tag_Profile_IM_Nick', 'Tag_Profile_IM_AllowType', 'Tag_Profile_IM_Level', 'Tag_Profile_Custom_Test'],
    );
    expect(endpoints['profile/portrait_get'].response.safeParse(json).success).toBe(true);
    expect(json.UserProfileItem).toEqual([
      {
        To_Account: 'id1',
        ProfileItem: [
          { Tag: 'Tag_Profile_IM_Nick', Value: 'NickNameTest1' },
          { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_NeedConfirm' },
          { Tag: 'Tag_Profile_IM_Level', Value: 0 },
          { Tag: 'Tag_Profile_Custom_Test', Value: 'Custom Data1' },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
      {
        To_Account: 'id2',
        ProfileItem: [
          { Tag: 'Tag_Profile_IM_Nick', Value: '' },
          { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_NeedConfirm' },
          { Tag: 'Tag_Profile_IM_Level', Value: 0 },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
    ]);
    expect(json).not.toHaveProperty('Fail_Account');
    expect(json.ErrorDisplay).toBe('');
  });

  it('reports unknown accounts per item with 40003 and lists them in Fail_Account', async () => {
    const emu = setup();
    const json = await get(emu, ['id1', 'id4'], ['Tag_Profile_IM_Nick']);
    expect(json.ErrorCode).toBe(0);
    expect((json.UserProfileItem as unknown[])[1]).toEqual({
      To_Account: 'id4',
      ResultCode: 40003,
      ResultInfo: 'Err_Profile_Account_Not_Exist',
    });
    expect(json.Fail_Account).toEqual(['id4']);
  });

  it.each([
    ['a malformed tag', ['Tag_Profile_IM_Shoe'], 40009],
    ['an unregistered custom tag', ['Tag_Profile_Custom_Nope'], 40009],
    ['an empty TagList', [], 40001],
  ])('fails the whole call for %s', async (_, tags, code) => {
    const emu = setup();
    expect((await get(emu, ['id1'], tags)).ErrorCode).toBe(code);
  });

  it('answers 40008 for a custom tag the admin may not read', async () => {
    const emu = setup();
    emu.store.customTags.push({ tag: 'Tag_Profile_Custom_Hidden', adminRead: false, adminWrite: false });
    expect((await get(emu, ['id1'], ['Tag_Profile_Custom_Hidden'])).ErrorCode).toBe(40008);
  });

  it('answers 40001 for more than 100 accounts', async () => {
    const emu = setup();
    const ids = Array.from({ length: 101 }, (_, i) => `u${i}`);
    expect((await get(emu, ids, ['Tag_Profile_IM_Nick'])).ErrorCode).toBe(40001);
  });
});
