/**
 * Daily figures of days not yet published when what they counted leaves the store
 * (../shared/im-api/13-operations.md `getappinfo` Emulator rules): disbanded groups, deleted topics,
 * the AVChatRoom buffer and deleted accounts; group deliveries count the members at send time.
 * Manual clock: the tests start at 2025-03-01 08:00 Beijing time.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../app';
import type { ManualClock } from '../clock';
import { callIm, testEmulator } from '../test-support';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const ok = async (emu: Emulator, path: string, body: unknown) => {
  const { json } = await callIm(emu, path, body);
  expect(json.ErrorCode, `${path} ${JSON.stringify(json)}`).toBe(0);
  return json;
};
const importAll = async (emu: Emulator, ids: string[]) => {
  for (const UserID of ids) await ok(emu, 'im_open_login_svc/account_import', { UserID });
};
const deleteAll = (emu: Emulator, ids: string[]) =>
  ok(emu, 'im_open_login_svc/account_delete', { DeleteItem: ids.map((UserID) => ({ UserID })) });
const createGroup = async (emu: Emulator, Type: string, owner: string, members: string[]) =>
  (
    await ok(emu, 'group_open_http_svc/create_group', {
      Type,
      ...(Type === 'Community' ? { SupportTopic: 1 } : {}),
      Name: 'stats',
      Owner_Account: owner,
      MemberList: members.map((Member_Account) => ({ Member_Account })),
    })
  ).GroupId as string;
let random = 1;
const say = (emu: Emulator, GroupId: string, From_Account: string, TopicId?: string) =>
  ok(emu, 'group_open_http_svc/send_group_msg', {
    GroupId,
    ...(TopicId ? { TopicId } : {}),
    From_Account,
    Random: random++,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
  });

/** The finished days `getappinfo` answers now (publishing them), by `Date`. */
async function days(emu: Emulator, fields: string[]): Promise<Record<string, Record<string, string>>> {
  const { json } = await callIm(emu, 'openconfigsvr/getappinfo', { RequestField: fields });
  expect(json.ErrorCode).toBe(0);
  return Object.fromEntries((json.Result as Record<string, string>[]).map((r) => [r.Date, r]));
}
const nextDay = (clock: ManualClock) => clock.advance(DAY_MS);

const GROUP_FIELDS = [
  'GroupNewGroupNum',
  'GroupDestroyGroupNum',
  'GroupAllGroupNum',
  'GroupUpMsgNum',
  'GroupDownMsgNum',
  'GroupSendMsgGroupNum',
  'GroupSendMsgUserNum',
  'UpMsgNum',
  'SendMsgUserNum',
];

describe('statistics of days not yet published', () => {
  it('count a group created, used and disbanded the same day', async () => {
    const { emu, clock } = testEmulator();
    await importAll(emu, ['a', 'b', 'c']);
    const gone = await createGroup(emu, 'Public', 'a', ['b', 'c']);
    await say(emu, gone, 'a'); // 2 delivered
    await say(emu, gone, 'b'); // 2 delivered
    await ok(emu, 'group_open_http_svc/destroy_group', { GroupId: gone });
    nextDay(clock);
    expect((await days(emu, GROUP_FIELDS))['20250301']).toMatchObject({
      GroupNewGroupNum: '1',
      GroupDestroyGroupNum: '1',
      GroupAllGroupNum: '0',
      GroupUpMsgNum: '2',
      GroupDownMsgNum: '4',
      GroupSendMsgGroupNum: '1',
      GroupSendMsgUserNum: '2',
      UpMsgNum: '2',
      SendMsgUserNum: '2',
    });
  });

  it('keep a group disbanded after its day ended, until that day is published', async () => {
    const { emu, clock } = testEmulator();
    await importAll(emu, ['a', 'b']);
    const gone = await createGroup(emu, 'Private', 'a', ['b']);
    await say(emu, gone, 'a');
    nextDay(clock);
    await say(emu, gone, 'b');
    await ok(emu, 'group_open_http_svc/destroy_group', { GroupId: gone });
    // What is kept survives a save and restart (validated like a state file).
    const saved = JSON.parse(JSON.stringify(emu.store.snapshot())) as ReturnType<typeof emu.store.snapshot>;
    emu.store.load(saved, Math.floor(clock.nowMs() / 1000));
    // Day 1 is read only now: the disbanded group still existed at its end.
    nextDay(clock);
    const r = await days(emu, GROUP_FIELDS);
    expect(r['20250301']).toMatchObject({
      GroupNewGroupNum: '1',
      GroupDestroyGroupNum: '0',
      GroupAllGroupNum: '1',
      GroupUpMsgNum: '1',
      GroupDownMsgNum: '1',
    });
    expect(r['20250302']).toMatchObject({
      GroupNewGroupNum: '0',
      GroupDestroyGroupNum: '1',
      GroupAllGroupNum: '0',
      GroupUpMsgNum: '1',
      GroupSendMsgUserNum: '1',
    });
  });

  it('count messages of a deleted topic and of the AVChatRoom buffer', async () => {
    const { emu, clock } = testEmulator();
    await importAll(emu, ['a', 'b', 'c']);
    const community = await createGroup(emu, 'Community', 'a', ['b', 'c']);
    const { TopicId } = await ok(emu, 'million_group_open_http_svc/create_topic', {
      GroupId: community,
      TopicName: 'gone',
    });
    await say(emu, community, 'b', TopicId as string); // 2 delivered
    await ok(emu, 'million_group_open_http_svc/destroy_topic', {
      GroupId: community,
      TopicIdList: [TopicId],
    });
    const av = await createGroup(emu, 'AVChatRoom', 'a', []);
    await say(emu, av, 'a'); // dropped from the one-hour buffer by the next send
    clock.advance(2 * HOUR_MS);
    await say(emu, av, 'a');
    nextDay(clock);
    expect((await days(emu, GROUP_FIELDS))['20250301']).toMatchObject({
      GroupNewGroupNum: '2',
      GroupUpMsgNum: '3',
      GroupDownMsgNum: '2',
      GroupSendMsgGroupNum: '2',
      GroupSendMsgUserNum: '2',
    });
  });

  it('count group deliveries with the members at send time', async () => {
    const { emu, clock } = testEmulator();
    await importAll(emu, ['a', 'b', 'c', 'd', 'e']);
    const g = await createGroup(emu, 'Public', 'a', ['b']);
    await say(emu, g, 'a'); // 1 delivered (b)
    await say(emu, g, 'administrator'); // 2 delivered: the sender is no member
    await ok(emu, 'group_open_http_svc/add_group_member', {
      GroupId: g,
      MemberList: [{ Member_Account: 'c' }, { Member_Account: 'd' }, { Member_Account: 'e' }],
    });
    await say(emu, g, 'c'); // 4 delivered
    await ok(emu, 'group_open_http_svc/delete_group_member', { GroupId: g, MemberToDel_Account: ['b', 'c'] });
    nextDay(clock);
    expect((await days(emu, ['GroupDownMsgNum', 'DownMsgNum']))['20250301']).toEqual({
      Date: '20250301',
      GroupDownMsgNum: '7',
      DownMsgNum: '7',
    });
  });

  it('count registrations cumulatively: accounts deleted (or imported again) stay registered', async () => {
    const { emu, clock } = testEmulator();
    await importAll(emu, ['a']);
    nextDay(clock);
    await importAll(emu, ['b', 'c', 'd']);
    await deleteAll(emu, ['b', 'c', 'd']);
    await importAll(emu, ['b']); // a second registration of b, the same day
    nextDay(clock);
    await deleteAll(emu, ['a']);
    nextDay(clock);
    const r = await days(emu, ['RegistUserNumOneDay', 'RegistUserNumTotal']);
    // The admin account is created with the emulator (day 1).
    expect(r['20250301']).toMatchObject({ RegistUserNumOneDay: '2', RegistUserNumTotal: '2' });
    expect(r['20250302']).toMatchObject({ RegistUserNumOneDay: '4', RegistUserNumTotal: '6' });
    expect(r['20250303']).toMatchObject({ RegistUserNumOneDay: '0', RegistUserNumTotal: '6' });
  });
});
