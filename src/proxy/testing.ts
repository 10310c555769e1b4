/** Test support: a proxy configuration for tests that build the proxy in-process. */
import type { ProxyConfig } from './config';

/**
 * A configuration for a fake app (SDKAppID 1400000001, a random fake secret key) whose upstream is a
 * closed local port with a 50 ms timeout; tests inject their own upstream. `changes` override any field.
 */
export function testProxyConfig(changes: Partial<ProxyConfig> = {}): ProxyConfig {
  return {
    sdkAppId: 1400000001,
    secretKey: `fake-secret-${Math.random().toString(36).slice(2)}`,
    admin: 'administrator',
    region: null,
    baseUrl: 'http://127.0.0.1:5999',
    port: 0,
    host: '127.0.0.1',
    dataDir: './data',
    upstreamTimeoutMs: 50,
    userSigTtlSeconds: 86_400,
    ...changes,
  };
}
