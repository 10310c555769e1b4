/** Focused rule tests for the group_open_http_svc contracts (10-groups-core.md, 11-groups-messages.md). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { endpoint as addGroupMember } from './add_group_member';
import { endpoint as changeGroupOwner } from './change_group_owner';
import { endpoint as createGroup } from './create_group';
import { endpoint as deleteGroupMember } from './delete_group_member';
import { endpoint as deleteGroupMsgBySender } from './delete_group_msg_by_sender';
import { endpoint as destroyGroup } from './destroy_group';
import { endpoint as forbidSendMsg } from './forbid_send_msg';
import { endpoint as getAppidGroupList } from './get_appid_group_list';
import { endpoint as getGroupInfo } from './get_group_info';
import { endpoint as getGroupMemberInfo } from './get_group_member_info';
import { endpoint as getGroupShuttedUin } from './get_group_shutted_uin';
import { endpoint as getJoinedGroupList } from './get_joined_group_list';
import { endpoint as getOnlineMemberNum } from './get_online_member_num';
import { endpoint as getRoleInGroup } from './get_role_in_group';
import { endpoint as groupMsgGetSimple } from './group_msg_get_simple';
import { endpoint as groupMsgRecall } from './group_msg_recall';
import { endpoint as importGroup } from './import_group';
import { endpoint as importGroupMember } from './import_group_member';
import { endpoint as importGroupMsg } from './import_group_msg';
import { endpoint as modifyGroupBaseInfo } from './modify_group_base_info';
import { endpoint as modifyGroupMemberInfo } from './modify_group_member_info';
import { endpoint as sendGroupMsg } from './send_group_msg';
import { endpoint as sendGroupSystemNotification } from './send_group_system_notification';
import { endpoint as setUnreadMsgNum } from './set_unread_msg_num';

const G = '@TGS#2J4SZEAEL';
const users = (n: number) => Array.from({ length: n }, (_, i) => `user_${i}`);
const text = { MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } };

/** The dotted paths of the issues a request raises (empty when it parses). */
function issuePaths(schema: z.ZodType, body: unknown): string[] {
  const r = schema.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

/** The message of the first issue at `path`. */
function messageAt(schema: z.ZodType, body: unknown, path: string): string | undefined {
  const r = schema.safeParse(body);
  return r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === path)?.message;
}

describe('contract metadata', () => {
  it('classifies access as the team agreed', () => {
    const dangerous = [destroyGroup, changeGroupOwner, importGroup, importGroupMember, importGroupMsg];
    for (const e of [...dangerous, setUnreadMsgNum, deleteGroupMsgBySender])
      expect(e.access).toBe('dangerous');
    for (const e of [getAppidGroupList, getGroupInfo, getGroupMemberInfo, getJoinedGroupList, getRoleInGroup])
      expect(e.access).toBe('read');
    for (const e of [getGroupShuttedUin, groupMsgGetSimple, getOnlineMemberNum])
      expect(e.access).toBe('read');
    for (const e of [createGroup, addGroupMember, forbidSendMsg, sendGroupMsg, groupMsgRecall])
      expect(e.access).toBe('write');
  });

  it('declares the documented batch caps and rates', () => {
    expect(createGroup.batch).toEqual([{ field: 'MemberList', max: 100 }]);
    expect(addGroupMember.batch).toEqual([{ field: 'MemberList', max: 300 }]);
    expect(deleteGroupMember.batch).toEqual([{ field: 'MemberToDel_Account', max: 100 }]);
    expect(getGroupInfo.batch).toEqual([{ field: 'GroupIdList', max: 50 }]);
    expect(forbidSendMsg.batch).toEqual([{ field: 'Members_Account', max: 500 }]);
    expect(importGroupMsg.batch).toEqual([{ field: 'MsgList', max: 7 }]);
    expect(groupMsgRecall.batch).toEqual([{ field: 'MsgSeqList', max: 10 }]);
    expect(getAppidGroupList.rate).toEqual({ perSecond: 1 });
    expect(createGroup.rate).toEqual({ perSecond: 200 });
  });

  it('answers the newer name of the muted-list command', () => {
    expect(getGroupShuttedUin.path).toBe('group_open_http_svc/get_group_shutted_uin');
    expect(getGroupShuttedUin.aliases).toEqual(['get_group_muted_account']);
  });
});

describe('create_group', () => {
  const req = createGroup.request;

  it('requires Type and Name', () => {
    expect(issuePaths(req, { Name: 'x' })).toEqual(['Type']);
    expect(issuePaths(req, { Type: 'Public' })).toEqual(['Name']);
  });

  it('rejects a bad type, naming the allowed ones', () => {
    expect(messageAt(req, { Type: 'Club', Name: 'x' }, 'Type')).toMatch(/^must be one of Private, Public/);
  });

  it('accepts the Work and Meeting aliases', () => {
    expect(issuePaths(req, { Type: 'Work', Name: 'x' })).toEqual([]);
    expect(issuePaths(req, { Type: 'Meeting', Name: 'x' })).toEqual([]);
  });

  it('limits Name to 30 bytes of UTF-8', () => {
    expect(issuePaths(req, { Type: 'Public', Name: '群'.repeat(10) })).toEqual([]);
    expect(issuePaths(req, { Type: 'Public', Name: '群'.repeat(11) })).toEqual(['Name']);
  });

  it('rejects more than 100 initial members', () => {
    const list = users(101).map((Member_Account) => ({ Member_Account }));
    expect(messageAt(req, { Type: 'Public', Name: 'x', MemberList: list }, 'MemberList')).toBe(
      'must list at most 100 items per call',
    );
    expect(issuePaths(req, { Type: 'Public', Name: 'x', MemberList: list.slice(0, 100) })).toEqual([]);
  });

  it('lets a member be made Admin only', () => {
    const body = { Type: 'Public', Name: 'x', MemberList: [{ Member_Account: 'bob', Role: 'Owner' }] };
    expect(issuePaths(req, body)).toEqual(['MemberList.0.Role']);
  });

  it('enforces the custom GroupId prefix rule per type', () => {
    expect(issuePaths(req, { Type: 'Public', Name: 'x', GroupId: '@TGS#mine' })).toEqual(['GroupId']);
    expect(issuePaths(req, { Type: 'Community', Name: 'x', GroupId: 'mine' })).toEqual(['GroupId']);
    expect(issuePaths(req, { Type: 'Community', Name: 'x', GroupId: '@TGS#_mine' })).toEqual([]);
  });

  it('refuses members for an AVChatRoom and topics outside a Community', () => {
    const av = { Type: 'AVChatRoom', Name: 'live', MemberList: [{ Member_Account: 'bob' }] };
    expect(issuePaths(req, av)).toEqual(['MemberList']);
    expect(issuePaths(req, { Type: 'Public', Name: 'x', SupportTopic: 1 })).toEqual(['SupportTopic']);
  });
});

describe('group reads', () => {
  it('get_appid_group_list caps Limit at 10000 and accepts the legacy BChatRoom filter', () => {
    expect(issuePaths(getAppidGroupList.request, {})).toEqual([]);
    expect(issuePaths(getAppidGroupList.request, { Limit: 10001 })).toEqual(['Limit']);
    expect(issuePaths(getAppidGroupList.request, { GroupType: 'BChatRoom' })).toEqual([]);
    expect(issuePaths(getAppidGroupList.request, { Next: 4454685361 })).toEqual([]);
  });

  it('get_group_info takes 1–50 groups and known filter names', () => {
    expect(issuePaths(getGroupInfo.request, {})).toEqual(['GroupIdList']);
    expect(issuePaths(getGroupInfo.request, { GroupIdList: [] })).toEqual(['GroupIdList']);
    const ids = Array.from({ length: 51 }, (_, i) => `g${i}`);
    expect(messageAt(getGroupInfo.request, { GroupIdList: ids }, 'GroupIdList')).toBe(
      'must list at most 50 items per call',
    );
    const badFilter = { GroupIdList: [G], ResponseFilter: { GroupBaseInfoFilter: ['Nick'] } };
    expect(issuePaths(getGroupInfo.request, badFilter)).toEqual(['ResponseFilter.GroupBaseInfoFilter.0']);
  });

  it('get_group_info answers keep per-group error codes', () => {
    const res = getGroupInfo.response.parse({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      GroupInfo: [{ GroupId: G, ErrorCode: 10010, ErrorInfo: 'gone' }],
    });
    expect(res.GroupInfo?.[0]?.ErrorCode).toBe(10010);
  });

  it('get_group_member_info pages by Offset or, for Communities, by Next with Limit ≤ 100', () => {
    const req = getGroupMemberInfo.request;
    expect(issuePaths(req, { GroupId: G, Limit: 6001 })).toEqual(['Limit']);
    expect(issuePaths(req, { GroupId: G, Limit: 200, Next: '' })).toEqual(['Limit']);
    expect(issuePaths(req, { GroupId: G, Offset: 0, Next: '' })).toEqual(['Offset']);
    expect(issuePaths(req, { GroupId: G, MemberRoleFilter: ['Boss'] })).toEqual(['MemberRoleFilter.0']);
  });

  it('get_joined_group_list requires the user and ties SupportTopic to Community', () => {
    const req = getJoinedGroupList.request;
    expect(issuePaths(req, {})).toEqual(['Member_Account']);
    expect(issuePaths(req, { Member_Account: 'leckie', Limit: 5001 })).toEqual(['Limit']);
    expect(issuePaths(req, { Member_Account: 'leckie', SupportTopic: 1 })).toEqual(['SupportTopic']);
    expect(issuePaths(req, { Member_Account: 'leckie', SupportTopic: 1, GroupType: 'Community' })).toEqual(
      [],
    );
  });

  it('get_role_in_group takes at most 500 accounts of at most 32 bytes', () => {
    expect(issuePaths(getRoleInGroup.request, { GroupId: G, User_Account: users(501) })).toEqual([
      'User_Account',
    ]);
    expect(issuePaths(getRoleInGroup.request, { GroupId: G, User_Account: ['x'.repeat(33)] })).toEqual([
      'User_Account.0',
    ]);
  });
});

describe('member changes', () => {
  it('add_group_member caps a call at 300 and needs Member_Account in each item', () => {
    const list = users(301).map((Member_Account) => ({ Member_Account }));
    expect(issuePaths(addGroupMember.request, { GroupId: G, MemberList: list })).toEqual(['MemberList']);
    expect(issuePaths(addGroupMember.request, { GroupId: G, MemberList: [{}] })).toEqual([
      'MemberList.0.Member_Account',
    ]);
    expect(
      issuePaths(addGroupMember.request, { GroupId: G, Silence: 2, MemberList: [{ Member_Account: 'a' }] }),
    ).toEqual(['Silence']);
  });

  it('delete_group_member caps a call at 100', () => {
    expect(issuePaths(deleteGroupMember.request, { GroupId: G, MemberToDel_Account: users(101) })).toEqual([
      'MemberToDel_Account',
    ]);
  });

  it('modify_group_member_info refuses Owner, a long name card and a bad MsgFlag; accepts legacy ShutUpTime', () => {
    const req = modifyGroupMemberInfo.request;
    const base = { GroupId: G, Member_Account: 'bob' };
    expect(issuePaths(req, { ...base, Role: 'Owner' })).toEqual(['Role']);
    expect(issuePaths(req, { ...base, NameCard: 'n'.repeat(51) })).toEqual(['NameCard']);
    expect(issuePaths(req, { ...base, MsgFlag: 'Silent' })).toEqual(['MsgFlag']);
    expect(issuePaths(req, { ...base, ShutUpTime: 60 })).toEqual([]);
  });

  it('modify_group_base_info checks lengths and On/Off, and accepts legacy ShutUpAllMember', () => {
    const req = modifyGroupBaseInfo.request;
    expect(issuePaths(req, { GroupId: G, Notification: 'n'.repeat(301) })).toEqual(['Notification']);
    expect(issuePaths(req, { GroupId: G, FaceUrl: 'u'.repeat(101) })).toEqual(['FaceUrl']);
    expect(issuePaths(req, { GroupId: G, MuteAllMember: 'Yes' })).toEqual(['MuteAllMember']);
    expect(issuePaths(req, { GroupId: G, ShutUpAllMember: 'On' })).toEqual([]);
  });

  it('forbid_send_msg takes a duration (0–4294967295 s) for at most 500 accounts; legacy ShutUpTime works', () => {
    const req = forbidSendMsg.request;
    expect(issuePaths(req, { GroupId: G, Members_Account: ['a'] })).toEqual(['MuteTime']);
    expect(issuePaths(req, { GroupId: G, Members_Account: ['a'], ShutUpTime: 0 })).toEqual([]);
    expect(issuePaths(req, { GroupId: G, Members_Account: ['a'], MuteTime: 4294967295 })).toEqual([]);
    expect(issuePaths(req, { GroupId: G, Members_Account: ['a'], MuteTime: 4294967296 })).toEqual([
      'MuteTime',
    ]);
    expect(issuePaths(req, { GroupId: G, Members_Account: users(501), MuteTime: 60 })).toEqual([
      'Members_Account',
    ]);
    expect(issuePaths(req, { GroupId: G, Members_Account: ['a'], MuteTime: 60, TopicId: 'topic' })).toEqual([
      'TopicId',
    ]);
  });

  it('get_group_shutted_uin also reads the legacy list shape', () => {
    const res = getGroupShuttedUin.response.parse({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ShuttedUinList: [{ Member_Account: 'tommy', ShuttedUntil: 1458115189 }],
    });
    expect(res.ShuttedUinList?.[0]?.ShuttedUntil).toBe(1458115189);
  });
});

describe('group messages', () => {
  it('send_group_msg requires GroupId, Random and MsgBody', () => {
    expect(issuePaths(sendGroupMsg.request, { GroupId: G, Random: 1 })).toEqual(['MsgBody']);
    expect(issuePaths(sendGroupMsg.request, { GroupId: G, MsgBody: [text] })).toEqual(['Random']);
    expect(issuePaths(sendGroupMsg.request, { Random: 1, MsgBody: [text] })).toEqual(['GroupId']);
  });

  it('send_group_msg rejects a random beyond 32 bits, a bad priority and more than 50 targets', () => {
    const base = { GroupId: G, Random: 1, MsgBody: [text] };
    expect(issuePaths(sendGroupMsg.request, { ...base, Random: 2 ** 32 })).toEqual(['Random']);
    expect(messageAt(sendGroupMsg.request, { ...base, MsgPriority: 'Urgent' }, 'MsgPriority')).toBe(
      'must be one of High, Normal, Low, Lowest',
    );
    expect(issuePaths(sendGroupMsg.request, { ...base, To_Account: users(51) })).toEqual(['To_Account']);
    expect(issuePaths(sendGroupMsg.request, { ...base, SendMsgControl: ['NoPush'] })).toEqual([
      'SendMsgControl.0',
    ]);
  });

  it('send_group_msg needs the account of a single @-mention', () => {
    const base = { GroupId: G, Random: 1, MsgBody: [text] };
    expect(issuePaths(sendGroupMsg.request, { ...base, GroupAtInfo: [{ GroupAtAllFlag: 0 }] })).toEqual([
      'GroupAtInfo.0.GroupAt_Account',
    ]);
    expect(issuePaths(sendGroupMsg.request, { ...base, GroupAtInfo: [{ GroupAtAllFlag: 1 }] })).toEqual([]);
  });

  it('send_group_system_notification needs Content and caps recipients at 500 (empty = everyone)', () => {
    const req = sendGroupSystemNotification.request;
    expect(issuePaths(req, { GroupId: G })).toEqual(['Content']);
    expect(issuePaths(req, { GroupId: G, Content: 'hi', ToMembers_Account: [] })).toEqual([]);
    expect(issuePaths(req, { GroupId: G, Content: 'hi', ToMembers_Account: users(501) })).toEqual([
      'ToMembers_Account',
    ]);
  });

  it('group_msg_recall takes 1–10 seqs', () => {
    const seqs = (n: number) => Array.from({ length: n }, (_, i) => ({ MsgSeq: i + 1 }));
    expect(issuePaths(groupMsgRecall.request, { GroupId: G, MsgSeqList: [] })).toEqual(['MsgSeqList']);
    expect(issuePaths(groupMsgRecall.request, { GroupId: G, MsgSeqList: seqs(11) })).toEqual(['MsgSeqList']);
    expect(issuePaths(groupMsgRecall.request, { GroupId: G, MsgSeqList: seqs(10) })).toEqual([]);
  });

  it('change_group_owner requires the new owner', () => {
    expect(issuePaths(changeGroupOwner.request, { GroupId: G })).toEqual(['NewOwner_Account']);
  });

  it('import_group refuses AVChatRoom but accepts the Work alias', () => {
    expect(issuePaths(importGroup.request, { Type: 'AVChatRoom', Name: 'x' })).toEqual(['Type']);
    expect(issuePaths(importGroup.request, { Type: 'Work', Name: 'x', CreateTime: 1448357837 })).toEqual([]);
    expect(issuePaths(importGroup.request, { Type: 'Public', Name: 'x', GroupId: '@TGS#abc' })).toEqual([
      'GroupId',
    ]);
  });

  it('import_group_msg caps a call at 7 messages, each with sender, time and body', () => {
    const msg = { From_Account: 'leckie', SendTime: 1620808101, MsgBody: [text] };
    expect(issuePaths(importGroupMsg.request, { GroupId: G, MsgList: Array(8).fill(msg) })).toEqual([
      'MsgList',
    ]);
    expect(
      issuePaths(importGroupMsg.request, { GroupId: G, MsgList: [{ ...msg, SendTime: undefined }] }),
    ).toEqual(['MsgList.0.SendTime']);
  });

  it('import_group_member caps a call at 300 and refuses importing an owner', () => {
    const list = users(301).map((Member_Account) => ({ Member_Account }));
    expect(issuePaths(importGroupMember.request, { GroupId: G, MemberList: list })).toEqual(['MemberList']);
    const owner = { GroupId: G, MemberList: [{ Member_Account: 'a', Role: 'Owner' }] };
    expect(issuePaths(importGroupMember.request, owner)).toEqual(['MemberList.0.Role']);
  });

  it('set_unread_msg_num rejects a negative count', () => {
    expect(
      issuePaths(setUnreadMsgNum.request, { GroupId: G, Member_Account: 'bob', UnreadMsgNum: -1 }),
    ).toEqual(['UnreadMsgNum']);
  });

  it('delete_group_msg_by_sender requires the sender', () => {
    expect(issuePaths(deleteGroupMsgBySender.request, { GroupId: G })).toEqual(['Sender_Account']);
  });

  it('group_msg_get_simple requires ReqMsgNumber and keeps unknown element kinds in answers', () => {
    expect(issuePaths(groupMsgGetSimple.request, { GroupId: G })).toEqual(['ReqMsgNumber']);
    const res = groupMsgGetSimple.response.parse({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      IsFinished: 1,
      RspMsgList: [
        { MsgSeq: 3, IsPlaceMsg: 0, MsgBody: [{ MsgType: 'TIMFutureElem', MsgContent: { x: 1 } }] },
      ],
    });
    expect(res.RspMsgList?.[0]?.MsgBody?.[0]?.MsgType).toBe('TIMFutureElem');
  });

  it('get_online_member_num requires the group', () => {
    expect(issuePaths(getOnlineMemberNum.request, {})).toEqual(['GroupId']);
  });
});
