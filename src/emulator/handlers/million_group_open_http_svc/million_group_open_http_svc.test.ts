/** Community topics against the Emulator rules of ../shared/im-api/09-topics.md (and topic messages, 11-groups-messages.md). */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../app';
import { callIm, testEmulator } from '../../test-support';

const NOW = 1_740_787_200;

async function setup() {
  const { emu, clock } = testEmulator();
  for (const u of ['leckie', 'peter']) emu.store.createAccount(u, 0);
  const json = (
    await callIm(emu, 'group_open_http_svc/create_group', {
      Type: 'Community',
      Name: 'C',
      Owner_Account: 'leckie',
      SupportTopic: 1,
      MemberList: [{ Member_Account: 'peter' }],
    })
  ).json;
  return { emu, clock, G: json.GroupId as string };
}
const t = (emu: Emulator, command: string, body: unknown) =>
  callIm(emu, `million_group_open_http_svc/${command}`, body).then((r) => r.json);

describe('create_topic / get_topic', () => {
  it('creates custom and generated topics and reads them back, filtered or whole', async () => {
    const { emu, G } = await setup();
    const custom = `${G}@TOPIC#_TestTopic`;
    expect(
      await t(emu, 'create_topic', { GroupId: G, TopicId: custom, TopicName: 'Test', CustomString: 'cs' }),
    ).toMatchObject({
      ErrorCode: 0,
      TopicId: custom,
    });
    const gen = (await t(emu, 'create_topic', { GroupId: G, TopicName: 'Other' })).TopicId as string;
    expect(gen).toMatch(new RegExp(`^${G.replace(/[#@$]/g, '\\$&')}@TOPIC#_@TOPIC#[A-Za-z0-9]{12}$`));
    expect(await t(emu, 'create_topic', { GroupId: G, TopicId: custom, TopicName: 'again' })).toMatchObject({
      ErrorCode: 10025,
    });
    const all = await t(emu, 'get_topic', { GroupId: G, From_Account: 'peter' });
    expect(all.ErrorInfo).toBe('ok');
    expect(all.TopicAndSelfInfo).toEqual([
      {
        ErrorCode: 0,
        ErrorInfo: 'ok',
        SelfInfo: { ShutUpTime: 0, MsgSeq: 0, MsgFlag: 'AcceptAndNotify' },
        TopicInfo: {
          TopicName: 'Test',
          GroupID: G,
          FaceUrl: '',
          TopicId: custom,
          NextMsgSeq: 1,
          Notification: '',
          Introduction: '',
          CreateTime: NOW,
          LastMsgTime: 0,
          ShutUpAllFlag: 0,
          CustomString: 'cs',
        },
      },
      expect.objectContaining({ TopicInfo: expect.objectContaining({ TopicId: gen }) }),
    ]);
    const filtered = await t(emu, 'get_topic', {
      GroupId: G,
      TopicIdList: [`${G}@TOPIC#_nope`, custom],
      ResponseFilter: ['TopicName'],
    });
    expect(filtered.TopicAndSelfInfo).toEqual([
      { ErrorCode: 110002, ErrorInfo: 'topic not exist' },
      { ErrorCode: 0, ErrorInfo: 'ok', TopicInfo: { TopicName: 'Test', GroupID: G, TopicId: custom } },
    ]);
  });

  it('refuses unknown groups (10010) and groups without topics (11000)', async () => {
    const { emu } = await setup();
    expect(await t(emu, 'create_topic', { GroupId: 'nope', TopicName: 'x' })).toMatchObject({
      ErrorCode: 10010,
    });
    const plain = (await callIm(emu, 'group_open_http_svc/create_group', { Type: 'Community', Name: 'P' }))
      .json.GroupId;
    expect(await t(emu, 'create_topic', { GroupId: plain, TopicName: 'x' })).toMatchObject({
      ErrorCode: 11000,
    });
    expect(await t(emu, 'get_topic', { GroupId: plain })).toMatchObject({ ErrorCode: 11000 });
  });
});

describe('modify_topic / destroy_topic and topic messages', () => {
  it('keeps a seq per topic, enforces topic mute-all, and deletes topics per item', async () => {
    const { emu, G } = await setup();
    const topic = (await t(emu, 'create_topic', { GroupId: G, TopicName: 'T' })).TopicId as string;
    const send = (from: string) =>
      callIm(emu, 'group_open_http_svc/send_group_msg', {
        GroupId: G,
        TopicId: topic,
        From_Account: from,
        Random: from.length,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
      }).then((r) => r.json);
    expect(await send('peter')).toMatchObject({ MsgSeq: 1 });
    expect(emu.store.groups.group(G)?.nextMsgSeq).toBe(1);
    expect(
      await t(emu, 'modify_topic', { GroupId: G, TopicId: topic, MuteAllMember: 'on', TopicName: 'T2' }),
    ).toMatchObject({ ErrorCode: 0 });
    expect(await send('peter')).toMatchObject({ ErrorCode: 10017 });
    expect(await send('leckie')).toMatchObject({ MsgSeq: 2 });
    const info = await t(emu, 'get_topic', { GroupId: G, TopicIdList: [topic] });
    expect(info.TopicAndSelfInfo).toMatchObject([
      { TopicInfo: { TopicName: 'T2', ShutUpAllFlag: 1, NextMsgSeq: 3, LastMsgTime: NOW } },
    ]);
    const history = await callIm(emu, 'group_open_http_svc/group_msg_get_simple', {
      GroupId: G,
      TopicId: topic,
      ReqMsgNumber: 5,
    });
    expect((history.json.RspMsgList as unknown[]).length).toBe(2);
    expect(await t(emu, 'modify_topic', { GroupId: G, TopicId: `${G}@TOPIC#_nope` })).toMatchObject({
      ErrorCode: 10010,
    });
    const destroyed = await t(emu, 'destroy_topic', { GroupId: G, TopicIdList: [topic, topic] });
    expect(destroyed.DestroyResultItem).toEqual([
      { ErrorCode: 0, ErrorInfo: 'ok', TopicId: topic },
      { ErrorCode: 110002, ErrorInfo: 'topic not exist', TopicId: topic },
    ]);
  });

  it('mutes within a topic through forbid_send_msg and lists it with TopicId', async () => {
    const { emu, G } = await setup();
    const topic = (await t(emu, 'create_topic', { GroupId: G, TopicName: 'T' })).TopicId as string;
    await callIm(emu, 'group_open_http_svc/forbid_send_msg', {
      GroupId: G,
      TopicId: topic,
      Members_Account: ['peter'],
      MuteTime: 60,
    });
    const muted = await callIm(emu, 'group_open_http_svc/get_group_shutted_uin', {
      GroupId: G,
      TopicId: topic,
    });
    expect(muted.json.MutedAccountList).toEqual([{ Member_Account: 'peter', MutedUntil: NOW + 60 }]);
    expect(
      (await callIm(emu, 'group_open_http_svc/get_group_shutted_uin', { GroupId: G })).json.MutedAccountList,
    ).toEqual([]);
    const self = await t(emu, 'get_topic', { GroupId: G, From_Account: 'peter' });
    expect(self.TopicAndSelfInfo).toMatchObject([{ SelfInfo: { ShutUpTime: NOW + 60 } }]);
  });
});
