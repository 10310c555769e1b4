/**
 * The messaging half of the SDK scenario (sdk-scenario.test.ts): C2C and group messages with their
 * documented paging, recall, unread counts and conversations, push to a segment, global mute and the
 * daily statistics (../shared/im-api 03, 06, 08, 11, 12 and 13).
 */
import { expect } from 'vitest';
import { TEST_APP_ID } from './test-support';
import { custom, face, location, nowSec, ok, text, tick } from './sdk-scenario-people';
import type { Json, Row, Scenario } from './sdk-scenario-people';

/** Step: sends C2C messages of several kinds and reads them back page by page (LastMsgKey, Complete). */
export async function sendC2cMessages(s: Scenario): Promise<void> {
  const { im, c2cKeys } = s;
  const bodies = [[text('hi bob')], [face], [location], [custom, text('order placed')]];
  for (const [i, MsgBody] of bodies.entries()) {
    tick(1);
    const sent = await im.call('openim', 'sendmsg', {
      SyncOtherMachine: 1,
      From_Account: 'alice',
      To_Account: 'bob',
      MsgRandom: 1000 + i,
      MsgBody,
    });
    expect(sent).toMatchObject({
      ...ok,
      MsgTime: nowSec(),
      MsgKey: expect.stringMatching(/^\d+_\d+_\d+$/),
    });
    c2cKeys.push(sent.MsgKey as string);
  }
  tick(1);
  await im.call('openim', 'sendmsg', {
    From_Account: 'bob',
    To_Account: 'alice',
    MsgRandom: 7,
    MsgBody: [text('hey')],
  });
  tick(1);
  const batch = await im.call('openim', 'batchsendmsg', {
    To_Account: ['alice', 'bob', 'carol', 'nobody'],
    MsgRandom: 99,
    MsgBody: [text('maintenance tonight')],
  });
  expect(batch).toMatchObject({ ...ok, ErrorList: [{ To_Account: 'nobody', ErrorCode: 70107 }] });

  const pages: Row[][] = [];
  let cursor: Json = { MaxTime: nowSec() };
  for (;;) {
    const page = await im.call('openim', 'admin_getroammsg', {
      Operator_Account: 'bob',
      Peer_Account: 'alice',
      MaxCnt: 2,
      MinTime: nowSec() - 3600,
      ...cursor,
    });
    expect(page).toMatchObject(ok);
    pages.push(page.MsgList as Row[]);
    if (page.Complete === 1) break;
    cursor = { MaxTime: page.LastMsgTime, LastMsgKey: page.LastMsgKey };
  }
  expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
  // Newest page first, each page oldest-first (03-c2c-messages.md admin_getroammsg).
  const times = pages.map((p) => p.map((m) => m.MsgTimeStamp as number));
  expect(times.flatMap((t) => t.slice(1).map((x, i) => x >= t[i]!))).not.toContain(false);
  expect(times.slice(1).every((t, i) => Math.max(...t) < Math.min(...times[i]!))).toBe(true);
  const history = pages.flat().sort((a, b) => a.MsgTimeStamp - b.MsgTimeStamp);
  expect(history.map((m) => m.MsgKey)).toEqual([...c2cKeys, expect.any(String)]);
  expect(history.map((m) => (m.MsgBody as Row[]).map((e) => e.MsgType).join('+'))).toEqual([
    'TIMTextElem',
    'TIMFaceElem',
    'TIMLocationElem',
    'TIMCustomElem+TIMTextElem',
    'TIMTextElem',
  ]);
  expect(history[2]).toMatchObject({ From_Account: 'alice', MsgBody: [location] });
}

/** Step: posts group messages of several kinds and reads them back page by page (ReqMsgSeq, IsFinished). */
export async function postGroupMessages(s: Scenario): Promise<void> {
  const { im, groups } = s;
  const posts: [string, Row[]][] = [
    ['bob', [text('welcome')]],
    ['alice', [face]],
    ['dave', [location]],
    ['carol', [custom]],
    ['alice', [text('see you'), face]],
  ];
  const seqs: number[] = [];
  for (const [i, [From_Account, MsgBody]] of posts.entries()) {
    tick(1);
    const sent = await im.call('group_open_http_svc', 'send_group_msg', {
      GroupId: groups.fans,
      From_Account,
      Random: 500 + i,
      MsgBody,
    });
    expect(sent).toMatchObject({ ...ok, MsgTime: nowSec() });
    seqs.push(sent.MsgSeq as number);
  }
  expect(seqs).toEqual([1, 2, 3, 4, 5]);

  const got: Row[] = [];
  let ReqMsgSeq: number | undefined;
  for (;;) {
    const page = await im.call('group_open_http_svc', 'group_msg_get_simple', {
      GroupId: groups.fans,
      ReqMsgNumber: 2,
      ...(ReqMsgSeq === undefined ? {} : { ReqMsgSeq }),
    });
    expect(page).toMatchObject({ ...ok, GroupId: groups.fans, IsFinished: 1 });
    const list = page.RspMsgList as Row[];
    if (list.length === 0) break;
    got.push(...list);
    ReqMsgSeq = Math.min(...list.map((m) => m.MsgSeq as number)) - 1;
    if (ReqMsgSeq === 0) break;
  }
  expect(got.map((m) => m.MsgSeq)).toEqual([5, 4, 3, 2, 1]);
  expect(got.map((m) => m.From_Account)).toEqual(['alice', 'carol', 'dave', 'alice', 'bob']);
  expect(got[2]).toMatchObject({ MsgBody: [location], IsPlaceMsg: 0 });
}

/** Step: recalls a C2C and a group message and sees them flagged. */
export async function recallMessages(s: Scenario): Promise<void> {
  const { im, groups, c2cKeys } = s;
  const withdraw = { From_Account: 'alice', To_Account: 'bob', MsgKey: c2cKeys[1] };
  expect(await im.call('openim', 'admin_msgwithdraw', withdraw)).toMatchObject(ok);
  expect(await im.call('openim', 'admin_msgwithdraw', withdraw)).toMatchObject({ ErrorCode: 20023 });
  const roam = await im.call('openim', 'admin_getroammsg', {
    Operator_Account: 'alice',
    Peer_Account: 'bob',
    MaxCnt: 100,
    MinTime: nowSec() - 3600,
    MaxTime: nowSec(),
  });
  const flags = Object.fromEntries((roam.MsgList as Row[]).map((m) => [m.MsgKey, m.MsgFlagBits]));
  expect(c2cKeys.map((k) => flags[k])).toEqual([0, 8, 0, 0]);

  const recall = await im.call('group_open_http_svc', 'group_msg_recall', {
    GroupId: groups.fans,
    MsgSeqList: [{ MsgSeq: 2 }, { MsgSeq: 99 }],
  });
  expect(recall).toMatchObject({
    ...ok,
    RecallRetList: [
      { MsgSeq: 2, RetCode: 0 },
      { MsgSeq: 99, RetCode: 10030 },
    ],
  });
  const history = await im.call('group_open_http_svc', 'group_msg_get_simple', {
    GroupId: groups.fans,
    ReqMsgNumber: 3,
    ReqMsgSeq: 3,
    WithRecalledMsg: 1,
  });
  const place = (history.RspMsgList as Row[]).map((m) => [m.MsgSeq, m.IsPlaceMsg]);
  expect(place).toEqual([
    [3, 0],
    [2, 2],
    [1, 0],
  ]);
}

/** Step: counts unread messages per conversation and lists conversations. */
export async function countUnread(s: Scenario): Promise<void> {
  const { im, groups } = s;
  const unread = await im.call('openim', 'get_c2c_unread_msg_num', {
    To_Account: 'bob',
    Peer_Account: ['alice', 'administrator'],
  });
  // Four from alice, one of them recalled; one notice from the admin (03-c2c-messages.md unread rules).
  expect(unread.C2CUnreadMsgNumList).toEqual([
    { Peer_Account: 'alice', C2CUnreadMsgNum: 3 },
    { Peer_Account: 'administrator', C2CUnreadMsgNum: 1 },
  ]);
  expect(
    await im.call('openim', 'admin_set_msg_read', { Report_Account: 'bob', Peer_Account: 'alice' }),
  ).toMatchObject(ok);
  expect(await im.call('openim', 'get_c2c_unread_msg_num', { To_Account: 'bob' })).toMatchObject({
    ...ok,
    AllC2CUnreadMsgNum: 1,
  });

  const list = await im.call('recentcontact', 'get_list', {
    From_Account: 'bob',
    TimeStamp: 0,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    AssistFlags: 0,
  });
  expect(list).toMatchObject({ ...ok, CompleteFlag: 1 });
  const items = (list.SessionItem as Row[]).map((c) => [c.Type, c.To_Account ?? c.GroupId]);
  expect(items).toEqual([
    [2, groups.fans],
    [1, 'administrator'],
    [1, 'alice'],
  ]);
}

/** Step: sets attributes and tags and pushes to a segment (im_push TaskId). */
export async function pushToSegment(s: Scenario): Promise<void> {
  const { im, running } = s;
  const AttrNames = { '0': 'city', '1': 'tier' };
  expect(await im.call('all_member_push', 'im_set_attr_name', { AttrNames })).toMatchObject(ok);
  expect(await im.call('all_member_push', 'im_get_attr_name', {})).toMatchObject({ ...ok, AttrNames });
  const attrs = await im.call('all_member_push', 'im_set_attr', {
    UserAttrs: [
      { To_Account: 'alice', Attrs: { city: 'Shenzhen', tier: 'gold' } },
      { To_Account: 'bob', Attrs: { city: 'Beijing', tier: 'gold' } },
      { To_Account: 'carol', Attrs: { city: 'Shenzhen' } },
    ],
  });
  expect(attrs).toMatchObject(ok);
  const tags = await im.call('all_member_push', 'im_add_tag', {
    UserTags: [
      { To_Account: 'alice', Tags: ['sports'] },
      { To_Account: 'carol', Tags: ['sports', 'music'] },
      { To_Account: 'dave', Tags: ['music'] },
    ],
  });
  expect(tags).toMatchObject(ok);
  expect(await im.call('all_member_push', 'im_get_tag', { To_Account: ['carol'] })).toMatchObject({
    UserTags: [{ To_Account: 'carol', Tags: ['sports', 'music'] }],
  });

  const push = (MsgRandom: number, Condition: Json) =>
    im.call('all_member_push', 'im_push', { MsgRandom, Condition, MsgBody: [text('match tonight')] });
  tick(2); // pushes must be more than 1 s apart (06-push.md §1.5)
  const byTag = await push(4242, { TagsOr: ['sports'] });
  // TaskId = {SDKAppID}_{...}_{MsgRandom}_{seq} (06-push.md im_push response).
  expect(byTag).toMatchObject({
    ...ok,
    TaskId: expect.stringMatching(new RegExp(`^${TEST_APP_ID}_\\d+_4242_\\d+$`)),
  });
  tick(2);
  const byAttr = await push(4343, { AttrsAnd: { city: 'Shenzhen', tier: 'gold' } });
  expect(byAttr.TaskId).not.toBe(byTag.TaskId);
  tick(2);
  expect((await push(4242, { TagsOr: ['music'] })).TaskId).toBe(byTag.TaskId);
  // Who a task reached is not exposed over REST; the emulator's push log tells.
  const reached = (id: unknown) =>
    running.emulator.store.push.pushTask(String(id))?.recipients.slice().sort();
  expect(reached(byTag.TaskId)).toEqual(['alice', 'carol']);
  expect(reached(byAttr.TaskId)).toEqual(['alice']);
}

/** Step: mutes an account app-wide and counts the mute down. */
export async function muteAppWide(s: Scenario): Promise<void> {
  const { im, groups } = s;
  const set = await im.call('openconfigsvr', 'setnospeaking', {
    Set_Account: 'dave',
    C2CmsgNospeakingTime: 60,
    GroupmsgNospeakingTime: 3600,
  });
  expect(set).toMatchObject({ ErrorCode: 0 });
  tick(20);
  expect(await im.call('openconfigsvr', 'getnospeaking', { Get_Account: 'dave' })).toMatchObject({
    ErrorCode: 0,
    C2CmsgNospeakingTime: 40,
    GroupmsgNospeakingTime: 3580,
  });
  const group = await im.call('group_open_http_svc', 'send_group_msg', {
    GroupId: groups.meet,
    From_Account: 'dave',
    Random: 9,
    MsgBody: [text('muted?')],
  });
  expect(group).toMatchObject({ ErrorCode: 10017 });
  // REST one-to-one sends skip the sender's mute (12-global-mute.md setnospeaking rules).
  const c2c = await im.call('openim', 'sendmsg', {
    From_Account: 'dave',
    To_Account: 'bob',
    MsgRandom: 3,
    MsgBody: [face],
  });
  expect(c2c).toMatchObject(ok);
}

/** Step: publishes the day in getappinfo once it is over (Beijing days). */
export async function publishDay(s: Scenario): Promise<void> {
  const { im } = s;
  expect(await im.call('openconfigsvr', 'getappinfo', {})).toMatchObject({ ErrorCode: 0, Result: [] });
  tick(23 * 3600);
  const info = await im.call('openconfigsvr', 'getappinfo', {
    RequestField: [
      'RegistUserNumOneDay',
      'C2CUpMsgNum',
      'GroupUpMsgNum',
      'GroupNewGroupNum',
      'ChainIncrease',
    ],
  });
  expect(info).toMatchObject({ ErrorCode: 0, ErrorInfo: 'OK' });
  expect(info.Result).toEqual([
    {
      Date: '20250301',
      RegistUserNumOneDay: '6',
      C2CUpMsgNum: '9', // the batch notice counts once per recipient
      GroupUpMsgNum: '5',
      GroupNewGroupNum: '3',
      ChainIncrease: '4',
    },
  ]);
}
