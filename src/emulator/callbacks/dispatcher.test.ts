import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock';
import { CREATE_RULE, SEND_MSG_RULE, gate, itemRefusals } from './decisions';
import { CallbackDispatcher, callbackSign } from './dispatcher';
import type { CallbackSettings } from './dispatcher';
import { startReceiver } from './test-receiver';
import type { TestReceiver } from './test-receiver';

const rest = { platform: 'RESTAPI', clientIp: '10.0.0.7' };
let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
  receiver.reply(() => undefined);
});

function dispatcher(settings: Partial<CallbackSettings> = {}, nowMs = 1_669_872_112_000) {
  const clock = createManualClock(nowMs);
  const metrics: string[] = [];
  const d = new CallbackDispatcher(
    { url: receiver.url, ...settings },
    { sdkAppId: 888888, clock, record: (m) => metrics.push(m) },
  );
  return { d, clock, metrics };
}

describe('callback URL, signature and body (14-webhooks.md §1.1–1.3)', () => {
  it('matches the documented signature example', () => {
    expect(callbackSign('xxxxyyyy', 1669872112)).toBe(
      '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061',
    );
  });

  it('sends the query parameters, Sign/RequestTime from the emulator clock and a JSON body', async () => {
    const { d, metrics } = dispatcher({ token: 'xxxxyyyy' });
    const r = await d.before('C2C.CallbackBeforeSendMsg', { From_Account: 'a' }, rest);
    expect(r).toEqual({ kind: 'answer', answer: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' } });
    const [cb] = receiver.received;
    expect(cb?.path).toBe('/imcallback');
    expect(cb?.contentType).toBe('application/json');
    expect(cb?.query).toEqual({
      SdkAppid: '888888',
      CallbackCommand: 'C2C.CallbackBeforeSendMsg',
      contenttype: 'json',
      ClientIP: '10.0.0.7',
      OptPlatform: 'RESTAPI',
      Sign: '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061',
      RequestTime: '1669872112',
    });
    expect(Object.keys(cb?.body ?? {})).toEqual(['CallbackCommand', 'From_Account', 'EventTime']);
    expect(cb?.body.EventTime).toBe(1_669_872_112_000);
    expect(metrics).toEqual(['CallBackReq', 'CallBackRsp']);
    expect(d.deliveries()[0]).toMatchObject({
      command: 'C2C.CallbackBeforeSendMsg',
      status: 200,
      phase: 'before',
    });
  });

  it('leaves Sign and RequestTime out without a token, and EventTime where the docs show none', async () => {
    const { d } = dispatcher();
    d.after('Sns.CallbackFriendDelete', { PairList: [] }, rest);
    await d.idle();
    expect(receiver.received[0]?.query.Sign).toBeUndefined();
    expect(receiver.received[0]?.query.RequestTime).toBeUndefined();
    expect(receiver.received[0]?.body).toEqual({ CallbackCommand: 'Sns.CallbackFriendDelete', PairList: [] });
  });

  it('sends only enabled commands, and nothing at all when unconfigured', async () => {
    const { d } = dispatcher({ commands: ['C2C.CallbackAfterSendMsg'] });
    d.after('Sns.CallbackFriendDelete', {}, rest);
    d.after('C2C.CallbackAfterSendMsg', {}, rest);
    await d.idle();
    expect(receiver.received.map((r) => r.body.CallbackCommand)).toEqual(['C2C.CallbackAfterSendMsg']);
    const off = new CallbackDispatcher(undefined, { sdkAppId: 1, clock: createManualClock(0) });
    expect(off.on('C2C.CallbackAfterSendMsg')).toBe(false);
    expect(await off.before('C2C.CallbackBeforeSendMsg', {}, rest)).toMatchObject({ kind: 'failed' });
  });
});

describe('failures and timeouts', () => {
  it('reports HTTP errors and answers without a numeric ErrorCode as failed', async () => {
    const { d } = dispatcher();
    receiver.reply(() => ({ status: 500 }));
    expect(await d.before('Group.CallbackBeforeCreateGroup', {}, rest)).toEqual({
      kind: 'failed',
      reason: 'HTTP 500',
    });
    receiver.reply(() => ({ json: 'not json' }));
    expect(await d.before('Group.CallbackBeforeCreateGroup', {}, rest)).toMatchObject({ kind: 'failed' });
    receiver.reply(() => ({ json: { ActionStatus: 'OK' } }));
    expect(await d.before('Group.CallbackBeforeCreateGroup', {}, rest)).toMatchObject({ kind: 'failed' });
    expect(d.stats()).toMatchObject({ sent: 3, answered: 3, failed: 3 });
  });

  it('gives up on a slow receiver at the timeout', async () => {
    const { d } = dispatcher({ timeoutMs: 100 });
    receiver.reply(() => ({ delayMs: 3000 }));
    const started = Date.now();
    const r = await d.before('C2C.CallbackBeforeSendMsg', {}, rest);
    expect(r).toEqual({ kind: 'failed', reason: 'timeout after 100 ms' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports an unreachable receiver as a network error', async () => {
    const d = new CallbackDispatcher(
      { url: 'http://127.0.0.1:1/x', timeoutMs: 1000 },
      { sdkAppId: 1, clock: createManualClock(0) },
    );
    expect(await d.before('C2C.CallbackBeforeSendMsg', {}, rest)).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^network error/) as unknown,
    });
  });

  it('never lets after-callbacks to a dead receiver pile up: bounded queue, drop oldest, close aborts', async () => {
    const { d } = dispatcher({ timeoutMs: 10_000, concurrency: 1, maxQueue: 2 });
    receiver.reply(() => ({ delayMs: 10_000 }));
    for (let i = 0; i < 5; i++) d.after('C2C.CallbackAfterSendMsg', { n: i }, rest);
    expect(d.stats()).toMatchObject({ dropped: 3, queued: 2 });
    await new Promise((r) => setTimeout(r, 50));
    expect(d.stats()).toMatchObject({ inFlight: 1, queued: 1 });
    d.close();
    await d.idle();
    expect(d.stats()).toMatchObject({ inFlight: 0, queued: 0, dropped: 4 });
    expect(d.deliveries().filter((x) => x.error === 'dropped: queue full')).toHaveLength(3);
    expect(d.on('C2C.CallbackAfterSendMsg')).toBe(false);
  });
});

describe('before-callback decisions (14-webhooks.md §2)', () => {
  const answer = (fields: Record<string, unknown>) => ({
    kind: 'answer' as const,
    answer: { ActionStatus: 'OK', ...fields },
  });
  const failed = { kind: 'failed' as const, reason: 'timeout' };

  it('maps C2C ErrorCode to allow, 20006, a passed-through custom code or a silent drop', () => {
    expect(gate(answer({ ErrorCode: 0 }), 'allow', SEND_MSG_RULE).kind).toBe('allow');
    expect(gate(answer({ ErrorCode: 1 }), 'allow', SEND_MSG_RULE)).toMatchObject({
      kind: 'refuse',
      code: 20006,
    });
    expect(gate(answer({ ErrorCode: 120001, ErrorInfo: 'spam' }), 'allow', SEND_MSG_RULE)).toEqual({
      kind: 'refuse',
      code: 120001,
      info: 'spam',
    });
    expect(gate(answer({ ErrorCode: 130001 }), 'allow', SEND_MSG_RULE)).toMatchObject({ code: 20006 });
    expect(gate(answer({ ErrorCode: 2 }), 'allow', SEND_MSG_RULE)).toEqual({ kind: 'drop' });
  });

  it('maps creation ErrorCode to 10016 or [10100, 10200], and applies the failure policy', () => {
    expect(gate(answer({ ErrorCode: 2 }), 'allow', CREATE_RULE)).toMatchObject({ code: 10016 });
    expect(gate(answer({ ErrorCode: 10200, ErrorInfo: 'x' }), 'allow', CREATE_RULE)).toMatchObject({
      code: 10200,
    });
    expect(gate(failed, 'allow', CREATE_RULE).kind).toBe('allow');
    expect(gate(failed, 'deny', CREATE_RULE)).toMatchObject({ kind: 'refuse', code: 10016 });
  });

  it('refuses friend targets one by one; unlisted targets pass', () => {
    const r = itemRefusals(
      answer({
        ErrorCode: 0,
        ResultItem: [
          { To_Account: 'b', ResultCode: 30516, ResultInfo: 'no' },
          { To_Account: 'c', ResultCode: 0 },
        ],
      }),
      'allow',
      ['b', 'c', 'd'],
    );
    expect([...r]).toEqual([['b', { ResultCode: 30516, ResultInfo: 'no' }]]);
    expect(itemRefusals(failed, 'allow', ['b']).size).toBe(0);
    expect([...itemRefusals(failed, 'deny', ['b']).keys()]).toEqual(['b']);
  });
});
