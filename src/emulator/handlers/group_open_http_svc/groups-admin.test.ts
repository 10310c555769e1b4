/** Profile edits, disbanding, joined lists and mutes against ../shared/im-api/10-groups-core.md. */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

function setup() {
  const { emu, clock } = testEmulator();
  for (const u of ['leckie', 'peter', 'tommy']) emu.store.createAccount(u, 0);
  return { emu, clock };
}
const g = (emu: Emulator, command: string, body: unknown) =>
  callIm(emu, `group_open_http_svc/${command}`, body).then((r) => r.json);
const create = async (emu: Emulator, body: Record<string, unknown> = {}) =>
  (await g(emu, 'create_group', { Type: 'Public', Name: 'G', Owner_Account: 'leckie', ...body }))
    .GroupId as string;
const info = async (emu: Emulator, id: string) =>
  ((await g(emu, 'get_group_info', { GroupIdList: [id] })).GroupInfo as Record<string, unknown>[])[0];

describe('modify_group_base_info', () => {
  it('changes only the given fields, moves InfoSeq/LastInfoTime, upserts and deletes custom data', async () => {
    const { emu, clock } = setup();
    const id = await create(emu, {
      AppDefinedData: [
        { Key: 'A', Value: '1' },
        { Key: 'B', Value: '2' },
      ],
    });
    clock.advance(60_000);
    const json = await g(emu, 'modify_group_base_info', {
      GroupId: id,
      Name: 'NewName',
      ShutUpAllMember: 'On',
      AppDefinedData: [
        { Key: 'A', Value: 'new' },
        { Key: 'B', Value: '' },
      ],
    });
    expect(json).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(await info(emu, id)).toMatchObject({
      Name: 'NewName',
      Introduction: '',
      MuteAllMember: 'On',
      InfoSeq: 2,
      LastInfoTime: 1_740_787_260,
      AppDefinedData: [{ Key: 'A', Value: 'new' }],
    });
    await g(emu, 'modify_group_base_info', { GroupId: id, Name: 'NewName' });
    expect((await info(emu, id))?.InfoSeq).toBe(2);
  });

  it.each([
    ['an unknown group', { GroupId: 'nope' }, 10010],
    ['a malformed group ID', { GroupId: '' }, 10015],
    ['a cap above the type maximum', { MaxMemberNum: 6001 }, 10004],
    ['an introduction over 240 bytes', { Introduction: 'x'.repeat(241) }, 10004],
    ['an unknown From_Account', { From_Account: 'ghost' }, 10004],
  ])('refuses %s', async (_, body, code) => {
    const { emu } = setup();
    const id = await create(emu);
    expect(await g(emu, 'modify_group_base_info', { GroupId: id, ...body })).toMatchObject({
      ErrorCode: code,
    });
  });
});

describe('destroy_group', () => {
  it('removes the group everywhere; a disbanded group answers 10010 afterwards', async () => {
    const { emu } = setup();
    const id = await create(emu, { MemberList: [{ Member_Account: 'peter' }] });
    expect(await g(emu, 'destroy_group', { GroupId: id })).toMatchObject({ ErrorCode: 0 });
    expect(await g(emu, 'destroy_group', { GroupId: id })).toMatchObject({ ErrorCode: 10010 });
    expect(await g(emu, 'get_group_member_info', { GroupId: id })).toMatchObject({ ErrorCode: 10010 });
    expect((await info(emu, id))?.ErrorCode).toBe(10010);
    expect(await g(emu, 'get_joined_group_list', { Member_Account: 'peter' })).toMatchObject({
      TotalCount: 0,
    });
  });
});

describe('get_joined_group_list', () => {
  it('hides inactive Work groups and AVChatRooms unless asked, pages and returns base and self fields', async () => {
    const { emu, clock } = setup();
    const work = await create(emu, { Type: 'Private', MemberList: [{ Member_Account: 'peter' }] });
    clock.advance(1000);
    const pub = await create(emu, { MemberList: [{ Member_Account: 'peter' }] });
    const base = { Member_Account: 'peter' };
    expect(await g(emu, 'get_joined_group_list', base)).toMatchObject({
      TotalCount: 1,
      GroupIdList: [{ GroupId: pub }],
    });
    expect(await g(emu, 'get_joined_group_list', { ...base, WithNoActiveGroups: 1 })).toMatchObject({
      TotalCount: 2,
      GroupIdList: [{ GroupId: work }, { GroupId: pub }],
    });
    await g(emu, 'send_group_msg', {
      GroupId: work,
      Random: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
    });
    const page = await g(emu, 'get_joined_group_list', {
      ...base,
      Limit: 1,
      Offset: 1,
      ResponseFilter: { GroupBaseInfoFilter: ['Type', 'MemberNum'], SelfInfoFilter: ['Role', 'MsgFlag'] },
    });
    expect(page).toMatchObject({
      TotalCount: 2,
      GroupIdList: [
        {
          GroupId: pub,
          Type: 'Public',
          MemberNum: 2,
          SelfInfo: { Role: 'Member', MsgFlag: 'AcceptAndNotify' },
        },
      ],
    });
    expect(await g(emu, 'get_joined_group_list', { ...base, GroupType: 'Private' })).toMatchObject({
      TotalCount: 1,
    });
    expect(await g(emu, 'get_joined_group_list', { Member_Account: 'ghost' })).toMatchObject({
      TotalCount: 0,
      GroupIdList: [],
    });
    expect(await g(emu, 'get_joined_group_list', { ...base, SupportTopic: 1 })).toMatchObject({
      ErrorCode: 10004,
    });
  });
});

describe('forbid_send_msg and the muted list', () => {
  it('mutes relative to now, lists a muted member until the mute expires on the emulator clock, and unmutes', async () => {
    const { emu, clock } = setup();
    const id = await create(emu, { MemberList: [{ Member_Account: 'peter' }, { Member_Account: 'tommy' }] });
    expect(
      await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['peter'], MuteTime: 60 }),
    ).toMatchObject({ ErrorCode: 0 });
    await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['tommy'], ShutUpTime: 4294967295 });
    const now = 1_740_787_200;
    expect(await g(emu, 'get_group_shutted_uin', { GroupId: id })).toMatchObject({
      GroupId: id,
      MutedAccountList: [
        { Member_Account: 'peter', MutedUntil: now + 60 },
        { Member_Account: 'tommy', MutedUntil: 4294967295 },
      ],
    });
    const members = await g(emu, 'get_group_member_info', { GroupId: id, MemberInfoFilter: ['MuteUntil'] });
    expect(members.MemberList).toContainEqual({ Member_Account: 'peter', MuteUntil: now + 60 });
    clock.advance(61_000);
    const later = await callIm(emu, 'group_open_http_svc/get_group_muted_account', { GroupId: id });
    expect(later.json.MutedAccountList).toEqual([{ Member_Account: 'tommy', MutedUntil: 4294967295 }]);
    await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['tommy'], MuteTime: 0 });
    expect((await g(emu, 'get_group_shutted_uin', { GroupId: id })).MutedAccountList).toEqual([]);
  });

  it('keeps a mute across leaving and rejoining, and refuses Work groups', async () => {
    const { emu } = setup();
    const id = await create(emu, { MemberList: [{ Member_Account: 'peter' }] });
    await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['peter'], MuteTime: 600 });
    await g(emu, 'delete_group_member', { GroupId: id, MemberToDel_Account: ['peter'] });
    expect((await g(emu, 'get_group_shutted_uin', { GroupId: id })).MutedAccountList).toEqual([]);
    await g(emu, 'add_group_member', { GroupId: id, MemberList: [{ Member_Account: 'peter' }] });
    expect((await g(emu, 'get_group_shutted_uin', { GroupId: id })).MutedAccountList).toHaveLength(1);
    const work = await create(emu, { Type: 'Private' });
    expect(
      await g(emu, 'forbid_send_msg', { GroupId: work, Members_Account: ['peter'], MuteTime: 60 }),
    ).toMatchObject({ ErrorCode: 10007 });
    expect(await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['peter'] })).toMatchObject({
      ErrorCode: 10004,
    });
    expect(await g(emu, 'get_group_shutted_uin', { GroupId: 'nope' })).toMatchObject({ ErrorCode: 10010 });
  });
});

describe('account deletion', () => {
  it('drops the user from every group and leaves an owned group ownerless', async () => {
    const { emu } = setup();
    const id = await create(emu, { MemberList: [{ Member_Account: 'peter' }] });
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'leckie' }] });
    expect(await info(emu, id)).toMatchObject({ Owner_Account: '', MemberNum: 1 });
  });
});

describe('service-level and remaining documented codes', () => {
  it('answers 10011 for a body that is not JSON and 10007 for a non-admin caller', async () => {
    const { emu } = setup();
    const bad = await callIm(emu, 'group_open_http_svc/get_group_info', undefined, { rawBody: '{oops' });
    expect(bad.json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 10011 });
    const user = await callIm(
      emu,
      'group_open_http_svc/get_group_info',
      { GroupIdList: ['x'] },
      { identifier: 'peter' },
    );
    expect(user.json).toMatchObject({ ErrorCode: 10007 });
  });

  it('answers 10020 for an imported body over 8 KB, 10005 for over 300 imported members, 10031 for an old live message', async () => {
    const { emu, clock } = setup();
    const id = await create(emu);
    const big = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(9000) } }];
    const msg = { GroupId: id, MsgList: [{ From_Account: 'peter', SendTime: 1, MsgBody: big }] };
    expect(await g(emu, 'import_group_msg', msg)).toMatchObject({ ErrorCode: 10020 });
    const many = Array.from({ length: 301 }, () => ({ Member_Account: 'peter' }));
    expect(await g(emu, 'import_group_member', { GroupId: id, MemberList: many })).toMatchObject({
      ErrorCode: 10005,
    });
    const av = await create(emu, { Type: 'AVChatRoom' });
    const sent = await g(emu, 'send_group_msg', {
      GroupId: av,
      Random: 5,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
    });
    clock.advance(3_000_000);
    const recall = await g(emu, 'group_msg_recall', { GroupId: av, MsgSeqList: [{ MsgSeq: sent.MsgSeq }] });
    expect(recall.RecallRetList).toEqual([{ MsgSeq: sent.MsgSeq, RetCode: 0 }]);
    const again = await g(emu, 'send_group_msg', {
      GroupId: av,
      Random: 6,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }],
    });
    clock.advance(3_700_000);
    const late = await g(emu, 'group_msg_recall', { GroupId: av, MsgSeqList: [{ MsgSeq: again.MsgSeq }] });
    expect(late.RecallRetList).toEqual([{ MsgSeq: again.MsgSeq, RetCode: 10031 }]);
  });
});
