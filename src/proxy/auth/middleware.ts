/**
 * Hono middlewares of operator access. `attachSession` (mounted on `/api/*` by the app) reads the
 * cookie once and sets `clientIp` and `caller`, plus `operator` and `actor` when signed in;
 * `requireSession()` answers 401 without a session, `requirePermission(p)` 403 when the role lacks
 * `p` (naming the roles that have it). Other helpers mount their routes behind these two.
 */
import type { MiddlewareHandler } from 'hono';
import type { Permission } from '../../api/roles';
import { proxyError } from '../error-response';
import { requestHeader } from '../fast-path';
import type { ProxyEnv } from '../request-id';
import { refusalFor, UNAUTHENTICATED_MESSAGE, type Access } from './access';

/** Resolves the caller of every request it sees (no refusal here). */
export function attachSession(access: Access): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const facts = {
      cookie: requestHeader(c, 'cookie'),
      socketAddress: (c.env as ProxyEnv['Bindings'] | undefined)?.incoming?.socket.remoteAddress,
      forwardedFor: requestHeader(c, 'x-forwarded-for'),
    };
    c.set('clientIp', access.clientIp(facts));
    const caller = access.caller(facts);
    c.set('caller', caller);
    if (caller) {
      c.set('operator', caller.operator);
      c.set('actor', caller.actor);
    }
    await next();
  };
}

/** 401 `unauthenticated` unless the request came with a live session. */
export function requireSession(): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    if (!c.get('caller')) return proxyError(c, 401, 'unauthenticated', UNAUTHENTICATED_MESSAGE);
    await next();
  };
}

/** 401 without a session, 403 `forbidden` when the operator's role lacks `permission`. */
export function requirePermission(permission: Permission): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const caller = c.get('caller');
    if (!caller) return proxyError(c, 401, 'unauthenticated', UNAUTHENTICATED_MESSAGE);
    const refusal = refusalFor(caller.operator, permission, `${c.req.method} ${c.req.path.slice(0, 100)}`);
    if (refusal !== null) return proxyError(c, 403, 'forbidden', refusal);
    await next();
  };
}
