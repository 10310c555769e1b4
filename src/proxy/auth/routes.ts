/**
 * The proxy's own access routes (`src/api/console-api.ts` lists them): login, logout, the current
 * session, changing one's password, the sessions list with revoke, and operators (admin only).
 * Bodies are validated with the contract's zod schemas (400 with field issues, like the IM route).
 * Every change is audited through `audit.record`, never with a password.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import {
  changePasswordRequestSchema,
  createOperatorRequestSchema,
  loginRequestSchema,
  resetPasswordRequestSchema,
  updateOperatorRequestSchema,
  type SessionRow,
} from '../../api/console-api';
import type { OperatorChangeSummary } from '../../api/audit-summary';
import { toFieldIssues, type FieldIssue } from '../../api/proxy-error';
import { roleHas } from '../../api/roles';
import { readBodyWithin } from '../body-limit';
import { proxyError } from '../error-response';
import { requestHeader } from '../fast-path';
import type { ProxyEnv } from '../request-id';
import { sessionInfo, type Access, type Caller } from './access';
import { clearSessionCookies, sessionCookie } from './http';
import { generatePassword, verifyPassword } from './passwords';
import { publicOperator } from './store';
import { requirePermission, requireSession } from './middleware';

/** Bodies of the access routes are small; anything bigger is refused unread. */
const ACCESS_BODY_LIMIT = 16 * 1024;

type Ctx = Context<ProxyEnv>;

/** Reads and validates a JSON body; a Response is the refusal to send. */
async function readJson<T>(c: Ctx, schema: z.ZodType<T>, allowEmpty = false): Promise<T | Response> {
  const text = await readBodyWithin(c.req.raw, ACCESS_BODY_LIMIT, (n) => requestHeader(c, n));
  if (text === null) {
    return proxyError(
      c,
      413,
      'body_too_large',
      `The request body is larger than ${ACCESS_BODY_LIMIT} bytes.`,
    );
  }
  let json: unknown;
  if (text.trim() === '' && allowEmpty) json = {};
  else {
    try {
      json = JSON.parse(text);
    } catch {
      return proxyError(c, 400, 'invalid_json', 'The request body is not valid JSON.');
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return invalid(c, toFieldIssues(parsed.error.issues));
  return parsed.data;
}

function invalid(c: Ctx, issues: FieldIssue[]): Response {
  return proxyError(
    c,
    400,
    'invalid_request',
    `The request body breaks ${issues.length === 1 ? 'a rule' : `${issues.length} rules`}; nothing was changed.`,
    issues,
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** "16:32 UTC (in 15 minutes)". */
function whenText(untilMs: number, nowMs: number): string {
  const minutes = Math.max(1, Math.ceil((untilMs - nowMs) / 60_000));
  return `${iso(untilMs).slice(11, 16)} UTC on ${iso(untilMs).slice(0, 10)} (in ${minutes} minute${minutes === 1 ? '' : 's'})`;
}

function lockedAnswer(c: Ctx, access: Access, untilMs: number, scope: 'account' | 'ip'): Response {
  const now = access.nowMs();
  const retryAfterSeconds = Math.max(1, Math.ceil((untilMs - now) / 1000));
  const who = scope === 'account' ? 'this account' : 'your network address';
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json(
    {
      error: {
        kind: 'locked' as const,
        message: `Too many failed logins for ${who}: logins are locked until ${whenText(untilMs, now)}. Try again then, or ask an admin to reset the password.`,
        retryAfterSeconds,
      },
      requestId: c.get('requestId'),
    },
    429,
  );
}

function setSessionCookie(c: Ctx, access: Access, token: string, maxAgeMs: number): void {
  c.header(
    'Set-Cookie',
    sessionCookie(token, maxAgeMs / 1000, access.isSecure(requestHeader(c, 'x-forwarded-proto'))),
  );
}

function clearCookie(c: Ctx, access: Access): void {
  for (const cookie of clearSessionCookies(access.isSecure(requestHeader(c, 'x-forwarded-proto')))) {
    c.header('Set-Cookie', cookie, { append: true });
  }
}

const isConstraintError = (err: unknown) =>
  err instanceof Error && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/** The access routes, to mount at `/api` after `attachSession`. */
export function accessRoutes(access: Access): Hono<ProxyEnv> {
  const { store, throttle, audit } = access;
  const app = new Hono<ProxyEnv>();

  app.post('/session/login', async (c) => {
    const body = await readJson(c, loginRequestSchema);
    if (body instanceof Response) return body;
    const ip = c.get('clientIp');
    const username = body.username.trim().toLowerCase();
    const lock = throttle.check(username, ip);
    if (lock) return lockedAnswer(c, access, lock.untilMs, lock.scope);

    const op = store.findOperator(username);
    // Unknown accounts check a dummy hash, so both answers take as long (no user enumeration).
    const ok = await verifyPassword(body.password, op?.passwordHash ?? (await access.dummyHash()));
    if (!op || !ok) {
      const newLock = throttle.recordFailure(username, ip);
      // An unknown name is not repeated: what people type there is sometimes their password.
      audit.record({
        kind: 'login_failed',
        actor: null,
        ip,
        summary: { type: 'loginFailed', username: op?.username ?? null, ip, locked: newLock !== null },
        details: { username: op?.username ?? null, lockedUntil: newLock ? iso(newLock.untilMs) : null },
      });
      if (newLock) return lockedAnswer(c, access, newLock.untilMs, newLock.scope);
      return proxyError(c, 401, 'unauthenticated', 'Wrong username or password.');
    }
    if (op.disabled) {
      audit.record({
        kind: 'login_failed',
        actor: null,
        ip,
        summary: { type: 'loginDisabled', username: op.username, ip },
        details: { username: op.username, disabled: true },
      });
      return proxyError(c, 403, 'forbidden', 'This operator account is disabled; ask an admin to enable it.');
    }
    throttle.recordSuccess(username);
    const { token, session } = store.createSession(op.id, ip, requestHeader(c, 'user-agent') ?? '');
    setSessionCookie(c, access, token, store.maxMs);
    audit.record({
      kind: 'login',
      actor: { operatorId: op.id, username: op.username, role: op.role, ip },
      ip,
      summary: { type: 'login', ip },
      details: { sessionId: session.id },
    });
    return c.json(sessionInfo(session));
  });

  app.post('/session/logout', (c) => {
    const caller = c.get('caller');
    if (caller) {
      store.revokeSessionRow(caller.session.rowId);
      audit.record({
        kind: 'logout',
        actor: caller.actor,
        ip: caller.actor.ip,
        summary: { type: 'logout', ip: caller.actor.ip },
        details: { sessionId: caller.session.id },
      });
    }
    clearCookie(c, access);
    return c.body(null, 204);
  });

  app.get('/session', requireSession(), (c) => c.json(sessionInfo(c.get('caller')!.session)));

  app.post('/session/password', requireSession(), async (c) => {
    const caller = c.get('caller')!;
    const body = await readJson(c, changePasswordRequestSchema);
    if (body instanceof Response) return body;
    const op = store.getOperator(caller.operator.id)!;
    const lock = throttle.check(op.username, caller.actor.ip);
    if (lock) return lockedAnswer(c, access, lock.untilMs, lock.scope);
    if (!(await verifyPassword(body.currentPassword, op.passwordHash))) {
      const newLock = throttle.recordFailure(op.username, caller.actor.ip);
      if (newLock) return lockedAnswer(c, access, newLock.untilMs, newLock.scope);
      return invalid(c, [{ path: 'currentPassword', message: 'is not your current password' }]);
    }
    if (body.newPassword === body.currentPassword) {
      return invalid(c, [{ path: 'newPassword', message: 'must differ from the current password' }]);
    }
    store.setPassword(op.id, await access.hash(body.newPassword), false, caller.session.rowId);
    audit.record({
      kind: 'password_change',
      actor: caller.actor,
      ip: caller.actor.ip,
      summary: { type: 'passwordChanged', username: op.username },
      details: { operatorId: op.id },
    });
    return c.body(null, 204);
  });

  const canManage = (caller: Caller) => roleHas(caller.operator.role, 'operators.manage');

  app.get('/sessions', requireSession(), (c) => {
    const caller = c.get('caller')!;
    const sessions: SessionRow[] = store
      .listSessions(canManage(caller) ? null : caller.operator.id)
      .map((s) => ({
        id: s.id,
        operatorId: s.operatorId,
        username: s.username,
        createdAt: iso(s.createdAtMs),
        lastSeenAt: iso(s.lastSeenAtMs),
        expiresAt: iso(s.expiresAtMs),
        ip: s.ip,
        userAgent: s.userAgent,
        current: s.id === caller.session.id,
      }));
    return c.json({ sessions });
  });

  app.delete('/sessions/:id', requireSession(), (c) => {
    const caller = c.get('caller')!;
    const id = c.req.param('id');
    const target = store.findSession(id);
    // Another operator's session is "not found" to a non-admin: its id says nothing.
    if (!target || (target.operatorId !== caller.operator.id && !canManage(caller))) {
      return proxyError(c, 404, 'not_found', 'No such session: it may have ended already.');
    }
    store.revokeSession(id);
    audit.record({
      kind: 'session_revoked',
      actor: caller.actor,
      ip: caller.actor.ip,
      summary: {
        type: 'sessionRevoked',
        own: target.operatorId === caller.operator.id,
        username: target.username,
        ip: target.ip,
      },
      details: { sessionId: id, operatorId: target.operatorId, username: target.username },
    });
    if (id === caller.session.id) clearCookie(c, access);
    return c.body(null, 204);
  });

  const admin = new Hono<ProxyEnv>();
  admin.use(requirePermission('operators.manage'));

  admin.get('/', (c) => c.json({ operators: store.listOperators().map(publicOperator) }));

  admin.post('/', async (c) => {
    const caller = c.get('caller')!;
    const body = await readJson(c, createOperatorRequestSchema);
    if (body instanceof Response) return body;
    if (store.findOperator(body.username)) {
      return proxyError(c, 409, 'conflict', `The username "${body.username}" is already taken.`);
    }
    const generated = body.password === undefined ? generatePassword() : undefined;
    const passwordHash = await access.hash(body.password ?? generated!);
    let op;
    try {
      op = store.createOperator({
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        passwordHash,
        // A generated password was seen by the admin: its owner chooses their own at first login.
        mustChangePassword: generated !== undefined,
      });
    } catch (err) {
      if (isConstraintError(err)) {
        return proxyError(c, 409, 'conflict', `The username "${body.username}" is already taken.`);
      }
      throw err;
    }
    audit.record({
      kind: 'operator_change',
      actor: caller.actor,
      ip: caller.actor.ip,
      summary: { type: 'operatorCreated', username: op.username, role: op.role },
      details: {
        operatorId: op.id,
        username: op.username,
        role: op.role,
        generatedPassword: generated !== undefined,
      },
    });
    return c.json(
      generated === undefined
        ? { operator: publicOperator(op) }
        : { operator: publicOperator(op), generatedPassword: generated },
      201,
    );
  });

  const operatorId = (c: Ctx) => {
    const raw = c.req.param('id') ?? '';
    return /^\d{1,12}$/.test(raw) ? Number(raw) : null;
  };

  admin.patch('/:id', async (c) => {
    const caller = c.get('caller')!;
    const id = operatorId(c);
    const body = await readJson(c, updateOperatorRequestSchema);
    if (body instanceof Response) return body;
    const before = id === null ? undefined : store.getOperator(id);
    if (id === null || !before) return proxyError(c, 404, 'not_found', 'No such operator.');
    const after = store.updateOperator(id, body);
    if (after === 'not_found') return proxyError(c, 404, 'not_found', 'No such operator.');
    if (after === 'last_admin') {
      return proxyError(
        c,
        409,
        'conflict',
        `${before.username} is the only enabled admin: make another operator an admin first, so the console is never left without one.`,
      );
    }
    const changes: OperatorChangeSummary[] = [];
    if (before.role !== after.role) changes.push({ type: 'role', from: before.role, to: after.role });
    if (before.disabled !== after.disabled) changes.push({ type: after.disabled ? 'disabled' : 'enabled' });
    if (before.displayName !== after.displayName) changes.push({ type: 'displayName' });
    audit.record({
      kind: 'operator_change',
      actor: caller.actor,
      ip: caller.actor.ip,
      summary: { type: 'operatorChanged', username: after.username, changes },
      details: {
        operatorId: id,
        username: after.username,
        before: { role: before.role, disabled: before.disabled, displayName: before.displayName },
        after: { role: after.role, disabled: after.disabled, displayName: after.displayName },
      },
    });
    return c.json(publicOperator(after));
  });

  admin.post('/:id/password', async (c) => {
    const caller = c.get('caller')!;
    const id = operatorId(c);
    const body = await readJson(c, resetPasswordRequestSchema, true);
    if (body instanceof Response) return body;
    const target = id === null ? undefined : store.getOperator(id);
    if (id === null || !target) return proxyError(c, 404, 'not_found', 'No such operator.');
    const generated = body.password === undefined ? generatePassword() : undefined;
    store.setPassword(id, await access.hash(body.password ?? generated!), true);
    audit.record({
      kind: 'password_change',
      actor: caller.actor,
      ip: caller.actor.ip,
      summary: { type: 'passwordReset', username: target.username },
      details: { operatorId: id, username: target.username, generatedPassword: generated !== undefined },
    });
    const op = publicOperator(store.getOperator(id)!);
    return c.json(
      generated === undefined ? { operator: op } : { operator: op, generatedPassword: generated },
    );
  });

  app.route('/operators', admin);
  return app;
}
