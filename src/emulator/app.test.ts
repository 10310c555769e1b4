/** `startEmulator` on a real port: a server SDK-style call over HTTP, the real URL, and a clean close. */
import { describe, expect, it } from 'vitest';
import { genUserSig } from '../api/usersig';
import { startEmulator } from './app';
import { TEST_APP_ID, TEST_KEY } from './test-support';

describe('startEmulator', () => {
  it('listens on a free port, answers over HTTP and closes', async () => {
    const running = await startEmulator({
      sdkAppId: TEST_APP_ID,
      secretKey: TEST_KEY,
      seed: 'demo',
      port: 0,
      host: '127.0.0.1',
    });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.url).not.toMatch(/:0$/);
      const usersig = genUserSig({
        sdkAppId: TEST_APP_ID,
        secretKey: TEST_KEY,
        identifier: 'administrator',
        expireSeconds: 600,
        nowSeconds: Math.floor(Date.now() / 1000),
      });
      const qs = new URLSearchParams({
        sdkappid: String(TEST_APP_ID),
        identifier: 'administrator',
        usersig,
        random: '7',
        contenttype: 'json',
      });
      const res = await fetch(`${running.url}/v4/openim/query_online_status?${qs}`, {
        method: 'POST',
        body: JSON.stringify({ To_Account: ['alice', 'nobody'] }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(await res.json()).toMatchObject({
        ActionStatus: 'OK',
        QueryResult: [{ To_Account: 'alice', Status: 'Online' }],
        ErrorList: [{ To_Account: 'nobody', ErrorCode: 70107 }],
      });
    } finally {
      await running.close();
    }
    await expect(fetch(`${running.url}/__emulator/health`)).rejects.toThrow();
  });
});
