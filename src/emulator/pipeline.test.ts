/** The request pipeline: every pre-handler code of 01-conventions.md §11, envelopes, rate limits and faults. */
import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../api/envelope';
import { callControl, callIm, signFor, testEmulator } from './test-support';

const CHECK = 'im_open_login_svc/account_check';
const checkBody = { CheckItem: [{ UserID: 'administrator' }] };

describe('pipeline: routing and authentication', () => {
  it('answers a valid call with HTTP 200, JSON and the OK envelope', async () => {
    const { emu } = testEmulator();
    const { res, json } = await callIm(emu, CHECK, checkBody);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(json).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  });

  it.each([
    ['an unknown command', 'im_open_login_svc/nope', 'POST'],
    ['an unknown service', 'nope/account_check', 'POST'],
    ['GET instead of POST', CHECK, 'GET'],
  ])('answers 60009 for %s, still HTTP 200', async (_, path, method) => {
    const { emu } = testEmulator();
    const { res, json } = await callIm(emu, path, checkBody, { method });
    expect(res.status).toBe(200);
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60009 });
    expect(envelopeSchema.safeParse(json).success).toBe(true);
  });

  it('answers 60009 for a malformed /v4 path', async () => {
    const { emu } = testEmulator();
    const res = await emu.fetch(new Request('http://emulator.test/v4/only-one-segment', { method: 'POST' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ErrorCode: 60009 });
  });

  it.each([
    ['missing sdkappid', { sdkappid: undefined }, 60012],
    ['non-numeric sdkappid', { sdkappid: 'abc' }, 60012],
    ['another app', { sdkappid: '1400009999' }, 70020],
    ['missing identifier', { identifier: undefined }, 60004],
    ['missing usersig', { usersig: undefined }, 60004],
    ['empty usersig', { usersig: '' }, 70002],
    ['undecodable usersig', { usersig: 'not-a-sig' }, 70003],
  ])('answers %s with its code', async (_, query, code) => {
    const { emu } = testEmulator();
    const { json } = await callIm(emu, CHECK, checkBody, { query });
    expect(json).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
  });

  it('refuses a sig made with another key (70009), for another user (70013), or expired (70001)', async () => {
    const { emu, clock } = testEmulator();
    const wrongKey = signFor(emu, 'administrator', 'fake-other-key');
    expect((await callIm(emu, CHECK, checkBody, { userSig: wrongKey })).json.ErrorCode).toBe(70009);
    const bobSig = signFor(emu, 'bob');
    expect((await callIm(emu, CHECK, checkBody, { userSig: bobSig })).json.ErrorCode).toBe(70013);
    const short = signFor(emu, 'administrator', undefined, 60);
    clock.advance(61_000);
    expect((await callIm(emu, CHECK, checkBody, { userSig: short })).json.ErrorCode).toBe(70001);
  });

  it('still expires a sig it has already accepted (verification is cached, expiry is not)', async () => {
    const { emu, clock } = testEmulator();
    const short = signFor(emu, 'administrator', undefined, 60);
    expect((await callIm(emu, CHECK, checkBody, { userSig: short })).json.ErrorCode).toBe(0);
    expect((await callIm(emu, CHECK, checkBody, { userSig: short })).json.ErrorCode).toBe(0);
    clock.advance(61_000);
    expect((await callIm(emu, CHECK, checkBody, { userSig: short })).json.ErrorCode).toBe(70001);
  });

  it('does not let a cached sig through for another identifier or a tampered copy', async () => {
    const { emu } = testEmulator();
    const sig = signFor(emu, 'administrator');
    expect((await callIm(emu, CHECK, checkBody, { userSig: sig })).json.ErrorCode).toBe(0);
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'bob' });
    expect((await callIm(emu, CHECK, checkBody, { userSig: sig, identifier: 'bob' })).json.ErrorCode).toBe(
      70013,
    );
    const mid = Math.floor(sig.length / 2);
    const tampered = `${sig.slice(0, mid)}${sig[mid] === 'A' ? 'B' : 'A'}${sig.slice(mid + 1)}`;
    expect((await callIm(emu, CHECK, checkBody, { userSig: tampered })).json.ErrorCode).not.toBe(0);
  });

  it('answers the service-specific admin code to a validly signed non-admin', async () => {
    const { emu } = testEmulator();
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'bob' });
    const asBob = { identifier: 'bob' };
    expect((await callIm(emu, CHECK, checkBody, asBob)).json.ErrorCode).toBe(70403);
    const status = await callIm(emu, 'openim/query_online_status', { To_Account: ['bob'] }, asBob);
    expect(status.json.ErrorCode).toBe(90009);
    const profile = await callIm(
      emu,
      'profile/portrait_get',
      { To_Account: ['bob'], TagList: ['Tag_Profile_IM_Nick'] },
      asBob,
    );
    expect(profile.json).toMatchObject({ ErrorCode: 40004, ErrorDisplay: '' });
  });

  it('accepts any configured admin', async () => {
    const { emu } = testEmulator({ admins: ['ops_admin', 'administrator'] });
    const { json } = await callIm(emu, CHECK, checkBody, { identifier: 'ops_admin' });
    expect(json.ErrorCode).toBe(0);
  });
});

describe('pipeline: body and schema', () => {
  it.each([
    ['im_open_login_svc/account_check', 70402],
    ['openim/query_online_status', 90001],
    ['profile/portrait_get', 40001],
    ['group_open_http_svc/get_group_info', 10011],
  ])('%s answers bad JSON with %i', async (path, code) => {
    const { emu } = testEmulator();
    for (const rawBody of ['{not json', '', '[1,2]', 'null']) {
      const { json } = await callIm(emu, path, undefined, { rawBody });
      expect(json, rawBody).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    }
  });

  it('answers a schema failure with the invalid-parameter code and names the field and rule', async () => {
    const { emu } = testEmulator();
    const { json } = await callIm(emu, CHECK, { CheckItem: [{ UserID: 'x'.repeat(33) }] });
    expect(json.ErrorCode).toBe(70402);
    expect(json.ErrorInfo).toContain('CheckItem[0].UserID');
    expect(json.ErrorInfo).toContain('at most 32 bytes');
  });

  it('maps openim schema failures to the documented field codes', async () => {
    const { emu } = testEmulator();
    const q = (body: unknown) =>
      callIm(emu, 'openim/query_online_status', body).then((r) => r.json.ErrorCode);
    expect(await q({ To_Account: [] })).toBe(90001);
    expect(await q({})).toBe(90003);
    expect(await q({ To_Account: [1] })).toBe(90003);
    expect(await q({ To_Account: Array.from({ length: 501 }, (_, i) => `u${i}`) })).toBe(90011);
  });
});

describe('pipeline: rate limits', () => {
  it('answers 60007 beyond the contract rate within one second, and recovers the next second', async () => {
    const { emu, clock } = testEmulator();
    const sig = signFor(emu, 'administrator');
    for (let i = 0; i < 100; i++) {
      const { json } = await callIm(emu, CHECK, checkBody, { userSig: sig });
      expect(json.ErrorCode).toBe(0);
    }
    expect((await callIm(emu, CHECK, checkBody, { userSig: sig })).json.ErrorCode).toBe(60007);
    // Another endpoint has its own budget.
    expect(
      (await callIm(emu, 'openim/query_online_status', { To_Account: ['administrator'] })).json.ErrorCode,
    ).toBe(0);
    clock.advance(1000);
    expect((await callIm(emu, CHECK, checkBody)).json.ErrorCode).toBe(0);
  });

  it('does not limit with rateLimits: false', async () => {
    const { emu } = testEmulator({ rateLimits: false });
    const sig = signFor(emu, 'administrator');
    for (let i = 0; i < 101; i++) await callIm(emu, CHECK, checkBody, { userSig: sig });
    expect((await callIm(emu, CHECK, checkBody, { userSig: sig })).json.ErrorCode).toBe(0);
  });
});

describe('pipeline: faults', () => {
  it('answers the injected code for the next N calls, then normally', async () => {
    const { emu } = testEmulator();
    const set = await callControl(emu, 'POST', 'faults', {
      path: CHECK,
      count: 2,
      code: 70169,
      errorInfo: 'timeout',
    });
    expect(set.status).toBe(200);
    expect((await callControl(emu, 'GET', 'faults')).json.faults).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      expect((await callIm(emu, CHECK, checkBody)).json).toMatchObject({
        ErrorCode: 70169,
        ErrorInfo: 'timeout',
      });
    }
    expect((await callIm(emu, CHECK, checkBody)).json.ErrorCode).toBe(0);
    expect((await callControl(emu, 'GET', 'faults')).json.faults).toEqual([]);
  });

  it('does not spend a fault on a call that fails authentication', async () => {
    const { emu } = testEmulator();
    await callControl(emu, 'POST', 'faults', { path: CHECK, count: 1, code: 70500 });
    expect((await callIm(emu, CHECK, checkBody, { query: { usersig: 'bad' } })).json.ErrorCode).toBe(70003);
    expect((await callIm(emu, CHECK, checkBody)).json.ErrorCode).toBe(70500);
  });

  it('delays a call when asked, then answers normally', async () => {
    const { emu } = testEmulator();
    await callControl(emu, 'POST', 'faults', { path: CHECK, count: 1, delayMs: 60 });
    const started = Date.now();
    const { json } = await callIm(emu, CHECK, checkBody);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(json.ErrorCode).toBe(0);
  });

  it('rejects a fault for an unknown endpoint or without code and delay, and clears all', async () => {
    const { emu } = testEmulator();
    expect(
      (await callControl(emu, 'POST', 'faults', { path: 'nope/nothing', count: 1, code: 1 })).status,
    ).toBe(400);
    expect((await callControl(emu, 'POST', 'faults', { path: CHECK, count: 1 })).status).toBe(400);
    await callControl(emu, 'POST', 'faults', { path: CHECK, count: 5, code: 70500 });
    await callControl(emu, 'DELETE', 'faults');
    expect((await callIm(emu, CHECK, checkBody)).json.ErrorCode).toBe(0);
  });
});
