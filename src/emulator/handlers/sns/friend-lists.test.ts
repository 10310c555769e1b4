/** `group_add`, `group_delete`, `group_get` (friend lists) against ../shared/im-api/07-relationships.md. */
import { describe, expect, it } from 'vitest';
import { callIm } from '../../test-support';
import { addFriends, codes, setupSns, sns } from './sns-test-kit';

describe('sns/group_add', () => {
  it('creates lists, puts friends into every requested list, and counts the call in CurrentSequence', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b', 'c']);
    const basic = await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['group1'] });
    expect(basic).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
      CurrentSequence: 1,
    });
    const json = await sns(emu, 'group_add', {
      From_Account: 'a',
      GroupName: ['group1', 'group2', 'group3'],
      To_Account: ['b', 'd', 'c'],
    });
    expect(json).toMatchObject({ CurrentSequence: 2, Fail_Account: ['d'] });
    expect(json.ResultItem).toEqual([
      { To_Account: 'b', ResultCode: 0, ResultInfo: '' },
      { To_Account: 'd', ResultCode: 32216, ResultInfo: 'Err_SNS_GroupAdd_ToTinyId_Not_Friend' },
      { To_Account: 'c', ResultCode: 0, ResultInfo: '' },
    ]);
    const rel = emu.store.relationships;
    expect(rel.read('a').lists).toEqual(['group1', 'group2', 'group3']);
    expect(rel.friend('a', 'b')?.groups).toEqual(['group1', 'group2', 'group3']);
    expect(rel.friend('b', 'a')?.groups).toEqual([]);
  });

  it('fails the whole call with 30011 beyond 32 lists (creating none), 30001 for a bad name, 30003 unknown owner', async () => {
    const emu = setupSns();
    const names = Array.from({ length: 30 }, (_, i) => `L${i}`);
    await sns(emu, 'group_add', { From_Account: 'a', GroupName: names });
    const over = await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['x', 'y', 'z', 'L0'] });
    expect(over).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30011 });
    expect(emu.store.relationships.read('a').lists).toHaveLength(30);
    expect(await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['x', 'L0', 'y'] })).toMatchObject({
      ErrorCode: 0,
    });
    expect(await sns(emu, 'group_add', { From_Account: 'a', GroupName: [''] })).toMatchObject({
      ErrorCode: 30001,
    });
    const long = { From_Account: 'a', GroupName: ['同'.repeat(11)] };
    expect(await sns(emu, 'group_add', long)).toMatchObject({ ErrorCode: 30001 });
    expect(await sns(emu, 'group_add', { From_Account: 'ghost', GroupName: ['g'] })).toMatchObject({
      ErrorCode: 30003,
    });
  });
});

describe('sns/group_delete', () => {
  it('removes lists and memberships, keeps the friends, ignores unknown names, bumps the sequences', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b']);
    await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['group1', 'group2'], To_Account: ['b'] });
    const std = emu.store.relationships.read('a').seq.standard;
    const json = await sns(emu, 'group_delete', { From_Account: 'a', GroupName: ['group1', 'nope'] });
    expect(json).toMatchObject({ ActionStatus: 'OK', CurrentSequence: 2 });
    const rel = emu.store.relationships;
    expect(rel.read('a').lists).toEqual(['group2']);
    expect(rel.friend('a', 'b')?.groups).toEqual(['group2']);
    expect(rel.read('a').seq.standard).toBe(std + 1);
  });

  it('answers 30001 for more than 32 names and 30003 for an unknown owner', async () => {
    const emu = setupSns();
    const names = Array.from({ length: 33 }, (_, i) => `L${i}`);
    expect(await sns(emu, 'group_delete', { From_Account: 'a', GroupName: names })).toMatchObject({
      ErrorCode: 30001,
    });
    expect(await sns(emu, 'group_delete', { From_Account: 'ghost', GroupName: ['g'] })).toMatchObject({
      ErrorCode: 30003,
    });
  });
});

describe('sns/group_get', () => {
  it('lists in creation order with member counts, members on request, filtered by GroupName', async () => {
    const emu = setupSns();
    await addFriends(emu, 'a', ['b', 'c', 'd']);
    await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['group3'], To_Account: ['b', 'c', 'd'] });
    await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['group1'], To_Account: ['b'] });
    await sns(emu, 'group_add', { From_Account: 'a', GroupName: ['empty'] });
    const basic = await sns(emu, 'group_get', { From_Account: 'a' });
    expect(basic).toMatchObject({
      ResultItem: [
        { GroupName: 'group3', FriendNumber: 3 },
        { GroupName: 'group1', FriendNumber: 1 },
        { GroupName: 'empty', FriendNumber: 0 },
      ],
      CurrentSequence: 3,
    });
    expect((basic.ResultItem as object[])[0]).not.toHaveProperty('To_Account');
    const full = await sns(emu, 'group_get', {
      From_Account: 'a',
      NeedFriend: 'Need_Friend_Type_Yes',
      GroupName: ['group1', 'unknown'],
    });
    expect(full.ResultItem).toEqual([{ GroupName: 'group1', FriendNumber: 1, To_Account: ['b'] }]);
  });

  it('answers 30001 for a bad NeedFriend and 30003 for an unknown owner', async () => {
    const emu = setupSns();
    expect(await sns(emu, 'group_get', { From_Account: 'a', NeedFriend: 'yes' })).toMatchObject({
      ErrorCode: 30001,
    });
    expect(await sns(emu, 'group_get', { From_Account: 'ghost' })).toMatchObject({ ErrorCode: 30003 });
  });
});

describe('sns/* as a whole', () => {
  it.each([
    'friend_add',
    'friend_import',
    'friend_update',
    'friend_delete',
    'friend_delete_all',
    'friend_check',
    'friend_get',
    'friend_get_list',
    'black_list_add',
    'black_list_delete',
    'black_list_get',
    'black_list_check',
    'group_add',
    'group_delete',
    'group_get',
  ])('%s answers 30004 to a caller who is not an App admin', async (command) => {
    const emu = setupSns();
    const { json } = await callIm(emu, `sns/${command}`, { From_Account: 'a' }, { identifier: 'a' });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30004, ErrorDisplay: '' });
  });

  it('answers 30001 to a body that is not JSON', async () => {
    const emu = setupSns();
    const { json } = await callIm(emu, 'sns/friend_get', undefined, { rawBody: '{oops' });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30001 });
    expect(codes(await addFriends(emu, 'a', ['b']))).toEqual([0]);
  });
});
