/**
 * Request id middleware: every response carries `X-Request-Id`, either the caller's (when it looks
 * like an id and nothing else) or a fresh UUID, so a support agent can match a console error to a
 * proxy log line.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { Operator } from '../api/console-api';
import type { Caller } from './auth/access';
import type { AuditActor } from './audit/types';
import { isFinished, requestHeader } from './fast-path';

/**
 * The Hono environment of the proxy: Node's request when served, the request id for every handler,
 * and for `/api` routes the caller (set by `attachSession`, see auth/middleware.ts). `operator` and
 * `actor` are set only when a live session came with the request: read them behind `requireSession()`.
 */
export interface ProxyEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    requestId: string;
    /** The caller's IP (the socket's, or X-Forwarded-For when TRUST_PROXY says so). */
    clientIp: string;
    /** The live session behind the request's cookie, or null. */
    caller: Caller | null;
    /** The signed-in operator, as of this request (role changes apply at once). */
    operator: Operator;
    /** How audit entries name the caller. */
    actor: AuditActor;
  };
}

/** The header carrying the id, both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An incoming id is echoed only when it is short and made of safe characters (no header or log injection). */
const saneId = /^[A-Za-z0-9._:-]{1,128}$/;

/** True when an incoming id may be echoed as is. */
export function isSaneRequestId(value: string | undefined): value is string {
  return value !== undefined && saneId.test(value);
}

/** Sets the `requestId` variable and the `X-Request-Id` response header (unless the handler already did). */
export function requestId(generate: () => string = () => crypto.randomUUID()): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const incoming = requestHeader(c, 'x-request-id');
    const id = isSaneRequestId(incoming) ? incoming : generate();
    c.set('requestId', id);
    await next();
    if (!isFinished(c.res)) c.res.headers.set(REQUEST_ID_HEADER, id);
  };
}
