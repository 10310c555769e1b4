/** `friend_import`, `friend_update`, `friend_delete`, `friend_delete_all` against ../shared/im-api/07-relationships.md. */
import { describe, expect, it } from 'vitest';
import { MAX_FRIENDS } from '../../../api/friend';
import { addFriends, codes, plainEntry, setupSns, sns } from './sns-test-kit';

const item = (To_Account: string, extra: Record<string, unknown> = {}) => ({
  To_Account,
  AddSource: 'AddSource_Type_Web',
  ...extra,
});

describe('sns/friend_import', () => {
  it('writes one-way entries with historical times, lists and custom fields, ignoring AllowType', async () => {
    const emu = setupSns();
    const json = await sns(emu, 'friend_import', {
      From_Account: 'a',
      AddFriendItem: [
        item('b'),
        item('c', {
          Remark: 'remark3',
          RemarkTime: 1420000001,
          GroupName: ['Colleagues', 'Friends'],
          AddWording: "I'm Test3",
          AddTime: 1420000001,
          CustomItem: [
            { Tag: 'Tag_SNS_Custom_Test', Value: 'Test' },
            { Tag: 'Tag_SNS_Custom_Intimacy', Value: 0 },
          ],
        }),
      ],
    });
    expect(codes(json)).toEqual([0, 0]);
    const rel = emu.store.relationships;
    expect(rel.isFriend('b', 'a')).toBe(false);
    expect(rel.friend('b', 'a')).toBeUndefined();
    expect(rel.friend('a', 'c')).toEqual({
      addSource: 'AddSource_Type_Web',
      addTime: 1420000001,
      addWording: "I'm Test3",
      remark: 'remark3',
      remarkTime: 1420000001,
      groups: ['Colleagues', 'Friends'],
      custom: new Map<string, string | number>([
        ['Tag_SNS_Custom_Test', 'Test'],
        ['Tag_SNS_Custom_Intimacy', 0],
      ]),
    });
    expect(rel.friend('a', 'b')?.addTime).toBe(Math.floor(emu.clock.nowMs() / 1000));
    expect(rel.read('a').lists).toEqual(['Colleagues', 'Friends']);
  });

  it('overwrites an existing entry (upsert) and fails per item for 30003, 30010, 30011', async () => {
    const emu = setupSns();
    await sns(emu, 'friend_import', { From_Account: 'a', AddFriendItem: [item('b', { Remark: 'old' })] });
    await sns(emu, 'friend_import', { From_Account: 'a', AddFriendItem: [item('b', { Remark: 'new' })] });
    expect(emu.store.relationships.friend('a', 'b')?.remark).toBe('new');

    const rel = emu.store.relationships;
    for (let i = 0; i < MAX_FRIENDS; i++) rel.setFriend('c', `x${i}`, plainEntry());
    rel.ensureLists(
      'd',
      Array.from({ length: 32 }, (_, i) => `L${i}`),
    );
    expect(codes(await sns(emu, 'friend_import', { From_Account: 'c', AddFriendItem: [item('a')] }))).toEqual(
      [30010],
    );
    const json = await sns(emu, 'friend_import', {
      From_Account: 'd',
      AddFriendItem: [item('ghost'), item('a', { GroupName: ['L33'] }), item('b', { GroupName: ['L1'] })],
    });
    expect(codes(json)).toEqual([30003, 30011, 0]);
    expect(json.Fail_Account).toEqual(['ghost', 'a']);
  });

  it('fails the whole call (30001) for an unregistered custom tag, writing nothing', async () => {
    const emu = setupSns();
    const json = await sns(emu, 'friend_import', {
      From_Account: 'a',
      AddFriendItem: [item('b'), item('c', { CustomItem: [{ Tag: 'Tag_SNS_Custom_XXXX', Value: 'x' }] })],
    });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30001 });
    expect(emu.store.relationships.isFriend('a', 'b')).toBe(false);
  });

  it('caps AddFriendItem at 1,000 (30001) and needs an imported owner (30003)', async () => {
    const emu = setupSns();
    const many = Array.from({ length: 1001 }, (_, i) => item(`u${i}`));
    expect(await sns(emu, 'friend_import', { From_Account: 'a', AddFriendItem: many })).toMatchObject({
      ErrorCode: 30001,
    });
    expect(
      await sns(emu, 'friend_import', { From_Account: 'ghost', AddFriendItem: [item('a')] }),
    ).toMatchObject({
      ErrorCode: 30003,
    });
  });
});

describe('sns/friend_update', () => {
  it('replaces remark and lists, sets custom fields, on the owner side only, bumping the sequences', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b', 'c']);
    const rel = emu.store.relationships;
    const before = { ...rel.read('a').seq };
    const json = await sns(emu, 'friend_update', {
      From_Account: 'a',
      UpdateItem: [
        { To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: 'remark1' }] },
        {
          To_Account: 'c',
          SnsItem: [
            { Tag: 'Tag_SNS_IM_Group', Value: ['group1', 'group2'] },
            { Tag: 'Tag_SNS_Custom_Test', Value: 'test' },
          ],
        },
      ],
    });
    expect(codes(json)).toEqual([0, 0]);
    expect(rel.friend('a', 'b')?.remark).toBe('remark1');
    expect(rel.friend('b', 'a')?.remark).toBeUndefined();
    expect(rel.friend('a', 'c')?.groups).toEqual(['group1', 'group2']);
    expect(rel.friend('a', 'c')?.custom.get('Tag_SNS_Custom_Test')).toBe('test');
    expect(rel.read('a').seq).toMatchObject({ standard: before.standard + 2, custom: before.custom + 1 });

    await sns(emu, 'friend_update', {
      From_Account: 'a',
      UpdateItem: [
        { To_Account: 'c', SnsItem: [{ Tag: 'Tag_SNS_IM_Group', Value: ['group3'] }] },
        { To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: '' }] },
      ],
    });
    expect(rel.friend('a', 'c')?.groups).toEqual(['group3']);
    expect(rel.friend('a', 'b')?.remark).toBeUndefined();
    expect(rel.read('a').lists).toEqual(['group1', 'group2', 'group3']);
  });

  it('fails per item: 30003 unknown account, 30001 not a friend, 30011 over 32 lists', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b']);
    emu.store.relationships.ensureLists(
      'a',
      Array.from({ length: 32 }, (_, i) => `L${i}`),
    );
    const remark = [{ Tag: 'Tag_SNS_IM_Remark', Value: 'x' }];
    const json = await sns(emu, 'friend_update', {
      From_Account: 'a',
      UpdateItem: [
        { To_Account: 'ghost', SnsItem: remark },
        { To_Account: 'c', SnsItem: remark },
        { To_Account: 'b', SnsItem: [...remark, { Tag: 'Tag_SNS_IM_Group', Value: ['new'] }] },
      ],
    });
    expect(codes(json)).toEqual([30003, 30001, 30011]);
    expect(json.Fail_Account).toEqual(['ghost', 'c', 'b']);
    expect(emu.store.relationships.friend('a', 'b')?.remark).toBeUndefined();
  });

  it.each([
    ['a non-updatable tag', { Tag: 'Tag_SNS_IM_AddSource', Value: 'AddSource_Type_Web' }, /Tag/],
    [
      'an unregistered custom tag',
      { Tag: 'Tag_SNS_Custom_Type', Value: 'x' },
      /^Invalid field: Tag_SNS_Custom_Type/,
    ],
  ])('fails the whole call with 30001 for %s', async (_, snsItem, info) => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b']);
    const json = await sns(emu, 'friend_update', {
      From_Account: 'a',
      UpdateItem: [{ To_Account: 'b', SnsItem: [snsItem] }],
    });
    expect(json).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 30001,
      ErrorInfo: expect.stringMatching(info),
    });
  });
});

describe('sns/friend_delete', () => {
  it('deletes one-way by default and both ways with Delete_Type_Both; non-friends are 31704', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b', 'c']);
    await addFriends(emu, 'd', ['a']);
    const rel = emu.store.relationships;
    const single = await sns(emu, 'friend_delete', { From_Account: 'a', To_Account: ['b', 'e', 'ghost'] });
    expect(codes(single)).toEqual([0, 31704, 30003]);
    expect(single.Fail_Account).toEqual(['e', 'ghost']);
    expect([rel.isFriend('a', 'b'), rel.isFriend('b', 'a')]).toEqual([false, true]);

    const both = await sns(emu, 'friend_delete', {
      From_Account: 'a',
      To_Account: ['c', 'd'],
      DeleteType: 'Delete_Type_Both',
    });
    expect(codes(both)).toEqual([0, 0]);
    expect([rel.isFriend('a', 'c'), rel.isFriend('c', 'a'), rel.isFriend('d', 'a')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('removes the reverse entry on a two-way delete even when the owner did not list the target', async () => {
    const emu = setupSns();
    await addFriends(emu, 'b', ['a'], { AddType: 'Add_Type_Single' });
    const json = await sns(emu, 'friend_delete', {
      From_Account: 'a',
      To_Account: ['b'],
      DeleteType: 'Delete_Type_Both',
    });
    expect(codes(json)).toEqual([31704]);
    expect(emu.store.relationships.isFriend('b', 'a')).toBe(false);
  });

  it('keeps friend lists and rejects a bad DeleteType (30001) or unknown owner (30003)', async () => {
    const emu = setupSns();
    await sns(emu, 'friend_add', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b', AddSource: 'AddSource_Type_Web', GroupName: 'G' }],
      ForceAddFlags: 1,
    });
    await sns(emu, 'friend_delete', { From_Account: 'a', To_Account: ['b'] });
    expect(emu.store.relationships.read('a').lists).toEqual(['G']);
    const bad = { From_Account: 'a', To_Account: ['b'], DeleteType: 'Both' };
    expect(await sns(emu, 'friend_delete', bad)).toMatchObject({ ErrorCode: 30001 });
    expect(await sns(emu, 'friend_delete', { From_Account: 'ghost', To_Account: ['a'] })).toMatchObject({
      ErrorCode: 30003,
    });
  });
});

describe('sns/friend_delete_all', () => {
  it('clears the owner side only by default, and also former friends’ sides with Delete_Type_Both', async () => {
    const emu = setupSns();
    const rel = emu.store.relationships;
    await addFriends(emu, 'a', ['b', 'c']);
    await addFriends(emu, 'd', ['a'], { AddType: 'Add_Type_Single' });
    await sns(emu, 'black_list_add', { From_Account: 'a', To_Account: ['e'] });
    expect(await sns(emu, 'friend_delete_all', { From_Account: 'a' })).toMatchObject({ ErrorCode: 0 });
    expect([rel.friendCount('a'), rel.isFriend('b', 'a'), rel.isFriend('d', 'a')]).toEqual([0, true, true]);

    await addFriends(emu, 'a', ['b', 'c']);
    await sns(emu, 'friend_delete_all', { From_Account: 'a', DeleteType: 'Delete_Type_Both' });
    expect([rel.isFriend('b', 'a'), rel.isFriend('c', 'a'), rel.isFriend('d', 'a')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(rel.hasBlocked('a', 'e')).toBe(true);
    expect(await sns(emu, 'friend_delete_all', { From_Account: 'a' })).toMatchObject({ ErrorCode: 0 });
  });

  it('answers 30003 for an unknown owner and 30001 for a bad DeleteType', async () => {
    const emu = setupSns();
    expect(await sns(emu, 'friend_delete_all', { From_Account: 'ghost' })).toMatchObject({
      ErrorCode: 30003,
    });
    expect(await sns(emu, 'friend_delete_all', { From_Account: 'a', DeleteType: 'x' })).toMatchObject({
      ErrorCode: 30001,
    });
  });
});
