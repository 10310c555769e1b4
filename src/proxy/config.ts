/**
 * The proxy's configuration, read from the environment once at start-up and validated with zod.
 * Every refusal is a sentence that names the variable and its rule, so an operator can fix it
 * without reading code (house-style.md "Habits").
 */
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../api/console-api';
import { regionBaseUrl, regionIdSchema, regionIds, type RegionId } from '../api/regions';
import { userIdSchema } from '../api/rules';

/** The environment as `process.env` gives it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Where the proxy listens and how it behaves, independent of which IM app it signs for. */
export interface ServerConfig {
  /** TCP port (0 picks a free one). */
  port: number;
  /** Interface to bind. A non-loopback address needs `allowedHosts` (DNS-rebinding check). */
  host: string;
  /** Directory for the proxy's own files. */
  dataDir: string;
  /** How long one upstream call may take, in milliseconds, before the proxy answers 504. */
  upstreamTimeoutMs: number;
  /** Validity of the administrator UserSig the proxy issues itself, in seconds. */
  userSigTtlSeconds: number;
  /**
   * Operator access settings. Optional so tests can build a config literal; `loadServerConfig`
   * always fills them, and the proxy applies `accessDefaults` to any left out.
   */
  access?: Partial<AccessConfig>;
}

/** Operator login, sessions and who may address the proxy. */
export interface AccessConfig {
  /** Password of the first `admin` (`CONSOLE_ADMIN_PASSWORD`); null: a random one is printed once. */
  adminPassword: string | null;
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after login, however active. */
  sessionMaxHours: number;
  /** Reverse-proxy hops to trust for `X-Forwarded-For` / `X-Forwarded-Proto` (0: trust none). */
  trustProxy: number;
  /** Always mark the session cookie `Secure` (and name it `__Host-…`): the console is served over HTTPS. */
  cookieSecure: boolean;
  /** The console's public origin, e.g. `https://console.example.com` (allowed as Host and Origin). */
  publicOrigin: string | null;
  /** Host names (optionally `:port`) requests may be addressed to besides loopback ones and `publicOrigin`'s. */
  allowedHosts: string[];
}

/** Defaults of the access settings. */
export const accessDefaults: AccessConfig = {
  adminPassword: null,
  sessionIdleMinutes: 60,
  sessionMaxHours: 12,
  trustProxy: 0,
  cookieSecure: false,
  publicOrigin: null,
  allowedHosts: [],
};

/** The access settings with defaults filled in. */
export function accessConfigOf(config: ServerConfig): AccessConfig {
  return { ...accessDefaults, ...config.access };
}

/** The full, validated configuration: the server settings plus the IM app the proxy signs for. */
export interface ProxyConfig extends ServerConfig {
  /** The app's SDKAppID. */
  sdkAppId: number;
  /** The app's secret key; never leaves the proxy. */
  secretKey: string;
  /** The administrator UserID every call is made as (01-conventions.md §6). */
  admin: string;
  /** The region key when the app is on Tencent Cloud; null when `IM_BASE_URL` was given. */
  region: RegionId | null;
  /** Base URL calls go to, without a trailing slash (a region's domain or e.g. the emulator). */
  baseUrl: string;
}

/** A configuration mistake; `message` is a sentence naming the variable and the rule. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The environment variable at fault (the first one when several are). */
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(message);
    this.variable = variable;
  }
}

/** Defaults applied when a variable is unset or empty. */
export const configDefaults = {
  IM_ADMIN: 'administrator',
  PORT: 8080,
  HOST: '127.0.0.1',
  DATA_DIR: './data',
  UPSTREAM_TIMEOUT_MS: 10_000,
  USERSIG_TTL_SECONDS: 86_400,
} as const;

/** Longest UserSig validity the docs allow: 50 years (01a-usersig.md §2). */
const MAX_USERSIG_TTL_SECONDS = 50 * 365 * 86_400;

const digits = /^\d+$/;

function intIn(min: number, max: number) {
  return z.string().regex(digits).transform(Number).pipe(z.number().int().min(min).max(max));
}

const sdkAppIdSchema = intIn(1, 4_294_967_295);
const portSchema = intIn(0, 65_535);
const timeoutSchema = intIn(100, 600_000);
const ttlSchema = intIn(300, MAX_USERSIG_TTL_SECONDS);
const secretKeySchema = z.string().regex(/^\S+$/);
const baseUrlSchema = z
  .url({ protocol: /^https?$/ })
  .refine((u) => !u.includes('?') && !u.includes('#'))
  .transform((u) => u.replace(/\/+$/, ''));

/** Reads a variable, treating an empty or blank value as unset (as `.env` files and compose often leave them). */
function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function quote(value: string): string {
  return `'${value.length > 80 ? `${value.slice(0, 80)}…` : value}'`;
}

/** Parses one variable with `schema`, or throws a ConfigError saying `rule` (and what was given, unless secret). */
function parseVar<T>(
  env: Env,
  name: string,
  schema: z.ZodType<T>,
  rule: string,
  fallback: T,
  secret = false,
): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(name, `${name} ${rule}${secret ? '.' : `; got ${quote(raw)}.`}`);
}

/** True for addresses that only this machine can reach: 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  const octets = v4.split('.');
  return (
    octets.length === 4 && octets[0] === '127' && octets.every((o) => digits.test(o) && Number(o) <= 255)
  );
}

/**
 * A non-loopback bind address needs the names the console is reached by (`PUBLIC_ORIGIN` or
 * `ALLOWED_HOSTS`): requests addressed to any other `Host` are refused (DNS rebinding).
 */
export function assertHostAllowList(
  host: string,
  access: Pick<AccessConfig, 'publicOrigin' | 'allowedHosts'>,
): void {
  if (isLoopbackHost(host) || access.publicOrigin !== null || access.allowedHosts.length > 0) return;
  throw new ConfigError(
    'HOST',
    `HOST ${quote(host)} is not a loopback address, so set PUBLIC_ORIGIN (e.g. https://console.example.com) or ALLOWED_HOSTS ` +
      `(the host names operators type, comma-separated): the proxy answers only requests addressed to those names or to loopback ones.`,
  );
}

const minutesSchema = intIn(1, 10_080);
const hoursSchema = intIn(1, 720);
const booleanSchema = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const trustProxySchema = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.union([z.enum(['true', 'false']), z.string().regex(/^\d{1,2}$/)]))
  .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v)));
const originSchema = z
  .url({ protocol: /^https?$/ })
  .transform((u) => new URL(u))
  .refine((u) => (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash && !u.username)
  .transform((u) => u.origin);
const hostNameSchema = z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/);

/** Reads and validates the access settings; throws ConfigError. */
export function loadAccessConfig(env: Env): AccessConfig {
  const adminPassword = parseVar<string | null>(
    env,
    'CONSOLE_ADMIN_PASSWORD',
    z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
    `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long (or unset: a random password is printed once at first start)`,
    null,
    true,
  );
  const sessionIdleMinutes = parseVar(
    env,
    'SESSION_IDLE_MINUTES',
    minutesSchema,
    'must be a whole number of minutes from 1 to 10080 (a week)',
    accessDefaults.sessionIdleMinutes,
  );
  const sessionMaxHours = parseVar(
    env,
    'SESSION_MAX_HOURS',
    hoursSchema,
    'must be a whole number of hours from 1 to 720 (30 days)',
    accessDefaults.sessionMaxHours,
  );
  const trustProxy = parseVar(
    env,
    'TRUST_PROXY',
    trustProxySchema,
    'must be false (default: use the socket address), true (one reverse proxy in front) or the number of reverse proxies in front (0–99)',
    accessDefaults.trustProxy,
  );
  const cookieSecure = parseVar(
    env,
    'COOKIE_SECURE',
    booleanSchema,
    'must be true or false',
    accessDefaults.cookieSecure,
  );
  const publicOrigin = parseVar<string | null>(
    env,
    'PUBLIC_ORIGIN',
    originSchema,
    'must be the origin operators open, scheme and host (and port) only, e.g. https://console.example.com',
    null,
  );
  const rawHosts = read(env, 'ALLOWED_HOSTS');
  const allowedHosts: string[] = [];
  for (const h of rawHosts?.split(',') ?? []) {
    const name = h.trim().toLowerCase();
    if (name === '') continue;
    if (!hostNameSchema.safeParse(name).success) {
      throw new ConfigError(
        'ALLOWED_HOSTS',
        `ALLOWED_HOSTS must be comma-separated host names or addresses, each optionally with :port (e.g. console.example.com,10.0.0.5:8080); got ${quote(h.trim())}.`,
      );
    }
    allowedHosts.push(name);
  }
  return {
    adminPassword,
    sessionIdleMinutes,
    sessionMaxHours,
    trustProxy,
    cookieSecure,
    publicOrigin,
    allowedHosts,
  };
}

/** True when an IM app is configured; false when neither IM_SDKAPPID nor IM_SECRET_KEY is set (run the embedded emulator then). */
export function isAppConfigured(env: Env): boolean {
  return read(env, 'IM_SDKAPPID') !== undefined || read(env, 'IM_SECRET_KEY') !== undefined;
}

/** Reads and validates the server settings (`PORT`, `HOST`, `DATA_DIR`, timeouts, access); throws ConfigError. */
export function loadServerConfig(env: Env): ServerConfig {
  const port = parseVar(
    env,
    'PORT',
    portSchema,
    'must be a whole number from 0 to 65535',
    configDefaults.PORT,
  );
  const host = read(env, 'HOST')?.trim() ?? configDefaults.HOST;
  const access = loadAccessConfig(env);
  assertHostAllowList(host, access);
  const dataDir = read(env, 'DATA_DIR') ?? configDefaults.DATA_DIR;
  const upstreamTimeoutMs = parseVar(
    env,
    'UPSTREAM_TIMEOUT_MS',
    timeoutSchema,
    'must be a whole number of milliseconds from 100 to 600000 (the IM backend itself gives up after 3 s)',
    configDefaults.UPSTREAM_TIMEOUT_MS,
  );
  const userSigTtlSeconds = parseVar(
    env,
    'USERSIG_TTL_SECONDS',
    ttlSchema,
    `must be a whole number of seconds from 300 to ${MAX_USERSIG_TTL_SECONDS} (50 years)`,
    configDefaults.USERSIG_TTL_SECONDS,
  );
  return { port, host, dataDir, upstreamTimeoutMs, userSigTtlSeconds, access };
}

/**
 * Reads and validates the whole configuration; throws ConfigError. When no app is configured
 * (see `isAppConfigured`), the start script starts the embedded emulator and calls this again with
 * the emulator's IM_SDKAPPID, IM_SECRET_KEY and IM_BASE_URL added.
 */
export function loadConfig(env: Env): ProxyConfig {
  const server = loadServerConfig(env);
  const rawAppId = read(env, 'IM_SDKAPPID');
  const rawKey = read(env, 'IM_SECRET_KEY');
  if (rawAppId === undefined && rawKey === undefined) {
    throw new ConfigError(
      'IM_SDKAPPID',
      'IM_SDKAPPID and IM_SECRET_KEY are not set, so there is no IM app to sign for: set both (and IM_REGION or IM_BASE_URL), or start without them to use the embedded emulator.',
    );
  }
  if (rawAppId === undefined) {
    throw new ConfigError(
      'IM_SDKAPPID',
      'IM_SDKAPPID is required when IM_SECRET_KEY is set: it names the app the key belongs to.',
    );
  }
  if (rawKey === undefined) {
    throw new ConfigError(
      'IM_SECRET_KEY',
      'IM_SECRET_KEY is required when IM_SDKAPPID is set: the proxy signs every call with it.',
    );
  }
  const sdkAppId = parseVar(
    env,
    'IM_SDKAPPID',
    sdkAppIdSchema,
    "must be the app's numeric SDKAppID (a whole number from 1 to 4294967295)",
    0,
  );
  const secretKey = parseVar(
    env,
    'IM_SECRET_KEY',
    secretKeySchema,
    'must not contain spaces or line breaks (check how the key was pasted)',
    '',
    true,
  );
  const admin = parseVar(
    env,
    'IM_ADMIN',
    userIdSchema,
    'must be an administrator UserID: 1 to 32 bytes of printable ASCII',
    configDefaults.IM_ADMIN,
  );

  const rawRegion = read(env, 'IM_REGION');
  const rawBaseUrl = read(env, 'IM_BASE_URL');
  if (rawRegion !== undefined && rawBaseUrl !== undefined) {
    throw new ConfigError(
      'IM_REGION',
      'IM_REGION and IM_BASE_URL are both set: set only one (IM_REGION for a Tencent Cloud data centre, IM_BASE_URL for any other address such as the emulator).',
    );
  }
  if (rawRegion === undefined && rawBaseUrl === undefined) {
    throw new ConfigError(
      'IM_REGION',
      `IM_REGION or IM_BASE_URL is required: IM_REGION is the app's data centre (one of ${regionIds.join(', ')}), IM_BASE_URL any other address such as the emulator.`,
    );
  }
  let region: RegionId | null = null;
  let baseUrl: string;
  if (rawRegion !== undefined) {
    region = parseVar(env, 'IM_REGION', regionIdSchema, `must be one of ${regionIds.join(', ')}`, 'china');
    baseUrl = regionBaseUrl(region);
  } else {
    baseUrl = parseVar(
      env,
      'IM_BASE_URL',
      baseUrlSchema,
      'must be an http:// or https:// URL without a query or fragment, e.g. http://127.0.0.1:5000',
      '',
    );
  }
  return { ...server, sdkAppId, secretKey, admin, region, baseUrl };
}
