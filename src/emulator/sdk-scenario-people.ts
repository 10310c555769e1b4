/**
 * The people half of the SDK scenario (sdk-scenario.test.ts): accounts, profiles, friends, blocklist,
 * groups and, at the end, deleting an account. Each step asserts the IM's answers as documented in
 * ../shared/im-api (02-accounts, 05-profile, 07-relationships, 10-groups-core). Also the shared
 * scenario state, clock moves and message fixtures.
 */
import { expect, vi } from 'vitest';
import type { RunningEmulator } from './app';
import type { ImServerClient } from './test-sdk-client';

/** What the story carries from step to step. */
export interface Scenario {
  running: RunningEmulator;
  im: ImServerClient;
  /** Group IDs by nickname (`work`, `fans`, `meet`). */
  groups: Record<string, string>;
  /** MsgKeys of alice's messages to bob, in sending order. */
  c2cKeys: string[];
}

/** The accounts the story imports. */
export const CAST = ['alice', 'bob', 'carol', 'dave', 'erin'];
/** What every successful answer carries. */
export const ok = { ActionStatus: 'OK', ErrorCode: 0 };
/** A JSON object. */
export type Json = Record<string, unknown>;
/** An answer row read loosely. */
export type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Moves the shared clock (the official signer's `Date` and the emulator's) forward. */
export const tick = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);
/** Now in Unix seconds. */
export const nowSec = () => Math.floor(Date.now() / 1000);
/** A text element (04-message-elements.md). */
export const text = (Text: string) => ({ MsgType: 'TIMTextElem', MsgContent: { Text } });
/** A face element. */
export const face = { MsgType: 'TIMFaceElem', MsgContent: { Index: 3, Data: 'smile' } };
/** A location element. */
export const location = {
  MsgType: 'TIMLocationElem',
  MsgContent: { Desc: 'Shenzhen', Latitude: 22.5, Longitude: 114.1 },
};
/** A custom element. */
export const custom = {
  MsgType: 'TIMCustomElem',
  MsgContent: { Data: '{"order":42}', Desc: 'order', Ext: 'x' },
};

/** Step: imports the cast in bulk and reports a bad UserID as failed. */
export async function importCast(s: Scenario): Promise<void> {
  const { im } = s;
  const AccountList = CAST.map((UserID) => ({ UserID, Nick: UserID.toUpperCase() }));
  AccountList.push({ UserID: 'x'.repeat(33), Nick: 'too long' });
  expect(await im.call('im_open_login_svc', 'multiaccount_import', { AccountList })).toMatchObject({
    ...ok,
    FailAccounts: ['x'.repeat(33)],
  });
  const check = await im.call('im_open_login_svc', 'account_check', {
    CheckItem: [...CAST, 'nobody'].map((UserID) => ({ UserID })),
  });
  const status = (check.ResultItem as Row[]).map((r) => [r.UserID, r.AccountStatus]);
  expect(status).toEqual([...CAST.map((u) => [u, 'Imported']), ['nobody', 'NotImported']]);
}

/** Step: sets profiles and reads them back with the import nicknames. */
export async function setProfiles(s: Scenario): Promise<void> {
  const { im } = s;
  const set = (From_Account: string, items: [string, unknown][]) =>
    im.call('profile', 'portrait_set', {
      From_Account,
      ProfileItem: items.map(([Tag, Value]) => ({ Tag, Value })),
    });
  expect(
    await set('alice', [
      ['Tag_Profile_IM_Gender', 'Gender_Type_Female'],
      ['Tag_Profile_IM_SelfSignature', 'hi'],
    ]),
  ).toMatchObject(ok);
  await set('bob', [['Tag_Profile_IM_AllowType', 'AllowType_Type_AllowAny']]);
  const got = await im.call('profile', 'portrait_get', {
    To_Account: ['alice', 'bob'],
    TagList: [
      'Tag_Profile_IM_Nick',
      'Tag_Profile_IM_Gender',
      'Tag_Profile_IM_SelfSignature',
      'Tag_Profile_IM_AllowType',
    ],
  });
  const profiles = Object.fromEntries(
    (got.UserProfileItem as Row[]).map((u) => [
      u.To_Account,
      Object.fromEntries((u.ProfileItem as Row[]).map((p) => [p.Tag, p.Value])),
    ]),
  );
  expect(profiles.alice).toEqual({
    Tag_Profile_IM_Nick: 'ALICE',
    Tag_Profile_IM_Gender: 'Gender_Type_Female',
    Tag_Profile_IM_SelfSignature: 'hi',
    // Never set: the profile default (05-profile.md portrait_get).
    Tag_Profile_IM_AllowType: 'AllowType_Type_NeedConfirm',
  });
  expect(profiles.bob).toMatchObject({
    Tag_Profile_IM_Nick: 'BOB',
    Tag_Profile_IM_AllowType: 'AllowType_Type_AllowAny',
  });
}

/** Step: adds friends both ways, reads them from both sides, and keeps a request pending. */
export async function addFriends(s: Scenario): Promise<void> {
  const { im } = s;
  const add = (From_Account: string, To_Account: string, extra: Json = {}) =>
    im.call('sns', 'friend_add', {
      From_Account,
      AddFriendItem: [{ To_Account, AddSource: 'AddSource_Type_Web', AddWording: 'hello' }],
      AddType: 'Add_Type_Both',
      ...extra,
    });
  expect(await add('alice', 'bob')).toMatchObject({
    ...ok,
    ResultItem: [{ To_Account: 'bob', ResultCode: 0 }],
  });
  // carol never set AllowType: NeedConfirm, so the request waits (07-relationships.md friend_add).
  expect(await add('alice', 'carol')).toMatchObject({
    ResultItem: [{ To_Account: 'carol', ResultCode: 30539 }],
  });
  expect(await add('alice', 'carol', { ForceAddFlags: 1 })).toMatchObject({
    ResultItem: [{ ResultCode: 0 }],
  });
  await add('dave', 'alice', { ForceAddFlags: 1 });
  await add('dave', 'bob', { ForceAddFlags: 1 });

  const friendsOf = async (From_Account: string) => {
    const page = await im.call('sns', 'friend_get', { From_Account, StartIndex: 0 });
    expect(page).toMatchObject({ ...ok, CompleteFlag: 1 });
    return (page.UserDataItem as Row[]).map((r) => r.To_Account as string).sort();
  };
  expect(await friendsOf('alice')).toEqual(['bob', 'carol', 'dave']);
  expect(await friendsOf('bob')).toEqual(['alice', 'dave']);
  const check = await im.call('sns', 'friend_check', {
    From_Account: 'bob',
    To_Account: ['alice', 'carol'],
    CheckType: 'CheckResult_Type_Both',
  });
  expect((check.InfoItem as Row[]).map((r) => r.Relation)).toEqual([
    'CheckResult_Type_BothWay',
    'CheckResult_Type_NoRelation',
  ]);
}

/** Step: blocks a user: listed, checked from both sides, and friend requests refused. */
export async function blockUser(s: Scenario): Promise<void> {
  const { im } = s;
  expect(
    await im.call('sns', 'black_list_add', { From_Account: 'carol', To_Account: ['erin'] }),
  ).toMatchObject({
    ResultItem: [{ To_Account: 'erin', ResultCode: 0 }],
  });
  const list = await im.call('sns', 'black_list_get', {
    From_Account: 'carol',
    StartIndex: 0,
    MaxLimited: 10,
    LastSequence: 0,
  });
  expect(list).toMatchObject({
    ...ok,
    BlackListItem: [{ To_Account: 'erin', AddBlackTimeStamp: nowSec() }],
    StartIndex: 0,
  });
  const check = await im.call('sns', 'black_list_check', {
    From_Account: 'erin',
    To_Account: ['carol'],
    CheckType: 'BlackCheckResult_Type_Both',
  });
  expect(check).toMatchObject({
    BlackListCheckItem: [{ To_Account: 'carol', Relation: 'BlackCheckResult_Type_BWithA' }],
  });
  const add = await im.call('sns', 'friend_add', {
    From_Account: 'erin',
    AddFriendItem: [{ To_Account: 'carol', AddSource: 'AddSource_Type_Web' }],
    ForceAddFlags: 1,
  });
  expect(add).toMatchObject({
    ResultItem: [{ To_Account: 'carol', ResultCode: 30525 }],
    Fail_Account: ['carol'],
  });
}

/** Step: creates groups of several types with members, changes roles and mutes a member. */
export async function createGroups(s: Scenario): Promise<void> {
  const { im, groups } = s;
  const create = async (Type: string, Name: string, Owner_Account: string, members: string[]) => {
    const MemberList = members.map((Member_Account) => ({ Member_Account }));
    const answer = await im.call('group_open_http_svc', 'create_group', {
      Type,
      Name,
      Owner_Account,
      MemberList,
    });
    expect(answer).toMatchObject(ok);
    return answer.GroupId as string;
  };
  groups.work = await create('Work', 'Project X', 'alice', ['bob', 'carol']);
  groups.fans = await create('Public', 'Fans', 'bob', ['alice', 'dave', 'erin']);
  groups.meet = await create('Meeting', 'Stand-up', 'carol', ['dave']);
  expect(groups.work).toMatch(/^@TGS#1/);
  expect(groups.fans).toMatch(/^@TGS#2/);
  expect(groups.meet).toMatch(/^@TGS#3/);
  const added = await im.call('group_open_http_svc', 'add_group_member', {
    GroupId: groups.fans,
    MemberList: [{ Member_Account: 'carol' }, { Member_Account: 'alice' }],
  });
  expect(added.MemberList).toEqual([
    { Member_Account: 'carol', Result: 1 },
    { Member_Account: 'alice', Result: 2 },
  ]);

  const modify = (GroupId: string, Member_Account: string, fields: Json) =>
    im.call('group_open_http_svc', 'modify_group_member_info', { GroupId, Member_Account, ...fields });
  expect(await modify(groups.fans, 'dave', { Role: 'Admin' })).toMatchObject(ok);
  // Work groups have no admins (10-groups-core.md modify_group_member_info).
  expect(await modify(groups.work, 'bob', { Role: 'Admin' })).toMatchObject({ ErrorCode: 10007 });
  const roles = await im.call('group_open_http_svc', 'get_role_in_group', {
    GroupId: groups.fans,
    User_Account: ['bob', 'dave', 'erin', 'nobody'],
  });
  expect((roles.UserIdList as Row[]).map((r) => r.Role)).toEqual(['Owner', 'Admin', 'Member', 'NotMember']);

  const mutedUntil = nowSec() + 600;
  expect(
    await im.call('group_open_http_svc', 'forbid_send_msg', {
      GroupId: groups.fans,
      Members_Account: ['erin'],
      MuteTime: 600,
    }),
  ).toMatchObject(ok);
  expect(
    await im.call('group_open_http_svc', 'get_group_shutted_uin', { GroupId: groups.fans }),
  ).toMatchObject({
    ...ok,
    MutedAccountList: [{ Member_Account: 'erin', MutedUntil: mutedUntil }],
  });
  const muted = await im.call('group_open_http_svc', 'send_group_msg', {
    GroupId: groups.fans,
    From_Account: 'erin',
    Random: 1,
    MsgBody: [text('let me speak')],
  });
  expect(muted).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 10017 });
}

/** Step: deletes an account: gone from accounts, friends and groups. */
export async function deleteAccount(s: Scenario): Promise<void> {
  const { im, groups } = s;
  expect(
    await im.call('im_open_login_svc', 'account_delete', { DeleteItem: [{ UserID: 'dave' }] }),
  ).toMatchObject({
    ...ok,
    ResultItem: [{ UserID: 'dave', ResultCode: 0 }],
  });
  expect(
    await im.call('im_open_login_svc', 'account_check', { CheckItem: [{ UserID: 'dave' }] }),
  ).toMatchObject({
    ResultItem: [{ UserID: 'dave', AccountStatus: 'NotImported' }],
  });
  const friendsOf = async (From_Account: string) => {
    const page = await im.call('sns', 'friend_get', { From_Account, StartIndex: 0 });
    return { count: page.FriendNum, ids: (page.UserDataItem as Row[]).map((r) => r.To_Account).sort() };
  };
  expect(await friendsOf('alice')).toEqual({ count: 2, ids: ['bob', 'carol'] });
  expect(await friendsOf('bob')).toEqual({ count: 1, ids: ['alice'] });
  const members = await im.call('group_open_http_svc', 'get_group_member_info', { GroupId: groups.fans });
  expect((members.MemberList as Row[]).map((m) => m.Member_Account).sort()).toEqual([
    'alice',
    'bob',
    'carol',
    'erin',
  ]);
  expect(members.MemberNum).toBe(4);
  // erin's 10-minute group mute ran out overnight; the list holds only mutes in force.
  expect(
    await im.call('group_open_http_svc', 'get_group_shutted_uin', { GroupId: groups.fans }),
  ).toMatchObject({ ...ok, MutedAccountList: [] });
  const meet = await im.call('group_open_http_svc', 'get_role_in_group', {
    GroupId: groups.meet,
    User_Account: ['dave'],
  });
  expect(meet).toMatchObject({ UserIdList: [{ Member_Account: 'dave', Role: 'NotMember' }] });
  expect(await im.call('openconfigsvr', 'getnospeaking', { Get_Account: 'dave' })).toMatchObject({
    ErrorCode: 130003,
  });
  expect(
    await im.call('profile', 'portrait_get', { To_Account: ['dave'], TagList: ['Tag_Profile_IM_Nick'] }),
  ).toMatchObject({
    Fail_Account: ['dave'],
  });
  expect(await im.call('all_member_push', 'im_get_tag', { To_Account: ['dave'] })).toMatchObject({
    ErrorList: [{ To_Account: 'dave', ErrorCode: 70107 }],
  });
}
