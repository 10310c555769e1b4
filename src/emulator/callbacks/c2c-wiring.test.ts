/** Webhooks fired by the C2C, profile, kick and session handlers, against a real local receiver. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../app';
import { TEST_START_MS, callControl, callIm, testEmulator } from '../test-support';
import type { CallbackSettings } from './dispatcher';
import { OK_ANSWER, startReceiver } from './test-receiver';
import type { TestReceiver } from './test-receiver';

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

async function setup(extra: Partial<CallbackSettings> = {}): Promise<Emulator> {
  emu = testEmulator({ callbacks: { url: receiver.url, token: 'tok', ...extra } }).emu;
  await callIm(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['alice', 'bob'] });
  return emu;
}
const text = (t: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: t } }];
const send = (e: Emulator, t: string, extra: Record<string, unknown> = {}) =>
  callIm(e, 'openim/sendmsg', {
    From_Account: 'alice',
    To_Account: 'bob',
    MsgRandom: 7,
    MsgBody: text(t),
    ...extra,
  });

describe('C2C send callbacks', () => {
  it('awaits the before-callback, then reports the stored message in the after-callback', async () => {
    const e = await setup();
    const { json } = await send(e, 'hi', { MsgSeq: 42, CloudCustomData: 'ccd' });
    expect(json.ErrorCode).toBe(0);
    await e.callbacks.idle();
    const [before] = receiver.of('C2C.CallbackBeforeSendMsg');
    expect(before?.query).toMatchObject({
      SdkAppid: '1400000001',
      OptPlatform: 'RESTAPI',
      ClientIP: '127.0.0.1',
    });
    expect(before?.query.RequestTime).toBe(String(TEST_START_MS / 1000));
    expect(before?.body).toEqual({
      CallbackCommand: 'C2C.CallbackBeforeSendMsg',
      From_Account: 'alice',
      To_Account: 'bob',
      MsgSeq: 42,
      MsgRandom: 7,
      MsgTime: TEST_START_MS / 1000,
      MsgKey: json.MsgKey,
      OnlineOnlyFlag: 0,
      MsgBody: text('hi'),
      CloudCustomData: 'ccd',
      EventTime: TEST_START_MS,
    });
    expect(receiver.of('C2C.CallbackAfterSendMsg')[0]?.body).toMatchObject({
      MsgKey: json.MsgKey,
      SendMsgResult: 0,
      ErrorInfo: 'send msg succeed',
      UnreadMsgNum: 1,
    });
  });

  it('refuses with 20006 on ErrorCode 1, stores nothing and sends no after-callback', async () => {
    const e = await setup();
    receiver.reply((cb) =>
      cb.body.CallbackCommand === 'C2C.CallbackBeforeSendMsg'
        ? { json: { ...OK_ANSWER, ErrorCode: 1 } }
        : undefined,
    );
    const { json } = await send(e, 'bad');
    expect(json).toMatchObject({ ErrorCode: 20006, ActionStatus: 'FAIL' });
    await e.callbacks.idle();
    expect(e.store.c2c.conversation('alice', 'bob')).toHaveLength(0);
    expect(receiver.of('C2C.CallbackAfterSendMsg')).toHaveLength(0);
  });

  it('passes a custom refusal code and ErrorInfo through to the caller', async () => {
    const e = await setup();
    receiver.reply(() => ({ json: { ActionStatus: 'OK', ErrorCode: 120005, ErrorInfo: 'no links please' } }));
    expect((await send(e, 'x')).json).toMatchObject({ ErrorCode: 120005, ErrorInfo: 'no links please' });
  });

  it('delivers a modified body and cloud data, and the after-callback reports the modification', async () => {
    const e = await setup();
    receiver.reply((cb) =>
      cb.body.CallbackCommand === 'C2C.CallbackBeforeSendMsg'
        ? { json: { ...OK_ANSWER, MsgBody: text('***'), CloudCustomData: 'level:1' } }
        : undefined,
    );
    await send(e, 'damn');
    await e.callbacks.idle();
    const [stored] = e.store.c2c.conversation('alice', 'bob');
    expect(stored?.body).toEqual(text('***'));
    expect(stored?.cloudCustomData).toBe('level:1');
    expect(receiver.of('C2C.CallbackAfterSendMsg')[0]?.body).toMatchObject({
      MsgBody: text('***'),
      CloudCustomData: 'level:1',
    });
  });

  it('ErrorCode 2 answers success but stores and notifies nothing', async () => {
    const e = await setup();
    receiver.reply(() => ({ json: { ...OK_ANSWER, ErrorCode: 2 } }));
    expect((await send(e, 'x')).json.ErrorCode).toBe(0);
    await e.callbacks.idle();
    expect(e.store.c2c.conversation('alice', 'bob')).toHaveLength(0);
    expect(receiver.of('C2C.CallbackAfterSendMsg')).toHaveLength(0);
  });

  it('on timeout allows by default and refuses (20006) with the deny policy', async () => {
    const slow = () => ({ delayMs: 2000 });
    let e = await setup({ timeoutMs: 80 });
    receiver.reply(slow);
    expect((await send(e, 'a')).json.ErrorCode).toBe(0);
    expect(e.store.c2c.conversation('alice', 'bob')).toHaveLength(1);
    await e.close();
    e = await setup({ timeoutMs: 80, onFailure: 'deny' });
    receiver.reply(slow);
    expect((await send(e, 'b')).json.ErrorCode).toBe(20006);
    expect(e.store.c2c.conversation('alice', 'bob')).toHaveLength(0);
  });

  it('honours ForbidCallbackControl and skips batchsendmsg', async () => {
    const e = await setup();
    await send(e, 'x', {
      ForbidCallbackControl: ['ForbidBeforeSendMsgCallback', 'ForbidAfterSendMsgCallback'],
    });
    await callIm(e, 'openim/batchsendmsg', {
      From_Account: 'alice',
      To_Account: ['bob'],
      MsgRandom: 1,
      MsgBody: text('y'),
    });
    await e.callbacks.idle();
    expect(receiver.received).toHaveLength(0);
  });

  it('after-callbacks do not hold up the answer, even from a dead-slow receiver', async () => {
    const e = await setup({ commands: ['C2C.CallbackAfterSendMsg'], timeoutMs: 5000 });
    receiver.reply(() => ({ delayMs: 5000 }));
    const started = Date.now();
    expect((await send(e, 'x')).json.ErrorCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('read report, recall, profile, online state', () => {
  it('fires C2C.CallbackAfterMsgReport and C2C.CallbackAfterMsgWithDraw', async () => {
    const e = await setup();
    const { json } = await send(e, 'one');
    await send(e, 'two', { MsgRandom: 8 });
    await callIm(e, 'openim/admin_set_msg_read', { Report_Account: 'bob', Peer_Account: 'alice' });
    await callIm(e, 'openim/admin_msgwithdraw', {
      From_Account: 'alice',
      To_Account: 'bob',
      MsgKey: json.MsgKey,
    });
    await e.callbacks.idle();
    expect(receiver.of('C2C.CallbackAfterMsgReport')[0]?.body).toEqual({
      CallbackCommand: 'C2C.CallbackAfterMsgReport',
      Report_Account: 'bob',
      Peer_Account: 'alice',
      LastReadTime: TEST_START_MS / 1000,
      UnreadMsgNum: 0,
      EventTime: TEST_START_MS,
    });
    expect(receiver.of('C2C.CallbackAfterMsgWithDraw')[0]?.body).toMatchObject({
      From_Account: 'alice',
      To_Account: 'bob',
      MsgKey: json.MsgKey,
      UnreadMsgNum: 0,
    });
  });

  it('fires Profile.CallbackPortraitSet with the tags written', async () => {
    const e = await setup();
    await callIm(e, 'profile/portrait_set', {
      From_Account: 'alice',
      ProfileItem: [
        { Tag: 'Tag_Profile_IM_Nick', Value: 'A' },
        { Tag: 'Tag_Profile_IM_Nick', Value: 'Alice' },
      ],
    });
    await e.callbacks.idle();
    expect(receiver.of('Profile.CallbackPortraitSet')[0]?.body).toEqual({
      CallbackCommand: 'Profile.CallbackPortraitSet',
      Operator_Account: 'administrator',
      From_Account: 'alice',
      ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: 'Alice' }],
      EventTime: TEST_START_MS,
    });
  });

  it('fires State.StateChange for simulated logins, logouts, disconnects and REST kicks', async () => {
    const e = await setup();
    await callControl(e, 'POST', 'sessions', { UserID: 'alice', Platform: 'iPhone', Status: 'Online' });
    await callControl(e, 'POST', 'sessions', { UserID: 'alice', Platform: 'iPhone', Status: 'PushOnline' });
    await callControl(e, 'POST', 'sessions', {
      UserID: 'alice',
      Platform: 'iPhone',
      Status: 'Online',
      InstId: 2,
    });
    await callControl(e, 'POST', 'sessions', { UserID: 'alice', Platform: 'iPhone', Status: 'Offline' });
    await callControl(e, 'POST', 'sessions', { UserID: 'bob', Platform: 'Web', Status: 'Online' });
    await callControl(e, 'DELETE', 'sessions?UserID=bob');
    await callControl(e, 'POST', 'sessions', { UserID: 'bob', Platform: 'Android', Status: 'Online' });
    await callIm(e, 'im_open_login_svc/kick', { UserID: 'bob' });
    await e.callbacks.idle();
    const seen = receiver
      .of('State.StateChange')
      .map((r) => [
        r.query.OptPlatform,
        (r.body.Info as Record<string, string>).To_Account,
        (r.body.Info as Record<string, string>).Action,
        (r.body.Info as Record<string, string>).Reason,
        r.body.KickedDevice,
      ]);
    expect(seen).toEqual([
      ['IOS', 'alice', 'Login', 'Register', undefined],
      ['IOS', 'alice', 'Login', 'Register', [{ Platform: 'iOS' }]],
      ['IOS', 'alice', 'Logout', 'Unregister', undefined],
      ['Web', 'bob', 'Login', 'Register', undefined],
      ['Web', 'bob', 'Disconnect', 'LinkClose', undefined],
      ['Android', 'bob', 'Login', 'Register', undefined],
      ['RESTAPI', 'bob', 'Logout', 'Unregister', undefined],
    ]);
  });

  it('counts CallBackReq/CallBackRsp and logs deliveries at /__emulator/callbacks', async () => {
    const e = await setup();
    await send(e, 'x');
    await e.callbacks.idle();
    const { json } = await callControl(e, 'GET', 'callbacks');
    expect(json).toMatchObject({
      enabled: true,
      url: receiver.url,
      signed: true,
      stats: { sent: 2, answered: 2 },
    });
    expect((json.deliveries as unknown[]).length).toBe(2);
    const recorded = e.store.stats.snapshot().recorded.map(([, f]) => f);
    expect(recorded).toEqual([expect.objectContaining({ CallBackReq: 2, CallBackRsp: 2 })]);
  });

  it('is off by default: nothing is sent', async () => {
    emu = testEmulator().emu;
    await callIm(emu, 'im_open_login_svc/multiaccount_import', { Accounts: ['alice', 'bob'] });
    await send(emu, 'x');
    await emu.callbacks.idle();
    expect(receiver.received).toHaveLength(0);
    expect((await callControl(emu, 'GET', 'callbacks')).json.enabled).toBe(false);
  });
});
