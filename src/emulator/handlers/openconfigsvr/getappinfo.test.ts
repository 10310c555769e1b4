/** `openconfigsvr/getappinfo` against the Emulator rules of ../shared/im-api/13-operations.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { appInfoMetrics } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { callIm, TEST_APP_ID, testEmulator } from '../../test-support';
import type { Emulator } from '../../app';

const DAY_MS = 86_400_000;
const appinfo = (emu: Emulator, body: unknown = {}) =>
  callIm(emu, 'openconfigsvr/getappinfo', body).then((r) => r.json);
type Row = Record<string, string>;

describe('openconfigsvr/getappinfo', () => {
  it('answers no rows on the day the app was created (a day is published the next day)', async () => {
    const { emu } = testEmulator();
    const json = await appinfo(emu);
    expect(json).toMatchObject({ ErrorCode: 0, ErrorInfo: 'OK', Result: [] });
    expect(endpoints['openconfigsvr/getappinfo'].response.safeParse(json).success).toBe(true);
  });

  it('publishes a day from what happened in it: imports and one-to-one messages (Beijing days)', async () => {
    const { emu, clock } = testEmulator();
    // 2025-03-01T00:00Z is 08:00 in Beijing: the activity below belongs to 20250301.
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'a' });
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'b' });
    const msg = { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }] };
    await callIm(emu, 'openim/sendmsg', { From_Account: 'a', To_Account: 'b', MsgRandom: 1, ...msg });
    await callIm(emu, 'openim/sendmsg', { From_Account: 'b', To_Account: 'a', MsgRandom: 2, ...msg });
    emu.store.stats.record('ChainIncrease', Math.floor(clock.nowMs() / 1000), 3);
    expect((await appinfo(emu)).Result).toEqual([]);

    clock.advance(DAY_MS);
    const json = await appinfo(emu);
    expect(endpoints['openconfigsvr/getappinfo'].response.safeParse(json).success).toBe(true);
    const rows = json.Result as Row[];
    expect(rows).toHaveLength(1);
    const [row] = rows as [Row];
    expect(Object.keys(row).sort()).toEqual(['Date', ...appInfoMetrics.map((m) => m.name)].sort());
    expect(row).toMatchObject({
      Date: '20250301',
      AppId: String(TEST_APP_ID),
      RegistUserNumOneDay: '3',
      RegistUserNumTotal: '3',
      C2CUpMsgNum: '2',
      C2CDownMsgNum: '2',
      C2CSendMsgUserNum: '2',
      UpMsgNum: '2',
      SendMsgUserNum: '2',
      ChainIncrease: '3',
      GroupNewGroupNum: '0',
      APNSMsgNum: '0',
    });
  });

  it('freezes a published day: later changes do not rewrite it', async () => {
    const { emu, clock } = testEmulator();
    await callIm(emu, 'im_open_login_svc/account_import', { UserID: 'a' });
    clock.advance(DAY_MS);
    await appinfo(emu);
    await callIm(emu, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'a' }] });
    const [row] = (await appinfo(emu, { RequestField: ['RegistUserNumTotal'] })).Result as [Row];
    expect(row).toEqual({ Date: '20250301', RegistUserNumTotal: '2' });
  });

  it('covers at most the last 30 finished days, newest first, and filters by RequestField', async () => {
    const { emu, clock } = testEmulator();
    clock.advance(40 * DAY_MS);
    const json = await appinfo(emu, { RequestField: ['ChainIncrease', 'ChainDecrease', 'NoSuchMetric'] });
    const rows = json.Result as Row[];
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({ Date: '20250409', ChainIncrease: '0', ChainDecrease: '0' });
    expect(rows[29]?.Date).toBe('20250311');
  });

  it('answers today so far as the newest row when includeToday is on (demo option)', async () => {
    const { emu } = testEmulator();
    emu.store.stats.includeToday = true;
    expect((await appinfo(emu, { RequestField: ['RegistUserNumOneDay'] })).Result).toEqual([
      { Date: '20250301', RegistUserNumOneDay: '1' },
    ]);
  });

  it('answers 130001 for a body that is not JSON and 60010 to a non-admin', async () => {
    const { emu } = testEmulator();
    emu.store.createAccount('u1', 0);
    expect((await callIm(emu, 'openconfigsvr/getappinfo', null, { rawBody: 'x' })).json).toMatchObject({
      ErrorCode: 130001,
    });
    expect((await callIm(emu, 'openconfigsvr/getappinfo', {}, { identifier: 'u1' })).json).toMatchObject({
      ErrorCode: 60010,
    });
  });
});
