/**
 * The daily counters other areas record because stored state cannot give them later
 * (../shared/im-api/13-operations.md `getappinfo` Emulator rules): friend pairs added and removed,
 * group joins, quits and disbands — by the handlers and by account deletion.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../app';
import { callIm, testEmulator } from '../test-support';

const ok = async (emu: Emulator, path: string, body: unknown) => {
  const { json } = await callIm(emu, path, body);
  expect(json.ErrorCode, `${path} ${JSON.stringify(json)}`).toBe(0);
  return json;
};
const friendImport = (emu: Emulator, from: string, to: string) =>
  ok(emu, 'sns/friend_import', {
    From_Account: from,
    AddFriendItem: [{ To_Account: to, AddSource: 'AddSource_Type_X' }],
  });

async function today(emu: Emulator, fields: string[]): Promise<Record<string, string>> {
  emu.store.stats.includeToday = true;
  const { json } = await callIm(emu, 'openconfigsvr/getappinfo', { RequestField: fields });
  return (json.Result as Record<string, string>[])[0] ?? {};
}

describe('statistics recorded across areas', () => {
  it('counts friend pairs linked and unlinked, however they end', async () => {
    const { emu } = testEmulator();
    for (const UserID of ['a', 'b', 'c', 'd', 'e']) {
      await ok(emu, 'im_open_login_svc/account_import', { UserID });
    }
    const addBoth = {
      From_Account: 'a',
      ForceAddFlags: 1,
      AddFriendItem: [{ To_Account: 'b', AddSource: 'AddSource_Type_X' }],
    };
    await ok(emu, 'sns/friend_add', addBoth); // +1 a-b (both sides)
    await friendImport(emu, 'a', 'c'); // +1
    await friendImport(emu, 'b', 'c'); // +1
    await friendImport(emu, 'd', 'a'); // +1
    await friendImport(emu, 'a', 'd'); // the a-d pair exists already
    await friendImport(emu, 'a', 'e'); // +1
    await friendImport(emu, 'e', 'b'); // +1
    await callIm(emu, 'sns/friend_add', addBoth); // already friends: no change
    const single = (from: string, to: string) => ({
      From_Account: from,
      To_Account: [to],
      DeleteType: 'Delete_Type_Single',
    });
    await ok(emu, 'sns/friend_delete', single('a', 'b')); // b still lists a: the pair stays
    await ok(emu, 'sns/friend_delete', single('b', 'a')); // -1 a-b
    await ok(emu, 'sns/black_list_add', { From_Account: 'c', To_Account: ['a'] }); // -1 a-c (blocking ends it)
    await ok(emu, 'sns/friend_delete_all', { From_Account: 'a', DeleteType: 'Delete_Type_Single' }); // -1 a-e; d still lists a
    await ok(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'd' }] }); // -1 a-d
    expect(await today(emu, ['ChainIncrease', 'ChainDecrease'])).toMatchObject({
      ChainIncrease: '6',
      ChainDecrease: '4',
    });
  });

  it('counts group joins, quits (including deleted accounts) and disbanded groups', async () => {
    const { emu } = testEmulator();
    for (const UserID of ['a', 'b', 'c', 'e']) {
      await ok(emu, 'im_open_login_svc/account_import', { UserID });
    }
    const { GroupId } = await ok(emu, 'group_open_http_svc/create_group', {
      Type: 'Public',
      Name: 'stats',
      Owner_Account: 'a',
      MemberList: [{ Member_Account: 'b' }, { Member_Account: 'c' }],
    }); // 2 joins: the owner creates
    await ok(emu, 'group_open_http_svc/add_group_member', {
      GroupId,
      MemberList: [{ Member_Account: 'e' }, { Member_Account: 'b' }],
    }); // 1 join: b is already in
    await ok(emu, 'group_open_http_svc/delete_group_member', {
      GroupId,
      MemberToDel_Account: ['b', 'nobody'],
    }); // 1 quit
    await ok(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'c' }] }); // 1 quit
    await ok(emu, 'group_open_http_svc/destroy_group', { GroupId });
    expect(
      await today(emu, [
        'GroupJoinGroupTimes',
        'GroupQuitGroupTimes',
        'GroupDestroyGroupNum',
        'GroupNewGroupNum',
      ]),
    ).toMatchObject({
      GroupJoinGroupTimes: '3',
      GroupQuitGroupTimes: '2',
      GroupDestroyGroupNum: '1',
    });
  });
});
