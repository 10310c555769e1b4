import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  accessDefaults,
  assertHostAllowList,
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
      access: {
        adminPassword: null,
        sessionIdleMinutes: 60,
        sessionMaxHours: 12,
        trustProxy: 0,
        cookieSecure: false,
        publicOrigin: null,
        allowedHosts: [],
      },
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

describe('access settings', () => {
  it('reads every access variable', () => {
    const config = loadConfig({
      ...app,
      CONSOLE_ADMIN_PASSWORD: 'twelve chars!',
      SESSION_IDLE_MINUTES: '15',
      SESSION_MAX_HOURS: '8',
      TRUST_PROXY: 'true',
      COOKIE_SECURE: 'true',
      PUBLIC_ORIGIN: 'https://Console.Example.com/',
      ALLOWED_HOSTS: 'console.internal, 10.0.0.5:8080',
      HOST: '0.0.0.0',
    });
    expect(config.host).toBe('0.0.0.0');
    expect(config.access).toEqual({
      adminPassword: 'twelve chars!',
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      trustProxy: 1,
      cookieSecure: true,
      publicOrigin: 'https://console.example.com',
      allowedHosts: ['console.internal', '10.0.0.5:8080'],
    });
    expect(loadConfig({ ...app, TRUST_PROXY: '2' }).access?.trustProxy).toBe(2);
    expect(loadConfig({ ...app, TRUST_PROXY: 'false' }).access?.trustProxy).toBe(0);
  });

  it.each([
    ['CONSOLE_ADMIN_PASSWORD', 'short', /at least|12 to 256/],
    ['SESSION_IDLE_MINUTES', '0', /1 to 10080/],
    ['SESSION_MAX_HOURS', 'a day', /1 to 720/],
    ['TRUST_PROXY', 'maybe', /number of reverse proxies/],
    ['COOKIE_SECURE', 'sure', /true or false/],
    ['PUBLIC_ORIGIN', 'https://console.example.com/path', /scheme and host/],
    ['ALLOWED_HOSTS', 'ok.example, bad host', /comma-separated host names/],
  ])('refuses a bad %s, naming it', (variable, value, rule) => {
    const err = configError({ ...app, [variable]: value });
    expect(err.variable).toBe(variable);
    expect(err.message.startsWith(variable)).toBe(true);
    expect(err.message).toMatch(rule);
  });

  it('never repeats a refused admin password', () => {
    expect(configError({ ...app, CONSOLE_ADMIN_PASSWORD: 'hunter2' }).message).not.toContain('hunter2');
  });
});

describe('bind address', () => {
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

  it('needs the public names for a non-loopback bind, with a sentence saying why', () => {
    const err = configError({ ...app, HOST: '0.0.0.0' });
    expect(err.variable).toBe('HOST');
    expect(err.message).toMatch(/^HOST '0\.0\.0\.0' is not a loopback address, so set PUBLIC_ORIGIN/);
    expect(err.message).toMatch(/ALLOWED_HOSTS/);
    expect(() => assertHostAllowList('10.0.0.1', accessDefaults)).toThrow(ConfigError);
    expect(() => assertHostAllowList('127.0.0.1', accessDefaults)).not.toThrow();
    expect(() =>
      assertHostAllowList('10.0.0.1', { ...accessDefaults, allowedHosts: ['10.0.0.1'] }),
    ).not.toThrow();
    expect(loadConfig({ ...app, HOST: '10.0.0.1', PUBLIC_ORIGIN: 'https://c.example' }).host).toBe(
      '10.0.0.1',
    );
  });
});
