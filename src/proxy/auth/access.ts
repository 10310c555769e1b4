/**
 * Operator access as one object the proxy's routes share: the operator/session store, login
 * throttling, the audit log for console events, and the settings that shape cookies and client IPs.
 * Framework-free so the Hono app and the native IM route use the same code.
 */
import type { Operator, SessionInfo } from '../../api/console-api';
import { roleLabels, rolesWith, roleHas, type Permission } from '../../api/roles';
import type { AuditActor, AuditLog } from '../audit/types';
import type { AccessConfig } from '../config';
import type { Db } from '../db/database';
import type { ProxyLogger } from '../request-log';
import { clientIpOf, isSecureRequest, sessionTokenOf } from './http';
import {
  createDummyHash,
  defaultScryptParams,
  generatePassword,
  hashPassword,
  type ScryptParams,
} from './passwords';
import { createAccessStore, type ActiveSession, type AccessStore } from './store';
import { createLoginThrottle, type LoginThrottle, type ThrottleOptions } from './throttle';

/** The request facts access decisions need, however the request arrived. */
export interface RequestFacts {
  cookie: string | undefined;
  socketAddress: string | undefined;
  forwardedFor: string | undefined;
  forwardedProto: string | undefined;
  userAgent: string | undefined;
}

/** A signed-in caller: the session, the operator as of this request, and how audit entries name them. */
export interface Caller {
  session: ActiveSession;
  operator: Operator;
  actor: AuditActor;
}

export interface AccessDeps {
  db: Db;
  config: AccessConfig;
  audit: AuditLog;
  logger: ProxyLogger;
  nowMs?: () => number;
  /** Test hook: cheaper scrypt parameters. */
  scrypt?: ScryptParams;
  /** Test hook: throttle limits. */
  throttle?: Omit<ThrottleOptions, 'nowMs'>;
}

export interface Access {
  store: AccessStore;
  throttle: LoginThrottle;
  audit: AuditLog;
  logger: ProxyLogger;
  config: AccessConfig;
  nowMs: () => number;
  scrypt: ScryptParams;
  /** A hash nobody's password matches, checked for unknown accounts (equal timing). */
  dummyHash(): Promise<string>;
  clientIp(facts: Pick<RequestFacts, 'socketAddress' | 'forwardedFor'>): string;
  isSecure(forwardedProto: string | undefined): boolean;
  /** The caller behind the request's cookie, or null. One indexed read. */
  caller(facts: Pick<RequestFacts, 'cookie' | 'socketAddress' | 'forwardedFor'>): Caller | null;
  hash(password: string): Promise<string>;
}

export function createAccess(deps: AccessDeps): Access {
  const nowMs = deps.nowMs ?? Date.now;
  const { config } = deps;
  const scrypt = deps.scrypt ?? defaultScryptParams;
  const store = createAccessStore(deps.db, {
    nowMs,
    idleMs: config.sessionIdleMinutes * 60_000,
    maxMs: config.sessionMaxHours * 3_600_000,
  });
  const throttle = createLoginThrottle(deps.db, { ...deps.throttle, nowMs });
  let dummy: Promise<string> | undefined;
  const clientIp: Access['clientIp'] = (f) => clientIpOf(f.socketAddress, f.forwardedFor, config.trustProxy);
  return {
    store,
    throttle,
    audit: deps.audit,
    logger: deps.logger,
    config,
    nowMs,
    scrypt,
    dummyHash: () => (dummy ??= createDummyHash(scrypt)),
    clientIp,
    isSecure: (proto) => isSecureRequest(config.cookieSecure, config.trustProxy, proto),
    caller(facts) {
      const token = sessionTokenOf(facts.cookie);
      if (token === undefined) return null;
      const session = store.lookupSession(token);
      if (!session) return null;
      const { operator } = session;
      return {
        session,
        operator,
        actor: {
          operatorId: operator.id,
          username: operator.username,
          role: operator.role,
          ip: clientIp(facts),
        },
      };
    },
    hash: (password) => hashPassword(password, scrypt),
  };
}

/** The answer of `GET /api/session` and of a login. */
export function sessionInfo(session: ActiveSession, operator: Operator = session.operator): SessionInfo {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    operator,
    session: {
      id: session.id,
      createdAt: iso(session.createdAtMs),
      expiresAt: iso(session.expiresAtMs),
      idleExpiresAt: iso(session.idleExpiresAtMs),
    },
  };
}

/** "support, moderator or admin" (role ids with their English names). */
export function roleList(permission: Permission): string {
  const names = rolesWith(permission).map((r) => `${roleLabels[r].en} (${r})`);
  return names.length <= 1 ? (names[0] ?? 'no role') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Why a role may not do something, naming what and which roles may; null when it may. */
export function refusalFor(operator: Operator, permission: Permission, what: string): string | null {
  if (roleHas(operator.role, permission)) return null;
  return `${what} needs the "${permission}" permission, which the ${roleLabels[operator.role].en} role does not have; ask an operator whose role is ${roleList(permission)}.`;
}

/** Message of a 401 for a call without a live session. */
export const UNAUTHENTICATED_MESSAGE =
  'Sign in first: this call needs an operator session, and the request had none (or it expired, was revoked, or its operator was disabled).';

/** Message of a 403 for an operator who must change a reset password first. */
export const MUST_CHANGE_PASSWORD_MESSAGE =
  'Your password was reset by an admin: choose a new one (Change password, POST /api/session/password) before making IM calls.';

/**
 * First start: when there is no operator at all, creates `admin` (role admin) with the configured
 * password, or a random one returned here to be printed once (and to be changed at first login).
 */
export async function bootstrapAdmin(
  access: Access,
): Promise<{ username: string; generatedPassword: string | null } | null> {
  if (access.store.countOperators() > 0) return null;
  const generated = access.config.adminPassword === null ? generatePassword() : null;
  const password = access.config.adminPassword ?? generated!;
  const passwordHash = await access.hash(password);
  if (access.store.countOperators() > 0) return null;
  const op = access.store.createOperator({
    username: 'admin',
    displayName: 'Administrator',
    role: 'admin',
    passwordHash,
    mustChangePassword: generated !== null,
  });
  access.audit.record({
    kind: 'operator_change',
    actor: null,
    ip: 'local',
    summary: { type: 'firstOperator', username: op.username },
    details: {
      operatorId: op.id,
      role: 'admin',
      passwordFrom: generated ? 'generated' : 'CONSOLE_ADMIN_PASSWORD',
    },
  });
  return { username: op.username, generatedPassword: generated };
}
