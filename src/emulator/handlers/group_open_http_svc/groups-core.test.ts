/** Group lifecycle, profiles, members, roles and mutes against the Emulator rules of ../shared/im-api/10-groups-core.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const users = ['leckie', 'peter', 'bob', 'tommy', 'jared', 'eve'];

function setup() {
  const { emu, clock } = testEmulator();
  for (const u of users) emu.store.createAccount(u, 0);
  return { emu, clock };
}
const g = (emu: Emulator, command: string, body: unknown) =>
  callIm(emu, `group_open_http_svc/${command}`, body).then((r) => r.json);
const create = (emu: Emulator, body: Record<string, unknown>) =>
  g(emu, 'create_group', { Type: 'Public', Name: 'TestGroup', ...body });

describe('create_group', () => {
  it('creates the docs example with owner first, admins and members, and echoes it in get_group_info', async () => {
    const { emu } = setup();
    const json = await create(emu, {
      Owner_Account: 'leckie',
      GroupId: 'MyFirstGroup',
      ApplyJoinOption: 'FreeAccess',
      AppDefinedData: [{ Key: 'GroupTestData1', Value: 'xxxxx' }],
      MemberList: [
        { Member_Account: 'bob', Role: 'Admin' },
        { Member_Account: 'peter' },
        { Member_Account: 'leckie' },
      ],
    });
    expect(json).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', GroupId: 'MyFirstGroup' });
    const info = await g(emu, 'get_group_info', { GroupIdList: ['MyFirstGroup'] });
    expect(endpoints['group_open_http_svc/get_group_info'].response.safeParse(info).success).toBe(true);
    const group = (info.GroupInfo as Record<string, unknown>[])[0];
    expect(group).toMatchObject({
      GroupId: 'MyFirstGroup',
      ErrorCode: 0,
      Type: 'Public',
      Owner_Account: 'leckie',
      MemberNum: 3,
      NextMsgSeq: 1,
      MuteAllMember: 'Off',
      Appid: 1400000001,
      AppDefinedData: [{ Key: 'GroupTestData1', Value: 'xxxxx' }],
    });
    const members = group?.MemberList as { Member_Account: string; Role: string }[];
    expect(members.map((m) => [m.Member_Account, m.Role])).toEqual([
      ['leckie', 'Owner'],
      ['bob', 'Admin'],
      ['peter', 'Member'],
    ]);
  });

  it('generates @TGS# IDs by type, Community IDs with @TGS#_ and its Type/HugeGroupFlag', async () => {
    const { emu } = setup();
    expect((await create(emu, { Type: 'Work' })).GroupId).toMatch(/^@TGS#1[A-Z0-9]{8}$/);
    const c = await create(emu, { Type: 'Community', SupportTopic: 1 });
    expect(c).toMatchObject({ Type: 'Community', HugeGroupFlag: 0 });
    expect(c.GroupId).toMatch(/^@TGS#_@TGS#c[A-Z0-9]{10}$/);
  });

  it.each([
    ['a taken custom ID', { GroupId: 'dup', Owner_Account: 'peter' }, 10021],
    ['a custom ID taken by the same owner', { GroupId: 'dup', Owner_Account: 'leckie' }, 10025],
    ['an unknown owner', { Owner_Account: 'ghost' }, 10019],
    ['an unknown member', { MemberList: [{ Member_Account: 'ghost' }] }, 10019],
    [
      'over 100 members',
      { MemberList: Array.from({ length: 101 }, () => ({ Member_Account: 'bob' })) },
      10005,
    ],
    ['members for an AVChatRoom', { Type: 'AVChatRoom', MemberList: [{ Member_Account: 'bob' }] }, 10007],
    ['a custom ID with @TGS#', { GroupId: '@TGS#2ABC' }, 10004],
    ['a name over 30 bytes', { Name: '群'.repeat(11) }, 10004],
    [
      'more members than the cap',
      { MaxMemberCount: 2, MemberList: [{ Member_Account: 'bob' }, { Member_Account: 'peter' }] },
      10038,
    ],
  ])('fails for %s and creates nothing', async (_, body, code) => {
    const { emu } = setup();
    await create(emu, { GroupId: 'dup', Owner_Account: 'leckie' });
    expect(await create(emu, { Owner_Account: 'leckie', ...body })).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: code,
    });
    expect(emu.store.groups.list()).toHaveLength(1);
  });
});

describe('get_appid_group_list', () => {
  it('pages by Next without skips or repeats while groups come and go, with TotalCount after the type filter', async () => {
    const { emu, clock } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await create(emu, { Type: i % 2 ? 'Private' : 'Public' })).GroupId as string);
    const page1 = await g(emu, 'get_appid_group_list', { Limit: 2 });
    expect(page1).toMatchObject({ TotalCount: 5, GroupIdList: [{ GroupId: ids[0] }, { GroupId: ids[1] }] });
    expect(page1.Next).not.toBe(0);
    await g(emu, 'destroy_group', { GroupId: ids[2] });
    clock.advance(1000);
    const page2 = await g(emu, 'get_appid_group_list', { Limit: 2, Next: page1.Next });
    expect(page2.GroupIdList).toEqual([{ GroupId: ids[3] }, { GroupId: ids[4] }]);
    expect(page2.Next).toBe(0);
    clock.advance(1000);
    const publics = await g(emu, 'get_appid_group_list', { GroupType: 'Public' });
    expect(publics).toMatchObject({ TotalCount: 2, Next: 0 });
    clock.advance(1000);
    expect(await g(emu, 'get_appid_group_list', { Limit: 10001 })).toMatchObject({ ErrorCode: 10004 });
  });
});

describe('get_group_info filters and missing groups', () => {
  it('keeps request order, answers 10010 per missing group and applies the filters', async () => {
    const { emu } = setup();
    const id = (
      await create(emu, {
        Owner_Account: 'leckie',
        AppDefinedData: [
          { Key: 'K1', Value: 'v1' },
          { Key: 'K2', Value: 'v2' },
        ],
      })
    ).GroupId as string;
    const json = await g(emu, 'get_group_info', {
      GroupIdList: ['nope', id],
      ResponseFilter: {
        GroupBaseInfoFilter: ['Name'],
        MemberInfoFilter: ['Role'],
        AppDefinedDataFilter_Group: ['K2'],
      },
    });
    expect(json.GroupInfo).toEqual([
      { GroupId: 'nope', ErrorCode: 10010, ErrorInfo: 'this group does not exist' },
      {
        GroupId: id,
        ErrorCode: 0,
        ErrorInfo: '',
        Name: 'TestGroup',
        AppDefinedData: [{ Key: 'K2', Value: 'v2' }],
        MemberList: [{ Member_Account: 'leckie', Role: 'Owner' }],
      },
    ]);
    expect(await g(emu, 'get_group_info', { GroupIdList: ['bad\u0001id'] })).toMatchObject({
      ErrorCode: 10015,
    });
  });
});

describe('members', () => {
  it('adds with per-user results, checks capacity and accounts first, removes silently and keeps the group', async () => {
    const { emu } = setup();
    const id = (await create(emu, { Owner_Account: 'leckie', MaxMemberCount: 4 })).GroupId as string;
    const added = await g(emu, 'add_group_member', {
      GroupId: id,
      MemberList: [{ Member_Account: 'tommy' }, { Member_Account: 'leckie' }, { Member_Account: 'tommy' }],
    });
    expect(added.MemberList).toEqual([
      { Member_Account: 'tommy', Result: 1 },
      { Member_Account: 'leckie', Result: 2 },
      { Member_Account: 'tommy', Result: 2 },
    ]);
    const tooMany = [{ Member_Account: 'bob' }, { Member_Account: 'peter' }, { Member_Account: 'eve' }];
    expect(await g(emu, 'add_group_member', { GroupId: id, MemberList: tooMany })).toMatchObject({
      ErrorCode: 10014,
    });
    const ghost = [{ Member_Account: 'bob' }, { Member_Account: 'ghost' }];
    expect(await g(emu, 'add_group_member', { GroupId: id, MemberList: ghost })).toMatchObject({
      ErrorCode: 10019,
    });
    expect(emu.store.groups.isMember(id, 'bob')).toBe(false);
    const many = Array.from({ length: 301 }, () => ({ Member_Account: 'bob' }));
    expect(await g(emu, 'add_group_member', { GroupId: id, MemberList: many })).toMatchObject({
      ErrorCode: 10005,
    });
    expect(
      await g(emu, 'delete_group_member', { GroupId: id, MemberToDel_Account: ['tommy', 'ghost'] }),
    ).toMatchObject({
      ErrorCode: 0,
    });
    expect(
      await g(emu, 'delete_group_member', { GroupId: id, MemberToDel_Account: ['leckie'] }),
    ).toMatchObject({
      ErrorCode: 10004,
    });
    expect(emu.store.groups.members(id).map((m) => m.account)).toEqual(['leckie']);
  });

  it('refuses member changes in an AVChatRoom with the documented codes', async () => {
    const { emu } = setup();
    const id = (await create(emu, { Type: 'AVChatRoom', Owner_Account: 'leckie' })).GroupId as string;
    expect(
      await g(emu, 'add_group_member', { GroupId: id, MemberList: [{ Member_Account: 'bob' }] }),
    ).toMatchObject({
      ErrorCode: 10007,
    });
    expect(await g(emu, 'delete_group_member', { GroupId: id, MemberToDel_Account: ['bob'] })).toMatchObject({
      ErrorCode: 10004,
    });
    for (const [cmd, body] of [
      ['get_group_member_info', { GroupId: id }],
      ['get_role_in_group', { GroupId: id, User_Account: ['leckie'] }],
      ['modify_group_member_info', { GroupId: id, Member_Account: 'leckie', NameCard: 'x' }],
    ] as const) {
      expect(await g(emu, cmd, body), cmd).toMatchObject({ ErrorCode: 10007 });
    }
  });

  it('pages ordinary groups by Offset after the role filter, with MemberNum the whole group', async () => {
    const { emu } = setup();
    const id = (
      await create(emu, {
        Owner_Account: 'leckie',
        MemberList: ['peter', 'bob', 'tommy', 'jared'].map((Member_Account) => ({ Member_Account })),
      })
    ).GroupId as string;
    const page = await g(emu, 'get_group_member_info', {
      GroupId: id,
      MemberRoleFilter: ['Member'],
      Limit: 2,
      Offset: 1,
    });
    expect(page.MemberNum).toBe(5);
    expect((page.MemberList as { Member_Account: string }[]).map((m) => m.Member_Account)).toEqual([
      'jared',
      'peter',
    ]);
    expect(page.Next).toBeUndefined();
  });

  it('pages a Community by the Next cursor until it is empty, and refuses Offset there', async () => {
    const { emu } = setup();
    const id = (
      await create(emu, {
        Type: 'Community',
        Owner_Account: 'leckie',
        MemberList: users.slice(1).map((Member_Account) => ({ Member_Account })),
      })
    ).GroupId as string;
    const seen: string[] = [];
    let next = '';
    do {
      const page = await g(emu, 'get_group_member_info', { GroupId: id, Limit: 4, Next: next });
      expect(page.MemberNum).toBe(6);
      seen.push(...(page.MemberList as { Member_Account: string }[]).map((m) => m.Member_Account));
      next = page.Next as string;
    } while (next);
    expect(seen).toEqual(users);
    expect(await g(emu, 'get_group_member_info', { GroupId: id, Offset: 1 })).toMatchObject({
      ErrorCode: 10004,
    });
  });

  it('answers roles in request order and modifies a member, refusing non-members and the owner role', async () => {
    const { emu } = setup();
    const id = (await create(emu, { Owner_Account: 'leckie', MemberList: [{ Member_Account: 'peter' }] }))
      .GroupId as string;
    expect(
      await g(emu, 'modify_group_member_info', {
        GroupId: id,
        Member_Account: 'peter',
        Role: 'Admin',
        NameCard: 'p-card',
        MsgFlag: 'Discard',
      }),
    ).toMatchObject({ ErrorCode: 0 });
    const roles = await g(emu, 'get_role_in_group', {
      GroupId: id,
      User_Account: ['wesley', 'peter', 'leckie'],
    });
    expect(roles.UserIdList).toEqual([
      { Member_Account: 'wesley', Role: 'NotMember' },
      { Member_Account: 'peter', Role: 'Admin' },
      { Member_Account: 'leckie', Role: 'Owner' },
    ]);
    const info = await g(emu, 'get_group_member_info', {
      GroupId: id,
      MemberInfoFilter: ['NameCard', 'MsgFlag'],
      MemberRoleFilter: ['Admin'],
    });
    expect(info.MemberList).toEqual([{ Member_Account: 'peter', NameCard: 'p-card', MsgFlag: 'Discard' }]);
    expect(
      await g(emu, 'modify_group_member_info', { GroupId: id, Member_Account: 'bob', NameCard: 'x' }),
    ).toMatchObject({ ErrorCode: 10004 });
    expect(
      await g(emu, 'modify_group_member_info', { GroupId: id, Member_Account: 'leckie', Role: 'Member' }),
    ).toMatchObject({ ErrorCode: 10004 });
    const work = (
      await create(emu, {
        Type: 'Private',
        Owner_Account: 'leckie',
        MemberList: [{ Member_Account: 'peter' }],
      })
    ).GroupId;
    expect(
      await g(emu, 'modify_group_member_info', { GroupId: work, Member_Account: 'peter', Role: 'Admin' }),
    ).toMatchObject({ ErrorCode: 10007 });
    expect(
      await g(emu, 'modify_group_member_info', { GroupId: work, Member_Account: 'peter', MuteTime: 60 }),
    ).toMatchObject({ ErrorCode: 10007 });
  });
});
