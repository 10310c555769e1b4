import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  assertLoopbackHost,
  isAppConfigured,
  isLoopbackHost,
  loadConfig,
  loadServerConfig,
} from './config';

const fakeKey = `test-key-${'0'.repeat(8)}`;
const app = { IM_SDKAPPID: '1400000001', IM_SECRET_KEY: fakeKey, IM_REGION: 'singapore' };

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(app);
    expect(config).toEqual({
      sdkAppId: 1400000001,
      secretKey: fakeKey,
      admin: 'administrator',
      region: 'singapore',
      baseUrl: 'https://adminapisgp.im.qcloud.com',
      port: 8080,
      host: '127.0.0.1',
      dataDir: './data',
      upstreamTimeoutMs: 10000,
      userSigTtlSeconds: 86400,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      IM_SDKAPPID: '42',
      IM_SECRET_KEY: fakeKey,
      IM_ADMIN: 'ops_admin',
      IM_BASE_URL: 'http://127.0.0.1:5000/',
      PORT: '0',
      HOST: '::1',
      DATA_DIR: '/tmp/im-data',
      UPSTREAM_TIMEOUT_MS: '2500',
      USERSIG_TTL_SECONDS: '3600',
    });
    expect(config).toMatchObject({
      sdkAppId: 42,
      admin: 'ops_admin',
      region: null,
      baseUrl: 'http://127.0.0.1:5000',
      port: 0,
      host: '::1',
      dataDir: '/tmp/im-data',
      upstreamTimeoutMs: 2500,
      userSigTtlSeconds: 3600,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...app, PORT: '', IM_ADMIN: ' ' }).port).toBe(8080);
    expect(loadConfig({ ...app, IM_ADMIN: '' }).admin).toBe('administrator');
  });

  it('names the variable and the rule for an unknown region', () => {
    const err = configError({ ...app, IM_REGION: 'mars' });
    expect(err.variable).toBe('IM_REGION');
    expect(err.message).toBe(
      "IM_REGION must be one of china, singapore, seoul, tokyo, frankfurt, mumbai, silicon-valley, jakarta; got 'mars'.",
    );
  });

  it.each([
    ['IM_SDKAPPID', { IM_SDKAPPID: 'abc' }, /^IM_SDKAPPID must be .*numeric SDKAppID.*got 'abc'/],
    ['IM_SDKAPPID', { IM_SDKAPPID: '0' }, /^IM_SDKAPPID must be/],
    ['IM_ADMIN', { IM_ADMIN: 'x'.repeat(33) }, /^IM_ADMIN must be an administrator UserID/],
    ['IM_BASE_URL', { IM_REGION: '', IM_BASE_URL: 'ftp://example.test' }, /^IM_BASE_URL must be an http/],
    ['IM_BASE_URL', { IM_REGION: '', IM_BASE_URL: 'http://h.test/?a=1' }, /^IM_BASE_URL must be/],
    ['PORT', { PORT: '70000' }, /^PORT must be a whole number from 0 to 65535; got '70000'/],
    ['PORT', { PORT: '8o8o' }, /^PORT must be/],
    [
      'UPSTREAM_TIMEOUT_MS',
      { UPSTREAM_TIMEOUT_MS: '10s' },
      /^UPSTREAM_TIMEOUT_MS must be a whole number of milliseconds/,
    ],
    [
      'USERSIG_TTL_SECONDS',
      { USERSIG_TTL_SECONDS: '10' },
      /^USERSIG_TTL_SECONDS must be a whole number of seconds from 300/,
    ],
  ])('names %s when it breaks its rule', (variable, patch, message) => {
    const err = configError({ ...app, ...patch });
    expect(err.variable).toBe(variable);
    expect(err.message).toMatch(message);
  });

  it('requires the key with the app id and the app id with the key', () => {
    expect(configError({ IM_SDKAPPID: '1', IM_REGION: 'china' }).message).toMatch(
      /^IM_SECRET_KEY is required/,
    );
    expect(configError({ IM_SECRET_KEY: fakeKey, IM_REGION: 'china' }).message).toMatch(
      /^IM_SDKAPPID is required/,
    );
  });

  it('requires exactly one of IM_REGION and IM_BASE_URL', () => {
    expect(configError({ IM_SDKAPPID: '1', IM_SECRET_KEY: fakeKey }).message).toMatch(
      /^IM_REGION or IM_BASE_URL is required/,
    );
    expect(configError({ ...app, IM_BASE_URL: 'http://127.0.0.1:1' }).message).toMatch(
      /^IM_REGION and IM_BASE_URL are both set/,
    );
  });

  it('never echoes a malformed secret key', () => {
    const err = configError({ ...app, IM_SECRET_KEY: `${fakeKey} trailing` });
    expect(err.variable).toBe('IM_SECRET_KEY');
    expect(err.message).not.toContain(fakeKey);
  });

  it('says there is no app when neither id nor key is set', () => {
    expect(configError({ IM_REGION: 'china' }).message).toMatch(/no IM app to sign for/);
  });
});

describe('isAppConfigured', () => {
  it('is false only when neither IM_SDKAPPID nor IM_SECRET_KEY is set', () => {
    expect(isAppConfigured({})).toBe(false);
    expect(isAppConfigured({ IM_SDKAPPID: '', IM_REGION: 'china' })).toBe(false);
    expect(isAppConfigured({ IM_SDKAPPID: '1' })).toBe(true);
    expect(isAppConfigured({ IM_SECRET_KEY: fakeKey })).toBe(true);
  });

  it('lets the server settings load without an app', () => {
    expect(loadServerConfig({ PORT: '9000' })).toMatchObject({ port: 9000, host: '127.0.0.1' });
  });
});

describe('loopback refusal', () => {
  it.each(['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])(
    'accepts %s',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '192.168.1.10', 'example.com', '127.0.0.256', '128.0.0.1'])(
    'refuses %s',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );

  it('stops start-up with a sentence saying why', () => {
    const err = configError({ ...app, HOST: '0.0.0.0' });
    expect(err.variable).toBe('HOST');
    expect(err.message).toMatch(/^HOST must be a loopback address/);
    expect(err.message).toMatch(/operator login is not built yet/);
    expect(err.message).toMatch(/read every chat/);
    expect(() => assertLoopbackHost('10.0.0.1')).toThrow(ConfigError);
  });
});
