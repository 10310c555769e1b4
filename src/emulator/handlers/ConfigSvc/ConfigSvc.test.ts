/** `ConfigSvc/GetIPList` against the Emulator rules of ../shared/im-api/13-operations.md. */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { callIm, signFor, TEST_APP_ID, testEmulator } from '../../test-support';

describe('ConfigSvc/GetIPList', () => {
  it('lists the emulator’s own address for every nettype, and ignores unknown ones', async () => {
    const { emu } = testEmulator();
    for (const nettype of [undefined, '0', '5', '6', '99']) {
      const { json } = await callIm(emu, 'ConfigSvc/GetIPList', {}, { query: { nettype } });
      expect(json, nettype).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, IPList: ['127.0.0.1'] });
      expect(endpoints['ConfigSvc/GetIPList'].response.safeParse(json).success).toBe(true);
    }
  });

  it('adds the IPv4 address the call was made to', async () => {
    const { emu } = testEmulator();
    const qs = new URLSearchParams({
      sdkappid: String(TEST_APP_ID),
      identifier: 'administrator',
      usersig: signFor(emu, 'administrator'),
      random: '1',
      contenttype: 'json',
    });
    const res = await emu.fetch(
      new Request(`http://10.1.2.3:9100/v4/ConfigSvc/GetIPList?${qs}`, { method: 'POST', body: '{}' }),
    );
    expect(await res.json()).toMatchObject({ IPList: ['127.0.0.1', '10.1.2.3'] });
  });

  it('answers the gateway codes: 60003 for a body that is not JSON, 60010 to a non-admin', async () => {
    const { emu } = testEmulator();
    emu.store.createAccount('u1', 0);
    expect((await callIm(emu, 'ConfigSvc/GetIPList', null, { rawBody: '' })).json).toMatchObject({
      ErrorCode: 60003,
    });
    expect((await callIm(emu, 'ConfigSvc/GetIPList', {}, { identifier: 'u1' })).json).toMatchObject({
      ErrorCode: 60010,
    });
  });
});
