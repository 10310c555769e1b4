/** Group messages, history, recall and migration against the Emulator rules of ../shared/im-api/11-groups-messages.md. */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../app';
import { newMember } from '../../state/groups-model';
import { callIm, testEmulator } from '../../test-support';

const NOW = 1_740_787_200;
let nextRandom = 1000;
const text = (Text: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text } }];

function setup() {
  const { emu, clock } = testEmulator();
  for (const u of ['leckie', 'peter', 'tommy']) emu.store.createAccount(u, 0);
  return { emu, clock };
}
const g = (emu: Emulator, command: string, body: unknown) =>
  callIm(emu, `group_open_http_svc/${command}`, body).then((r) => r.json);
const create = async (emu: Emulator, body: Record<string, unknown> = {}) =>
  (
    await g(emu, 'create_group', {
      Type: 'Public',
      Name: 'G',
      Owner_Account: 'leckie',
      MemberList: [{ Member_Account: 'peter' }],
      ...body,
    })
  ).GroupId as string;
const send = (emu: Emulator, GroupId: string, extra: Record<string, unknown> = {}) =>
  g(emu, 'send_group_msg', { GroupId, Random: nextRandom++, MsgBody: text('hi'), ...extra });

describe('send_group_msg', () => {
  it('keeps AVChatRoom messages out of conversation lists, unlike other group types', async () => {
    const { emu } = setup();
    const av = await create(emu, { Type: 'AVChatRoom', MemberList: undefined });
    const pub = await create(emu);
    // Audience members of an AVChatRoom join from clients; put one there directly.
    const room = emu.store.groups.group(av)!;
    room.members.set('peter', newMember(room, 'peter', 'Member', NOW));
    expect(await send(emu, av, { From_Account: 'leckie' })).toMatchObject({ ErrorCode: 0 });
    expect(emu.store.conversations.get('peter', { type: 2, id: av })).toBeUndefined();
    expect(await send(emu, pub, { From_Account: 'leckie' })).toMatchObject({ ErrorCode: 0 });
    expect(emu.store.conversations.get('leckie', { type: 2, id: av })).toBeUndefined();
    expect(emu.store.conversations.get('leckie', { type: 2, id: pub })).toMatchObject({ msgTime: NOW });
  });

  it('numbers messages per group from 1, updates the group and counts unread for the others', async () => {
    const { emu } = setup();
    const id = await create(emu);
    expect(await send(emu, id, { From_Account: 'leckie' })).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      MsgTime: NOW,
      MsgSeq: 1,
    });
    expect(await send(emu, id)).toMatchObject({ MsgSeq: 2 });
    const group = emu.store.groups.group(id);
    expect(group).toMatchObject({ nextMsgSeq: 3, lastMsgTime: NOW });
    expect(group?.members.get('peter')?.unread).toBe(2);
    expect(group?.members.get('leckie')).toMatchObject({ unread: 1, lastSendMsgTime: NOW, msgSeq: 1 });
    expect(emu.store.groups.messagesBetween(NOW, NOW + 1)).toHaveLength(2);
    expect(emu.store.conversations.get('peter', { type: 2, id })).toMatchObject({ msgTime: NOW });
  });

  it('echoes the first message for a repeated Random within 5 minutes and skips online-only messages', async () => {
    const { emu, clock } = setup();
    const id = await create(emu);
    expect(await send(emu, id, { Random: 7 })).toMatchObject({ MsgSeq: 1 });
    clock.advance(10_000);
    expect(await send(emu, id, { Random: 7 })).toMatchObject({ MsgSeq: 1, MsgTime: NOW });
    expect(await send(emu, id, { OnlineOnlyFlag: 1 })).toMatchObject({ MsgSeq: 0 });
    clock.advance(300_000);
    expect(await send(emu, id, { Random: 7 })).toMatchObject({ MsgSeq: 2 });
  });

  it('refuses muted senders (10017), also under mute-all except owner and admins', async () => {
    const { emu } = setup();
    const id = await create(emu);
    await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['peter'], MuteTime: 60 });
    expect(await send(emu, id, { From_Account: 'peter' })).toMatchObject({ ErrorCode: 10017 });
    await g(emu, 'forbid_send_msg', { GroupId: id, Members_Account: ['peter'], MuteTime: 0 });
    await g(emu, 'modify_group_base_info', { GroupId: id, MuteAllMember: 'On' });
    expect(await send(emu, id, { From_Account: 'peter' })).toMatchObject({ ErrorCode: 10017 });
    expect(await send(emu, id, { From_Account: 'leckie' })).toMatchObject({ ErrorCode: 0 });
    expect(await send(emu, id)).toMatchObject({ ErrorCode: 0 });
  });

  it.each([
    ['an unknown group', { GroupId: 'nope' }, 10010],
    ['an unknown sender', { From_Account: 'ghost' }, 10004],
    ['a body over 8 KB', { MsgBody: text('x'.repeat(9000)) }, 80002],
    ['an empty body', { MsgBody: [] }, 10004],
    ['a topic outside a topic Community', { TopicId: 'G@TOPIC#_x' }, 11000],
  ])('fails for %s', async (_, extra, code) => {
    const { emu } = setup();
    const id = await create(emu);
    expect(await send(emu, id, extra)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });

  it('drops the 41st message of one second with MsgFreqCtrl', async () => {
    const { emu } = setup();
    const id = await create(emu);
    for (let i = 0; i < 40; i++) await send(emu, id);
    expect(await send(emu, id)).toMatchObject({ ErrorCode: 0, MsgSeq: 0, MsgDropReason: 'MsgFreqCtrl' });
  });
});

describe('history and recall', () => {
  it('pages newest first by ReqMsgSeq, shows recalled messages only on request and flags the window', async () => {
    const { emu } = setup();
    const id = await create(emu);
    for (let i = 1; i <= 25; i++)
      await g(emu, 'send_group_msg', { GroupId: id, Random: i, MsgBody: text(`m${i}`) });
    const recall = await g(emu, 'group_msg_recall', {
      GroupId: id,
      MsgSeqList: [{ MsgSeq: 24 }, { MsgSeq: 99 }, { MsgSeq: 24 }],
    });
    expect(recall.RecallRetList).toEqual([
      { MsgSeq: 24, RetCode: 0 },
      { MsgSeq: 99, RetCode: 10030 },
      { MsgSeq: 24, RetCode: 10030 },
    ]);
    const first = await g(emu, 'group_msg_get_simple', { GroupId: id, ReqMsgNumber: 3 });
    const list = first.RspMsgList as { MsgSeq: number; MsgBody: unknown }[];
    expect(first.IsFinished).toBe(1);
    expect(list.map((m) => m.MsgSeq)).toEqual([25, 23]);
    expect(list[0]?.MsgBody).toEqual(text('m25'));
    const withRecalled = await g(emu, 'group_msg_get_simple', {
      GroupId: id,
      ReqMsgNumber: 3,
      WithRecalledMsg: 1,
    });
    expect(withRecalled.RspMsgList).toContainEqual(
      expect.objectContaining({ MsgSeq: 24, IsPlaceMsg: 2, MsgBody: [] }),
    );
    const big = await g(emu, 'group_msg_get_simple', { GroupId: id, ReqMsgSeq: 22, ReqMsgNumber: 30 });
    expect(big.IsFinished).toBe(0);
    expect((big.RspMsgList as unknown[]).length).toBe(20);
    const last = await g(emu, 'group_msg_get_simple', { GroupId: id, ReqMsgSeq: 2, ReqMsgNumber: 20 });
    expect((last.RspMsgList as { MsgSeq: number }[]).map((m) => m.MsgSeq)).toEqual([2, 1]);
  });

  it('shows messages older than the roaming window as placeholders and refuses to recall them', async () => {
    const { emu, clock } = setup();
    const id = await create(emu);
    await send(emu, id);
    clock.advance(8 * 86_400_000);
    await send(emu, id);
    const page = await g(emu, 'group_msg_get_simple', { GroupId: id, ReqMsgNumber: 2 });
    expect(page.RspMsgList).toMatchObject([
      { MsgSeq: 2, IsPlaceMsg: 0 },
      { MsgSeq: 1, IsPlaceMsg: 1, MsgBody: [] },
    ]);
    expect(
      (await g(emu, 'group_msg_recall', { GroupId: id, MsgSeqList: [{ MsgSeq: 1 }] })).RecallRetList,
    ).toEqual([{ MsgSeq: 1, RetCode: 10030 }]);
    const av = await create(emu, { Type: 'AVChatRoom', MemberList: undefined });
    expect(await g(emu, 'group_msg_get_simple', { GroupId: av, ReqMsgNumber: 2 })).toMatchObject({
      ErrorCode: 10007,
    });
  });

  it('delete_group_msg_by_sender recalls only that sender, silently', async () => {
    const { emu } = setup();
    const id = await create(emu);
    await send(emu, id, { From_Account: 'peter' });
    await send(emu, id, { From_Account: 'leckie' });
    expect(
      await g(emu, 'delete_group_msg_by_sender', { GroupId: id, Sender_Account: 'peter' }),
    ).toMatchObject({ ErrorCode: 0 });
    const page = await g(emu, 'group_msg_get_simple', { GroupId: id, ReqMsgNumber: 5 });
    expect((page.RspMsgList as { From_Account: string }[]).map((m) => m.From_Account)).toEqual(['leckie']);
  });
});

describe('ownership, notifications and online count', () => {
  it('transfers ownership to a member only, demoting the old owner', async () => {
    const { emu } = setup();
    const id = await create(emu);
    expect(await g(emu, 'change_group_owner', { GroupId: id, NewOwner_Account: 'tommy' })).toMatchObject({
      ErrorCode: 10004,
    });
    expect(await g(emu, 'change_group_owner', { GroupId: id, NewOwner_Account: 'peter' })).toMatchObject({
      ErrorCode: 0,
    });
    const roles = await g(emu, 'get_role_in_group', { GroupId: id, User_Account: ['peter', 'leckie'] });
    expect(roles.UserIdList).toEqual([
      { Member_Account: 'peter', Role: 'Owner' },
      { Member_Account: 'leckie', Role: 'Member' },
    ]);
    const av = await create(emu, { Type: 'AVChatRoom', MemberList: undefined });
    expect(await g(emu, 'change_group_owner', { GroupId: av, NewOwner_Account: 'peter' })).toMatchObject({
      ErrorCode: 10007,
    });
  });

  it('sends system notifications without storing anything, refusing recipients in an AVChatRoom', async () => {
    const { emu } = setup();
    const id = await create(emu);
    expect(
      await g(emu, 'send_group_system_notification', { GroupId: id, Content: 'maintenance' }),
    ).toMatchObject({ ErrorCode: 0 });
    expect(emu.store.groups.group(id)?.nextMsgSeq).toBe(1);
    const av = await create(emu, { Type: 'AVChatRoom', MemberList: undefined });
    const body = { GroupId: av, Content: 'x', ToMembers_Account: ['peter'] };
    expect(await g(emu, 'send_group_system_notification', body)).toMatchObject({ ErrorCode: 10004 });
  });

  it('counts members with an Online session', async () => {
    const { emu } = setup();
    const id = await create(emu);
    emu.store.setSession('peter', { platform: 'Web', status: 'Online', since: NOW });
    expect(await g(emu, 'get_online_member_num', { GroupId: id })).toMatchObject({ OnlineMemberNum: 1 });
  });
});

describe('migration', () => {
  it('imports a group, ordered messages (bad times fail per message) and members, then sets unread', async () => {
    const { emu } = setup();
    const created = NOW - 10_000;
    const imp = await g(emu, 'import_group', {
      Type: 'Work',
      GroupId: 'Migrated',
      Name: 'M',
      Owner_Account: 'leckie',
      CreateTime: created,
    });
    expect(imp).toMatchObject({ ErrorCode: 0, GroupId: 'Migrated' });
    expect(await g(emu, 'import_group', { Type: 'Public', GroupId: 'Migrated', Name: 'M' })).toMatchObject({
      ErrorCode: 10021,
    });
    expect(await g(emu, 'import_group', { Type: 'AVChatRoom', Name: 'M' })).toMatchObject({
      ErrorCode: 10007,
    });
    const msgs = await g(emu, 'import_group_msg', {
      GroupId: 'Migrated',
      MsgList: [
        { From_Account: 'leckie', SendTime: created + 10, MsgBody: text('a') },
        { From_Account: 'leckie', SendTime: created + 5, MsgBody: text('b') },
        { From_Account: 'peter', SendTime: created + 20, MsgBody: text('c') },
        { From_Account: 'peter', SendTime: NOW + 5, MsgBody: text('d') },
      ],
    });
    expect(msgs.ImportMsgResult).toEqual([
      { MsgSeq: 1, MsgTime: created + 10, Result: 0 },
      { MsgSeq: 0, MsgTime: created + 5, Result: 10004 },
      { MsgSeq: 2, MsgTime: created + 20, Result: 0 },
      { MsgSeq: 0, MsgTime: NOW + 5, Result: 10004 },
    ]);
    const members = await g(emu, 'import_group_member', {
      GroupId: 'Migrated',
      MemberList: [
        { Member_Account: 'peter', Role: 'Admin', JoinTime: created + 1, UnreadMsgNum: 5 },
        { Member_Account: 'leckie' },
        { Member_Account: 'tommy', JoinTime: created - 1 },
        { Member_Account: 'ghost' },
      ],
    });
    expect(members.MemberList).toEqual([
      { Member_Account: 'peter', Result: 1 },
      { Member_Account: 'leckie', Result: 2 },
      { Member_Account: 'tommy', Result: 0 },
      { Member_Account: 'ghost', Result: 0 },
    ]);
    const group = emu.store.groups.group('Migrated');
    expect(group?.members.get('peter')).toMatchObject({ role: 'Admin', unread: 2 });
    await g(emu, 'set_unread_msg_num', { GroupId: 'Migrated', Member_Account: 'peter', UnreadMsgNum: 1 });
    expect(group?.members.get('peter')?.unread).toBe(1);
    expect(
      await g(emu, 'set_unread_msg_num', { GroupId: 'Migrated', Member_Account: 'tommy', UnreadMsgNum: 1 }),
    ).toMatchObject({
      ErrorCode: 10004,
    });
    expect(
      await g(emu, 'import_group_msg', {
        GroupId: 'Migrated',
        MsgList: [{ From_Account: 'peter', SendTime: created + 30, MsgBody: text('e') }],
      }),
    ).toMatchObject({ ImportMsgResult: [{ Result: 0, MsgSeq: 3 }] });
    expect(group?.members.get('peter')?.unread).toBe(0);
    expect(await g(emu, 'get_joined_group_list', { Member_Account: 'peter' })).toMatchObject({
      TotalCount: 1,
    });
  });
});
