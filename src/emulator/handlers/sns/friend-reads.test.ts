/** `friend_check`, `friend_get`, `friend_get_list` against ../shared/im-api/07-relationships.md. */
import { describe, expect, it } from 'vitest';
import { FRIEND_GET_PAGE_SIZE } from './friend_get';
import { addFriends, codes, plainEntry, setupSns, sns } from './sns-test-kit';

describe('sns/friend_check', () => {
  it('reports the four relations for a two-way check and two for a one-way check, in input order', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b']);
    await addFriends(emu, 'a', ['c'], { AddType: 'Add_Type_Single' });
    await addFriends(emu, 'd', ['a'], { AddType: 'Add_Type_Single' });
    const to = ['b', 'c', 'd', 'e', 'ghost', 'b'];
    const both = await sns(emu, 'friend_check', {
      From_Account: 'a',
      To_Account: to,
      CheckType: 'CheckResult_Type_Both',
    });
    expect(
      (both.InfoItem as { To_Account: string; Relation: string }[]).map((i) => [i.To_Account, i.Relation]),
    ).toEqual([
      ['b', 'CheckResult_Type_BothWay'],
      ['c', 'CheckResult_Type_AWithB'],
      ['d', 'CheckResult_Type_BWithA'],
      ['e', 'CheckResult_Type_NoRelation'],
      ['ghost', 'CheckResult_Type_NoRelation'],
      ['b', 'CheckResult_Type_BothWay'],
    ]);
    expect(codes(both, 'InfoItem')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(both).not.toHaveProperty('Fail_Account');
    const single = await sns(emu, 'friend_check', {
      From_Account: 'a',
      To_Account: ['b', 'd'],
      CheckType: 'CheckResult_Type_Single',
    });
    expect((single.InfoItem as { Relation: string }[]).map((i) => i.Relation)).toEqual([
      'CheckResult_Type_AWithB',
      'CheckResult_Type_NoRelation',
    ]);
  });

  it('answers 30001 without a CheckType and 30003 for an unknown owner', async () => {
    const emu = setupSns();
    expect(await sns(emu, 'friend_check', { From_Account: 'a', To_Account: ['b'] })).toMatchObject({
      ErrorCode: 30001,
    });
    const ghost = { From_Account: 'ghost', To_Account: ['b'], CheckType: 'CheckResult_Type_Both' };
    expect(await sns(emu, 'friend_check', ghost)).toMatchObject({ ErrorCode: 30003 });
  });
});

describe('sns/friend_get', () => {
  it('pages by StartIndex/NextStartIndex in AddTime-then-UserID order with CompleteFlag at the end', async () => {
    const emu = setupSns();
    const rel = emu.store.relationships;
    const total = FRIEND_GET_PAGE_SIZE * 2 + 5;
    for (let i = 0; i < total; i++)
      rel.setFriend('a', `f${String(i).padStart(3, '0')}`, plainEntry(1000 + (total - i)));
    const ids: string[] = [];
    let start = 0;
    const flags: number[] = [];
    for (;;) {
      const page = await sns(emu, 'friend_get', { From_Account: 'a', StartIndex: start });
      expect(page.FriendNum).toBe(total);
      ids.push(...(page.UserDataItem as { To_Account: string }[]).map((u) => u.To_Account));
      flags.push(page.CompleteFlag as number);
      if (page.CompleteFlag) {
        expect(page.NextStartIndex).toBe(0);
        break;
      }
      start = page.NextStartIndex as number;
    }
    expect(flags).toEqual([0, 0, 1]);
    expect(ids[0]).toBe(`f${String(total - 1).padStart(3, '0')}`);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('returns only set fields, as {Tag, Value} pairs with typed values', async () => {
    const emu = setupSns();
    await sns(emu, 'friend_import', {
      From_Account: 'a',
      AddFriendItem: [
        {
          To_Account: 'b',
          AddSource: 'AddSource_Type_Android',
          Remark: 'Remark1',
          GroupName: ['Group1', 'Group2'],
          AddTime: 1563867420,
          CustomItem: [{ Tag: 'Tag_SNS_Custom_Test', Value: 'CustomData1' }],
        },
        { To_Account: 'c', AddSource: 'AddSource_Type_IOS', GroupName: ['Group1'], AddTime: 1563867425 },
      ],
    });
    const json = await sns(emu, 'friend_get', { From_Account: 'a', StartIndex: 0 });
    expect(json.UserDataItem).toEqual([
      {
        To_Account: 'b',
        ValueItem: [
          { Tag: 'Tag_SNS_IM_AddSource', Value: 'AddSource_Type_Android' },
          { Tag: 'Tag_SNS_IM_Remark', Value: 'Remark1' },
          { Tag: 'Tag_SNS_IM_Group', Value: ['Group1', 'Group2'] },
          { Tag: 'Tag_SNS_IM_AddTime', Value: 1563867420 },
          { Tag: 'Tag_SNS_Custom_Test', Value: 'CustomData1' },
        ],
      },
      {
        To_Account: 'c',
        ValueItem: [
          { Tag: 'Tag_SNS_IM_AddSource', Value: 'AddSource_Type_IOS' },
          { Tag: 'Tag_SNS_IM_Group', Value: ['Group1'] },
          { Tag: 'Tag_SNS_IM_AddTime', Value: 1563867425 },
        ],
      },
    ]);
    expect(json).toMatchObject({ FriendNum: 2, CompleteFlag: 1, NextStartIndex: 0 });
  });

  it('leaves out standard or custom fields whose cached sequence is current, and returns them after a change', async () => {
    const emu = setupSns();
    await sns(emu, 'friend_import', {
      From_Account: 'a',
      AddFriendItem: [
        {
          To_Account: 'b',
          AddSource: 'AddSource_Type_Web',
          CustomItem: [{ Tag: 'Tag_SNS_Custom_Test', Value: 'x' }],
        },
      ],
    });
    const first = await sns(emu, 'friend_get', {
      From_Account: 'a',
      StartIndex: 0,
      StandardSequence: 0,
      CustomSequence: 0,
    });
    const { StandardSequence, CustomSequence } = first as {
      StandardSequence: number;
      CustomSequence: number;
    };
    expect(StandardSequence).toBeGreaterThan(0);
    const cached = await sns(emu, 'friend_get', {
      From_Account: 'a',
      StartIndex: 0,
      StandardSequence,
      CustomSequence,
    });
    expect(cached.UserDataItem).toEqual([{ To_Account: 'b', ValueItem: [] }]);
    const stdOnly = await sns(emu, 'friend_get', { From_Account: 'a', StartIndex: 0, CustomSequence });
    expect(
      (stdOnly.UserDataItem as { ValueItem: { Tag: string }[] }[])[0]?.ValueItem.map((v) => v.Tag),
    ).toEqual(['Tag_SNS_IM_AddSource', 'Tag_SNS_IM_AddTime']);
    await sns(emu, 'friend_update', {
      From_Account: 'a',
      UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: 'r' }] }],
    });
    const after = await sns(emu, 'friend_get', {
      From_Account: 'a',
      StartIndex: 0,
      StandardSequence,
      CustomSequence,
    });
    expect(after.StandardSequence).toBe(StandardSequence + 1);
    expect((after.UserDataItem as { ValueItem: unknown[] }[])[0]?.ValueItem).toContainEqual({
      Tag: 'Tag_SNS_IM_Remark',
      Value: 'r',
    });
  });

  it('answers an empty, complete list for a user without friends; 30001 without StartIndex; 30003 unknown owner', async () => {
    const emu = setupSns();
    expect(await sns(emu, 'friend_get', { From_Account: 'a', StartIndex: 0 })).toMatchObject({
      UserDataItem: [],
      FriendNum: 0,
      CompleteFlag: 1,
      NextStartIndex: 0,
    });
    expect(await sns(emu, 'friend_get', { From_Account: 'a' })).toMatchObject({ ErrorCode: 30001 });
    expect(await sns(emu, 'friend_get', { From_Account: 'ghost', StartIndex: 0 })).toMatchObject({
      ErrorCode: 30003,
    });
  });
});

describe('sns/friend_get_list', () => {
  it('returns requested friend and profile tags in TagList order, skipping unset ones; non-friends fail per item', async () => {
    const emu = setupSns();
    emu.store.setProfile('b', [
      ['Tag_Profile_IM_Nick', 'nick_2'],
      ['Tag_Profile_Custom_Test', 'custom_profile_2'],
    ]);
    emu.store.setProfile('c', [['Tag_Profile_IM_Nick', 'nick_3']]);
    await sns(emu, 'friend_import', {
      From_Account: 'a',
      AddFriendItem: [
        {
          To_Account: 'b',
          AddSource: 'AddSource_Type_Web',
          Remark: 'remark_2',
          GroupName: ['group1', 'group2'],
          CustomItem: [{ Tag: 'Tag_SNS_Custom_Test', Value: 'custom_sns_2' }],
        },
        { To_Account: 'c', AddSource: 'AddSource_Type_Web', Remark: 'remark_3' },
      ],
    });
    const json = await sns(emu, 'friend_get_list', {
      From_Account: 'a',
      To_Account: ['b', 'c', 'd'],
      TagList: [
        'Tag_SNS_IM_Remark',
        'Tag_SNS_IM_Group',
        'Tag_Profile_IM_Nick',
        'Tag_Profile_IM_Image',
        'Tag_SNS_Custom_Test',
        'Tag_Profile_Custom_Test',
      ],
    });
    expect(json.InfoItem).toEqual([
      {
        To_Account: 'b',
        SnsProfileItem: [
          { Tag: 'Tag_SNS_IM_Remark', Value: 'remark_2' },
          { Tag: 'Tag_SNS_IM_Group', Value: ['group1', 'group2'] },
          { Tag: 'Tag_Profile_IM_Nick', Value: 'nick_2' },
          { Tag: 'Tag_SNS_Custom_Test', Value: 'custom_sns_2' },
          { Tag: 'Tag_Profile_Custom_Test', Value: 'custom_profile_2' },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
      {
        To_Account: 'c',
        SnsProfileItem: [
          { Tag: 'Tag_SNS_IM_Remark', Value: 'remark_3' },
          { Tag: 'Tag_Profile_IM_Nick', Value: 'nick_3' },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
      { To_Account: 'd', ResultCode: 30001, ResultInfo: 'Err_SNS_FriendGetList_Friend_Not_Exist' },
    ]);
    expect(json.Fail_Account).toEqual(['d']);
  });

  it.each([
    ['an unregistered custom friend tag', 'Tag_SNS_Custom_Nope'],
    ['an unknown standard friend tag', 'Tag_SNS_IM_Shoe'],
    ['an unregistered custom profile tag', 'Tag_Profile_Custom_Nope'],
    ['an unknown profile tag', 'Tag_Profile_IM_Shoe'],
  ])('fails the whole call with 30001 for %s', async (_, tag) => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b']);
    const json = await sns(emu, 'friend_get_list', { From_Account: 'a', To_Account: ['b'], TagList: [tag] });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30001 });
  });

  it('answers 30003 for an unknown owner', async () => {
    const emu = setupSns();
    const body = { From_Account: 'ghost', To_Account: ['a'], TagList: ['Tag_Profile_IM_Nick'] };
    expect(await sns(emu, 'friend_get_list', body)).toMatchObject({ ErrorCode: 30003 });
  });
});
