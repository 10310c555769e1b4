/**
 * The proxy's configuration, read from the environment once at start-up and validated with zod.
 * Every refusal is a sentence that names the variable and its rule, so an operator can fix it
 * without reading code (house-style.md "Habits").
 */
import { z } from 'zod';
import { regionBaseUrl, regionIdSchema, regionIds, type RegionId } from '../api/regions';
import { userIdSchema } from '../api/rules';

/** The environment as `process.env` gives it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Where the proxy listens and how it behaves, independent of which IM app it signs for. */
export interface ServerConfig {
  /** TCP port (0 picks a free one). */
  port: number;
  /** Interface to bind; loopback only until operator login exists. */
  host: string;
  /** Directory for the proxy's own files. */
  dataDir: string;
  /** How long one upstream call may take, in milliseconds, before the proxy answers 504. */
  upstreamTimeoutMs: number;
  /** Validity of the administrator UserSig the proxy issues itself, in seconds. */
  userSigTtlSeconds: number;
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
 * Refuses a non-loopback bind address. Until operator login exists, anyone who can reach the port
 * acts as the app administrator, so the proxy must not be reachable from other machines.
 */
export function assertLoopbackHost(host: string): void {
  if (isLoopbackHost(host)) return;
  throw new ConfigError(
    'HOST',
    `HOST must be a loopback address (127.0.0.1, ::1 or localhost) because operator login is not built yet: ` +
      `the proxy signs every call as the app administrator, so anyone who could reach the port could read every chat; got ${quote(host)}.`,
  );
}

/** True when an IM app is configured; false when neither IM_SDKAPPID nor IM_SECRET_KEY is set (run the embedded emulator then). */
export function isAppConfigured(env: Env): boolean {
  return read(env, 'IM_SDKAPPID') !== undefined || read(env, 'IM_SECRET_KEY') !== undefined;
}

/** Reads and validates the server settings (`PORT`, `HOST`, `DATA_DIR`, timeouts); throws ConfigError. */
export function loadServerConfig(env: Env): ServerConfig {
  const port = parseVar(
    env,
    'PORT',
    portSchema,
    'must be a whole number from 0 to 65535',
    configDefaults.PORT,
  );
  const host = read(env, 'HOST')?.trim() ?? configDefaults.HOST;
  assertLoopbackHost(host);
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
  return { port, host, dataDir, upstreamTimeoutMs, userSigTtlSeconds };
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
