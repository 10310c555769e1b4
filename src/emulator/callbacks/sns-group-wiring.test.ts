/** Webhooks fired by the relationship, group and topic handlers and the simulated-client friend routes. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../app';
import { TEST_START_MS, callControl, callIm, testEmulator } from '../test-support';
import { OK_ANSWER, startReceiver } from './test-receiver';
import type { ReceivedCallback, ReceiverReply, TestReceiver } from './test-receiver';

let receiver: TestReceiver;
let emu: Emulator | undefined;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
afterEach(async () => {
  await emu?.close();
  receiver.received.length = 0;
  receiver.reply(() => undefined);
});

async function setup(): Promise<Emulator> {
  emu = testEmulator({ callbacks: { url: receiver.url } }).emu;
  await callIm(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['alice', 'bob', 'carol', 'dave'] });
  for (const user of ['bob', 'carol']) {
    await callIm(emu, 'profile/portrait_set', {
      From_Account: user,
      ProfileItem: [{ Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_AllowAny' }],
    });
  }
  await emu.callbacks.idle();
  receiver.received.length = 0;
  return emu;
}
const answerFor = (command: string, reply: ReceiverReply) => (cb: ReceivedCallback) =>
  cb.body.CallbackCommand === command ? reply : undefined;

describe('friend callbacks', () => {
  it('friend_add fires one Sns.CallbackFriendAdd with both directions; friend_import fires none', async () => {
    const e = await setup();
    await callIm(e, 'sns/friend_add', {
      From_Account: 'alice',
      AddFriendItem: [
        { To_Account: 'bob', AddSource: 'AddSource_Type_Web' },
        { To_Account: 'alice', AddSource: 'AddSource_Type_Web' },
      ],
    });
    await callIm(e, 'sns/friend_import', {
      From_Account: 'dave',
      AddFriendItem: [{ To_Account: 'alice', AddSource: 'AddSource_Type_Web' }],
    });
    await e.callbacks.idle();
    expect(receiver.received.map((r) => r.body)).toEqual([
      {
        CallbackCommand: 'Sns.CallbackFriendAdd',
        PairList: [
          { From_Account: 'alice', To_Account: 'bob', Initiator_Account: 'alice' },
          { From_Account: 'bob', To_Account: 'alice', Initiator_Account: 'alice' },
        ],
        ClientCmd: 'friend_add',
        Admin_Account: 'administrator',
        ForceFlag: 0,
      },
    ]);
  });

  it('friend_delete, friend_delete_all and black_list_add on a friend fire Sns.CallbackFriendDelete', async () => {
    const e = await setup();
    const add = (to: string) =>
      callIm(e, 'sns/friend_add', {
        From_Account: 'alice',
        AddFriendItem: [{ To_Account: to, AddSource: 'AddSource_Type_Web' }],
      });
    await add('bob');
    await callIm(e, 'sns/friend_delete', {
      From_Account: 'alice',
      To_Account: ['bob', 'carol'],
      DeleteType: 'Delete_Type_Both',
    });
    await add('carol');
    await callIm(e, 'sns/black_list_add', { From_Account: 'alice', To_Account: ['carol', 'dave'] });
    await add('bob');
    await callIm(e, 'sns/friend_delete_all', { From_Account: 'alice' });
    await e.callbacks.idle();
    const deletes = receiver.of('Sns.CallbackFriendDelete').map((r) => r.body.PairList);
    expect(deletes).toEqual([
      [
        { From_Account: 'alice', To_Account: 'bob' },
        { From_Account: 'bob', To_Account: 'alice' },
      ],
      [
        { From_Account: 'alice', To_Account: 'carol' },
        { From_Account: 'carol', To_Account: 'alice' },
      ],
      [{ From_Account: 'alice', To_Account: 'bob' }],
    ]);
  });

  it('a simulated client request runs Sns.CallbackPrevFriendAdd and refused targets get no friendship', async () => {
    const e = await setup();
    receiver.reply(
      answerFor('Sns.CallbackPrevFriendAdd', {
        json: {
          ...OK_ANSWER,
          ResultItem: [{ To_Account: 'carol', ResultCode: 30516, ResultInfo: 'blocked by app' }],
        },
      }),
    );
    const { json } = await callControl(e, 'POST', 'client/friend-request', {
      From_Account: 'alice',
      Platform: 'iPhone',
      AddFriendItem: [
        { To_Account: 'bob', AddSource: 'AddSource_Type_iOS', AddWording: 'hi' },
        { To_Account: 'carol', AddSource: 'AddSource_Type_iOS' },
      ],
    });
    expect(json.ResultItem).toEqual([
      { To_Account: 'bob', ResultCode: 0, ResultInfo: '' },
      { To_Account: 'carol', ResultCode: 30516, ResultInfo: 'blocked by app' },
    ]);
    expect(e.store.relationships.isFriend('alice', 'bob')).toBe(true);
    expect(e.store.relationships.isFriend('alice', 'carol')).toBe(false);
    await e.callbacks.idle();
    const [prev] = receiver.of('Sns.CallbackPrevFriendAdd');
    expect(prev?.query.OptPlatform).toBe('iOS');
    expect(prev?.body).toMatchObject({
      Requester_Account: 'alice',
      AddType: 'Add_Type_Both',
      ForceAddFlags: 0,
      EventTime: TEST_START_MS,
    });
    expect((prev?.body.FriendItem as unknown[])[0]).toEqual({
      To_Account: 'bob',
      Remark: '',
      GroupName: '',
      AddSource: 'AddSource_Type_iOS',
      AddWording: 'hi',
    });
    expect(receiver.of('Sns.CallbackFriendAdd')[0]?.body).toMatchObject({
      ClientCmd: 'friend_add',
      Admin_Account: '',
    });
  });

  it('a simulated client response runs Sns.CallbackPrevFriendResponse; an agreement fires friend_response', async () => {
    const e = await setup();
    await callIm(e, 'sns/friend_add', {
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'dave', AddSource: 'AddSource_Type_Web' }],
    });
    await callIm(e, 'sns/friend_add', {
      From_Account: 'bob',
      AddFriendItem: [{ To_Account: 'dave', AddSource: 'AddSource_Type_Web' }],
    });
    receiver.reply(
      answerFor('Sns.CallbackPrevFriendResponse', {
        json: { ...OK_ANSWER, ResultItem: [{ To_Account: 'bob', ResultCode: 1 }] },
      }),
    );
    const { json } = await callControl(e, 'POST', 'client/friend-response', {
      From_Account: 'dave',
      ResponseFriendItem: [
        { To_Account: 'alice', ResponseAction: 'Response_Action_AgreeAndAdd' },
        { To_Account: 'bob', ResponseAction: 'Response_Action_AgreeAndAdd' },
      ],
    });
    expect(json.ResultItem).toEqual([
      { To_Account: 'alice', ResultCode: 0, ResultInfo: '' },
      { To_Account: 'bob', ResultCode: 1, ResultInfo: '' },
    ]);
    expect(e.store.relationships.isFriend('dave', 'alice')).toBe(true);
    expect(e.store.relationships.isFriend('dave', 'bob')).toBe(false);
    await e.callbacks.idle();
    expect(receiver.of('Sns.CallbackFriendAdd').at(-1)?.body).toMatchObject({
      ClientCmd: 'friend_response',
      PairList: [
        { From_Account: 'alice', To_Account: 'dave', Initiator_Account: 'alice' },
        { From_Account: 'dave', To_Account: 'alice', Initiator_Account: 'alice' },
      ],
    });
  });
});

describe('group and topic callbacks', () => {
  const create = (e: Emulator, extra: Record<string, unknown> = {}) =>
    callIm(e, 'group_open_http_svc/create_group', {
      Owner_Account: 'alice',
      Type: 'Public',
      Name: 'G',
      MemberList: [{ Member_Account: 'bob' }],
      ...extra,
    });

  it('Group.CallbackBeforeCreateGroup can refuse (10016, or a custom code) and nothing is created', async () => {
    const e = await setup();
    receiver.reply(answerFor('Group.CallbackBeforeCreateGroup', { json: { ...OK_ANSWER, ErrorCode: 1 } }));
    expect((await create(e)).json.ErrorCode).toBe(10016);
    receiver.reply(
      answerFor('Group.CallbackBeforeCreateGroup', {
        json: { ...OK_ANSWER, ErrorCode: 10150, ErrorInfo: 'quota' },
      }),
    );
    expect((await create(e)).json).toMatchObject({ ErrorCode: 10150, ErrorInfo: 'quota' });
    expect(e.store.groups.list()).toHaveLength(0);
    await e.callbacks.idle();
    expect(receiver.of('Group.CallbackAfterCreateGroup')).toHaveLength(0);
    expect(receiver.of('Group.CallbackBeforeCreateGroup')[0]?.body).toEqual({
      CallbackCommand: 'Group.CallbackBeforeCreateGroup',
      Operator_Account: 'administrator',
      Owner_Account: 'alice',
      Type: 'Public',
      Name: 'G',
      CreatedGroupNum: 0,
      MemberList: [{ Member_Account: 'bob' }],
    });
  });

  it('fires AfterCreateGroup and AfterNewMemberJoin with only the members actually added', async () => {
    const e = await setup();
    const { json } = await create(e, { AppDefinedData: [{ Key: 'k', Value: 'v' }] });
    await callIm(e, 'group_open_http_svc/add_group_member', {
      GroupId: json.GroupId,
      MemberList: [{ Member_Account: 'bob' }, { Member_Account: 'carol' }],
    });
    await e.callbacks.idle();
    expect(receiver.of('Group.CallbackAfterCreateGroup')[0]?.body).toMatchObject({
      GroupId: json.GroupId,
      Owner_Account: 'alice',
      MemberList: [{ Member_Account: 'bob' }],
      UserDefinedDataList: [{ Key: 'k', Value: 'v' }],
      EventTime: TEST_START_MS,
    });
    expect(receiver.of('Group.CallbackAfterNewMemberJoin')[0]?.body).toMatchObject({
      GroupId: json.GroupId,
      Type: 'Public',
      JoinType: 'Invited',
      Operator_Account: 'administrator',
      NewMemberList: [{ Member_Account: 'carol' }],
    });
  });

  it('gates topic creation and reports topic creation, changes and deletion', async () => {
    const e = await setup();
    const gid = (await create(e, { Type: 'Community', SupportTopic: 1, MemberList: [] })).json
      .GroupId as string;
    receiver.reply(answerFor('Group.CallbackBeforeCreateTopic', { json: { ...OK_ANSWER, ErrorCode: 1 } }));
    const path = 'million_group_open_http_svc';
    expect((await callIm(e, `${path}/create_topic`, { GroupId: gid, TopicName: 'no' })).json.ErrorCode).toBe(
      10016,
    );
    receiver.reply(() => undefined);
    const { json } = await callIm(e, `${path}/create_topic`, {
      GroupId: gid,
      TopicName: 'T',
      From_Account: 'bob',
    });
    await callIm(e, `${path}/modify_topic`, {
      GroupId: gid,
      TopicId: json.TopicId,
      TopicName: 'T2',
      CustomString: 'x',
    });
    await callIm(e, `${path}/modify_topic`, { GroupId: gid, TopicId: json.TopicId, CustomString: 'y' });
    await callIm(e, `${path}/destroy_topic`, {
      GroupId: gid,
      TopicIdList: [json.TopicId, `${gid}@TOPIC#_nope`],
    });
    await e.callbacks.idle();
    expect(receiver.of('Group.CallbackBeforeCreateTopic').map((r) => r.body)).toEqual([
      {
        CallbackCommand: 'Group.CallbackBeforeCreateTopic',
        Operator_Account: 'administrator',
        Type: 'Community',
        Name: 'no',
      },
      {
        CallbackCommand: 'Group.CallbackBeforeCreateTopic',
        Operator_Account: 'bob',
        Type: 'Community',
        Name: 'T',
      },
    ]);
    expect(receiver.of('Group.CallbackAfterCreateTopic').map((r) => r.body)).toEqual([
      {
        CallbackCommand: 'Group.CallbackAfterCreateTopic',
        GroupId: gid,
        TopicId: json.TopicId,
        Operator_Account: 'bob',
        Owner_Account: 'bob',
        Type: 'Community',
        Name: 'T',
        UserDefinedDataList: [],
      },
    ]);
    expect(receiver.of('Group.CallbackAfterTopicInfoChanged').map((r) => r.body)).toEqual([
      {
        CallbackCommand: 'Group.CallbackAfterTopicInfoChanged',
        GroupId: gid,
        Type: 'Community',
        Operator_Account: 'administrator',
        Name: 'T2',
      },
    ]);
    expect(receiver.of('Group.CallbackAfterTopicDestroyed')[0]?.body).toEqual({
      CallbackCommand: 'Group.CallbackAfterTopicDestroyed',
      GroupId: gid,
      Type: 'Community',
      TopicIdList: [json.TopicId],
    });
  });
});
