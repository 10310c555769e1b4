import { describe, expect, it } from 'vitest';
import type { ProxyConfig } from './config';
import { ConfigError } from './config';
import { silentLogger } from './request-log';
import { startProxy } from './server';

const config: ProxyConfig = {
  sdkAppId: 1400000001,
  secretKey: `fake-${Date.now()}`,
  admin: 'administrator',
  region: null,
  baseUrl: 'http://127.0.0.1:9',
  port: 0,
  host: '127.0.0.1',
  dataDir: './data',
  upstreamTimeoutMs: 1000,
  userSigTtlSeconds: 86_400,
};

describe('startProxy', () => {
  it('listens on loopback, forwards through the injected upstream and closes', async () => {
    const urls: string[] = [];
    const proxy = await startProxy({
      config,
      logger: silentLogger,
      appInfo: { emulator: false },
      upstream: async (url) => (
        urls.push(url),
        new Response('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}')
      ),
    });
    try {
      expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${proxy.url}/api/health`)).json()).toEqual({ ok: true });
      const res = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '15' },
        body: '{"UserID":"ab"}',
      });
      expect(res.status).toBe(200);
      expect((await res.json()).ActionStatus).toBe('OK');
      expect(urls).toHaveLength(1);
      const big = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ UserID: 'a', Nick: 'x'.repeat(1_100_000) }),
      });
      expect(big.status).toBe(413);
    } finally {
      await proxy.close();
    }
    await expect(fetch(`${proxy.url}/api/health`)).rejects.toThrow();
  });

  it('answers 502 when the real pool finds nothing listening', async () => {
    const proxy = await startProxy({ config, logger: silentLogger });
    try {
      const res = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        body: '{"UserID":"ab"}',
      });
      expect(res.status).toBe(502);
      expect((await res.json()).error.kind).toBe('upstream_unreachable');
    } finally {
      await proxy.close();
    }
  });

  it('refuses a non-loopback host', async () => {
    await expect(
      startProxy({ config: { ...config, host: '0.0.0.0' }, logger: silentLogger }),
    ).rejects.toThrow(ConfigError);
  });

  it('says which port is taken', async () => {
    const first = await startProxy({ config, logger: silentLogger });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startProxy({ config: { ...config, port }, logger: silentLogger })).rejects.toThrow(
        `PORT ${port} is already in use`,
      );
    } finally {
      await first.close();
    }
  });
});
