/**
 * The signing proxy as a Hono app: the only holder of the app's secret key. A signed-in operator's
 * browser sends `{service, command, body}`; the proxy checks the session and the operator's role,
 * validates, audits, signs as the administrator and forwards to the app's region (or any base URL,
 * e.g. the emulator), then returns the IM answer unchanged (01-conventions.md §12). Its own routes
 * (`src/api/console-api.ts`) handle login, sessions, operators and the audit log. Everything with
 * an effect is injected so the app is tested in-process.
 */
import { Hono } from 'hono';
import type { AppInfo } from '../api/app-info';
import type { AnyEndpoint } from '../api/endpoint';
import { findEndpoint as registryLookup } from '../api/endpoints';
import { createAdminSigner, type SignFn } from './admin-signer';
import { createAccess, type Access } from './auth/access';
import { attachSession, requirePermission } from './auth/middleware';
import type { ScryptParams } from './auth/passwords';
import { accessRoutes } from './auth/routes';
import type { ThrottleOptions } from './auth/throttle';
import { createAuditLog } from './audit/audit-log';
import { auditRoutes } from './audit/routes';
import type { AuditLog } from './audit/types';
import { accessConfigOf, type ProxyConfig } from './config';
import { countingForwarder, createCounters } from './counters';
import { openDatabase, type Db } from './db/database';
import { proxyError } from './error-response';
import { createPushLog, type PushLog } from './push-log/push-log';
import { pushLogRoutes } from './push-log/routes';
import { createImForwarder, forwardToIm, type ImCall, type ImOutcome } from './forward';
import { historyRoutes } from './history/routes';
import { createLocalCheck, localOnly, type LocalCheck } from './local-only';
import { requestId, type ProxyEnv } from './request-id';
import { consoleLogger, requestLog, type ProxyLogger } from './request-log';
import { secureHeaders } from './security-headers';
import { serveConsole } from './static-console';
import { createPooledUpstream, type Upstream } from './upstream';

/** Everything `createProxy` needs; only `config` is required. */
export interface ProxyDeps {
  config: ProxyConfig;
  /** Upstream call, fetch-like; defaults to a keep-alive undici pool. */
  upstream?: Upstream;
  /** Wall clock in milliseconds, for UserSig issue times. */
  nowMs?: () => number;
  /** The console's Vite build (`dist/`); no static files are served when absent. */
  staticDir?: string;
  logger?: ProxyLogger;
  /** Whether the base URL is the embedded emulator (demo mode), shown by `GET /api/app`. */
  appInfo?: { emulator: boolean };
  /** Random source in [0, 1) for `random` and retry jitter. */
  random?: () => number;
  /** Registry lookup; the real registry unless a test narrows it. */
  findEndpoint?: (service: string, command: string) => AnyEndpoint | undefined;
  /** UserSig signer; `genUserSig` unless a test counts calls. */
  sign?: SignFn;
  /** Base delay before the one retry of a read, in milliseconds. */
  retryDelayMs?: number;
  /** The proxy's database (operators, sessions, audit log), or a file path to open; in memory when absent. */
  db?: Db | string;
  /** The audit log; `createAuditLog(db)` unless a test injects one. */
  audit?: AuditLog;
  /** The push log; `createPushLog(db)` unless a test injects one. */
  pushLog?: PushLog;
  /** Test hook: cheaper scrypt parameters for password hashes. */
  scrypt?: ScryptParams;
  /** Test hook: login throttle limits. */
  throttle?: Omit<ThrottleOptions, 'nowMs'>;
}

/** What `GET /api/app` answers: the app's public description, never the key. */
export function describeApp(config: ProxyConfig, emulator: boolean): AppInfo {
  return {
    sdkAppId: config.sdkAppId,
    admin: config.admin,
    region: config.region,
    baseUrl: config.baseUrl,
    emulator,
  };
}

/** The proxy's Hono app, and the pieces its native IM route (`native-route.ts`) shares with it. */
export interface ProxyParts {
  app: Hono<ProxyEnv>;
  forward: (call: ImCall) => Promise<ImOutcome>;
  logger: ProxyLogger;
  check: LocalCheck;
  /** Operators, sessions, throttling: shared by the routes and the native IM route. */
  access: Access;
  db: Db;
  /** Closes the database when `buildProxy` opened it (a path or nothing was given). */
  close(): void;
}

/** Builds the proxy app. */
export function createProxy(deps: ProxyDeps): Hono<ProxyEnv> {
  return buildProxy(deps).app;
}

/** Builds the proxy app and the forwarder, logger and local check behind it. */
export function buildProxy(deps: ProxyDeps): ProxyParts {
  const { config, staticDir } = deps;
  const logger = deps.logger ?? consoleLogger;
  const nowMs = deps.nowMs ?? Date.now;
  const upstream = deps.upstream ?? createPooledUpstream({ timeoutMs: config.upstreamTimeoutMs }).call;
  const signer = createAdminSigner({
    sdkAppId: config.sdkAppId,
    secretKey: config.secretKey,
    admin: config.admin,
    ttlSeconds: config.userSigTtlSeconds,
    nowMs,
    sign: deps.sign,
  });
  const appJson = JSON.stringify(describeApp(config, deps.appInfo?.emulator ?? false));
  const ownsDb = typeof deps.db !== 'object';
  const db = typeof deps.db === 'object' ? deps.db : openDatabase(deps.db ?? ':memory:');
  const audit = deps.audit ?? createAuditLog(db, { nowMs, logger });
  const accessConfig = accessConfigOf(config);
  const access = createAccess({
    db,
    config: accessConfig,
    audit,
    logger,
    nowMs,
    scrypt: deps.scrypt,
    throttle: deps.throttle,
  });
  const hostPolicy = { publicOrigin: accessConfig.publicOrigin, allowedHosts: accessConfig.allowedHosts };

  const imForwarder = createImForwarder({
    baseUrl: config.baseUrl,
    findEndpoint: deps.findEndpoint ?? registryLookup,
    signer,
    upstream,
    timeoutMs: config.upstreamTimeoutMs,
    logger,
    random: deps.random ?? Math.random,
    retryDelayMs: deps.retryDelayMs,
    audit,
    pushLog: deps.pushLog ?? createPushLog(db, { nowMs, logger }),
  });
  const counters = createCounters({ findEndpoint: deps.findEndpoint ?? registryLookup, nowMs });
  const forward = countingForwarder(imForwarder, counters);

  const app = new Hono<ProxyEnv>();
  app.use(requestId());
  app.use(requestLog(logger));
  app.use(secureHeaders());
  app.use(localOnly(hostPolicy));

  app.get('/api/health', (c) => c.json({ ok: true }));
  // Public: the login page shows the emulator badge and which app it signs in to (no key, no data).
  app.get('/api/app', (c) => c.body(appJson, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  app.use('/api/*', attachSession(access));
  // The proxy's own counters (calls, errors, limits left): any signed-in operator may read them.
  app.get('/api/proxy/stats', requirePermission('directory.read'), (c) => c.json(counters.snapshot()));
  app.post('/api/im/:service/:command', forwardToIm(forward));
  // The push log (every im_push sent through the proxy): any signed-in operator may read it.
  app.use('/api/console/push-log', requirePermission('directory.read'));
  app.use('/api/console/push-log/*', requirePermission('directory.read'));
  app.route('/api/console/push-log', pushLogRoutes({ db }));
  app.route('/api', accessRoutes(access));
  app.use('/api/audit', requirePermission('audit.read'));
  app.use('/api/audit/*', requirePermission('audit.read'));
  app.route('/api/audit', auditRoutes({ db }));
  // Chat history's own route: which messages were modified through the console (from the audit log).
  app.use('/api/history/*', requirePermission('messages.readPrivate'));
  app.route('/api/history', historyRoutes({ db }));
  if (staticDir) app.use(serveConsole(staticDir));

  app.notFound((c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      return proxyError(
        c,
        404,
        'unknown_endpoint',
        `The proxy has no route ${c.req.method} ${c.req.path.slice(0, 200)}.`,
      );
    }
    return c.text('Not found', 404);
  });
  app.onError((err, c) => {
    logger.warn(`internal error ${err.name} on ${c.req.method} ${c.req.path} id=${c.get('requestId')}`);
    return proxyError(
      c,
      500,
      'internal',
      `The proxy failed unexpectedly; its log has the details (request id ${c.get('requestId')}).`,
    );
  });
  return {
    app,
    forward,
    logger,
    check: createLocalCheck(hostPolicy),
    access,
    db,
    close: () => {
      if (ownsDb) db.close();
    },
  };
}
