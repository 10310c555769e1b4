/**
 * `POST /api/im/:service/:command`: the heart of the proxy. Only a signed-in operator's calls pass
 * (401 otherwise), only to registry endpoints their role may call (403 naming the roles that may,
 * decided before the body is read); the body is size-capped, parsed and validated with the
 * endpoint's schema before anything is signed; writes, dangerous calls and reads of message content
 * are recorded in the audit log (committed) before the call goes upstream as a fresh request with
 * the administrator's credentials in the query (01-conventions.md §2, §12), and the IM answer
 * comes back byte for byte.
 */
import type { Handler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AnyEndpoint } from '../api/endpoint';
import { permissionFor, type Permission } from '../api/roles';
import { toFieldIssues, type FieldIssue, type ProxyError } from '../api/proxy-error';
import type { AdminSigner } from './admin-signer';
import type { AuditLog } from './audit/types';
import {
  MUST_CHANGE_PASSWORD_MESSAGE,
  refusalFor,
  UNAUTHENTICATED_MESSAGE,
  type Caller,
} from './auth/access';
import { MAX_BODY_BYTES, readBodyWithin } from './body-limit';
import { proxyError } from './error-response';
import { markFinished, requestHeader } from './fast-path';
import { PUSH_PATH, type PushLog } from './push-log/push-log';
import type { ProxyLogger } from './request-log';
import { apiHeaderRecord } from './security-headers';
import { REQUEST_ID_HEADER, type ProxyEnv } from './request-id';
import type { Upstream, UpstreamInit } from './upstream';

/** What the forwarder needs; everything with an effect is injected. */
export interface ForwardDeps {
  /** Base URL of the IM REST API, without a trailing slash. */
  baseUrl: string;
  /** Looks an endpoint up in the registry, following aliases. */
  findEndpoint: (service: string, command: string) => AnyEndpoint | undefined;
  signer: AdminSigner;
  upstream: Upstream;
  /** Upstream timeout per attempt, in milliseconds. */
  timeoutMs: number;
  logger: ProxyLogger;
  /** A number in [0, 1), for `random` and retry jitter. */
  random: () => number;
  /** Delay before the one retry of a read, scaled by a jitter of 0.5× to 1.5×; 25 ms unless given. */
  retryDelayMs?: number;
  /** Where writes, dangerous calls and message-content reads are recorded before they go upstream. */
  audit: AuditLog;
  /** The permission an endpoint path needs (`roles.ts`) unless a test narrows the registry. */
  permissionOf?: (path: string) => Permission | undefined;
  /** Where every `all_member_push/im_push` is recorded before it goes upstream (none when absent). */
  pushLog?: PushLog;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;
const SNIPPET_BYTES = 120;
/** Every header of a forwarded answer but the request id, built once: the hot path skips `Headers` objects. */
export const answerHeaders: Readonly<Record<string, string>> = {
  ...apiHeaderRecord,
  'Content-Type': 'application/json; charset=utf-8',
};

/** One IM call as the forwarder sees it, independent of the HTTP framework that received it. */
export interface ImCall {
  service: string;
  command: string;
  requestId: string;
  /** The signed-in operator making the call, or null (refused with 401). */
  caller: Caller | null;
  /** The body as text, or `null` when it is larger than `limit` bytes. */
  readBody(limit: number): Promise<string | null>;
}

/** What the audit log records of a call: writes and dangerous calls, and reads of message content. */
export function auditKindOf(
  endpoint: AnyEndpoint,
  permission: Permission | undefined = permissionFor(endpoint.path),
): 'im_call' | 'content_read' | null {
  if (endpoint.access !== 'read') return 'im_call';
  return permission === 'messages.readPrivate' || permission === 'messages.readGroup' ? 'content_read' : null;
}

/** What the forwarder decided: the IM answer's bytes, or a proxy error to send in the shape of `proxy-error.ts`. */
export type ImOutcome =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | {
      ok: false;
      status: ContentfulStatusCode;
      kind: ProxyError['error']['kind'];
      message: string;
      issues?: FieldIssue[];
    };

function fail(
  status: ContentfulStatusCode,
  kind: ProxyError['error']['kind'],
  message: string,
  issues?: FieldIssue[],
): ImOutcome {
  return issues ? { ok: false, status, kind, message, issues } : { ok: false, status, kind, message };
}

type Attempt =
  | { kind: 'answer'; status: number; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'timeout' }
  | { kind: 'unreachable'; cause: string };

const TIMED_OUT = Symbol('timed out');
const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The error's code (`ECONNREFUSED`, `UND_ERR_SOCKET`…), looking through fetch's `cause`; never its message, which may hold the URL. */
function errorCode(err: unknown): string {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.name : 'unknown error';
}

/** True when the bytes look like one JSON object: `{` … `}` around optional whitespace. */
function looksLikeJsonObject(bytes: Uint8Array): boolean {
  let start = 0;
  let end = bytes.length - 1;
  while (start <= end && isSpace(bytes[start]!)) start++;
  while (end >= start && isSpace(bytes[end]!)) end--;
  return start < end && bytes[start] === 0x7b && bytes[end] === 0x7d;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Creates the framework-free forwarder: registry, body cap, JSON, schema, signing, upstream, answer check. */
export function createImForwarder(deps: ForwardDeps): (call: ImCall) => Promise<ImOutcome> {
  const { baseUrl, findEndpoint, signer, upstream, timeoutMs, logger, random, audit, pushLog } = deps;
  const permissionOf = deps.permissionOf ?? permissionFor;
  const retryDelayMs = deps.retryDelayMs ?? 25;
  const decoder = new TextDecoder();

  /** The first bytes of a bad answer, printable, with anything secret blanked out. */
  function snippet(bytes: Uint8Array): string {
    const text = decoder
      .decode(bytes.subarray(0, SNIPPET_BYTES))
      .replace(/\p{Cc}+/gu, ' ')
      .trim();
    const sig = signer.userSig();
    const clean = sig
      ? text.split(sig).join('[redacted]').split(encodeURIComponent(sig)).join('[redacted]')
      : text;
    return bytes.length > SNIPPET_BYTES ? `${clean}…` : clean;
  }

  async function attempt(url: string, body: string): Promise<Attempt> {
    // An AbortController costs more than the rest of the forwarder together, so it is made only
    // when an upstream reads `init.signal` (fetch-like ones); the pooled upstream registers a
    // plain cancel function through `onCancel` instead.
    let controller: AbortController | undefined;
    let cancel: ((reason: Error) => void) | undefined;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller?.abort();
        cancel?.(new Error('upstream timeout'));
        resolve(TIMED_OUT);
      }, timeoutMs);
    });
    const init: UpstreamInit = {
      method: 'POST',
      headers: JSON_HEADERS,
      body,
      get signal() {
        if (!controller) {
          controller = new AbortController();
          if (timedOut) controller.abort();
        }
        return controller.signal;
      },
      onCancel(fn) {
        cancel = fn;
      },
    };
    const call = (async () => {
      const res = await upstream(url, init);
      return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
    })();
    try {
      const outcome = await Promise.race([call, deadline]);
      if (outcome === TIMED_OUT) return { kind: 'timeout' };
      return { kind: 'answer', ...outcome };
    } catch (err) {
      if (timedOut) return { kind: 'timeout' };
      const cause = errorCode(err);
      return timeoutCodes.has(cause) ? { kind: 'timeout' } : { kind: 'unreachable', cause };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Signs and sends a validated call (one retry for reads whose connection failed). */
  async function send(
    endpoint: AnyEndpoint,
    command: string,
    text: string,
    requestId: string,
  ): Promise<ImOutcome> {
    const rand = Math.floor(random() * 4_294_967_296) >>> 0;
    const url = `${baseUrl}/v4/${endpoint.service}/${command}?${signer.query()}&random=${rand}&contenttype=json`;
    let outcome = await attempt(url, text);
    if (outcome.kind === 'unreachable' && endpoint.access === 'read') {
      const delay = retryDelayMs * (0.5 + random());
      logger.warn(
        `retrying read ${endpoint.path} after ${outcome.cause} in ${delay.toFixed(0)}ms id=${requestId}`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      outcome = await attempt(url, text);
    }

    switch (outcome.kind) {
      case 'timeout':
        return fail(
          504,
          'upstream_timeout',
          `The IM service did not answer ${endpoint.path} within ${timeoutMs} ms.${endpoint.access === 'read' ? '' : ' The change may or may not have been applied; check before retrying.'}`,
        );
      case 'unreachable':
        return fail(
          502,
          'upstream_unreachable',
          `The IM service at ${baseUrl} could not be reached (${outcome.cause}).`,
        );
      case 'answer':
        if (outcome.status !== 200 || !looksLikeJsonObject(outcome.bytes)) {
          return fail(
            502,
            'upstream_bad_answer',
            `The IM service answered ${endpoint.path} with HTTP ${outcome.status} and a body that is not an IM JSON answer: "${snippet(outcome.bytes)}"`,
          );
        }
        return { ok: true, bytes: outcome.bytes };
    }
  }

  return async ({ service, command, requestId, caller, readBody }) => {
    if (!caller) return fail(401, 'unauthenticated', UNAUTHENTICATED_MESSAGE);
    const endpoint = findEndpoint(service, command);
    const name = `${service}/${command}`;
    if (!endpoint) {
      return fail(
        404,
        'unknown_endpoint',
        `${name.slice(0, 120)} is not an IM endpoint the console knows; the proxy forwards only endpoints in its registry.`,
      );
    }
    const permission = permissionOf(endpoint.path);
    if (permission === undefined) {
      return fail(
        403,
        'forbidden',
        `${endpoint.path} has no permission in the role table, so no role may call it.`,
      );
    }
    const refusal = refusalFor(caller.operator, permission, endpoint.path);
    if (refusal !== null) {
      // A signed-in operator trying what their role may not do is worth an admin's eye: it is audited
      // as refused (without the body, which is never read). The refusal stands even if the log fails.
      try {
        const id = audit.beginCall({
          actor: caller.actor,
          endpoint,
          kind: auditKindOf(endpoint, permission) ?? 'im_call',
          requestId,
          body: '',
        });
        audit.finishCall(id, { httpStatus: 403, proxyErrorKind: 'forbidden', durationMs: 0 });
      } catch (err) {
        logger.warn(
          `audit log write failed (${err instanceof Error ? err.name : 'unknown'}) for a refused ${endpoint.path} id=${requestId}`,
        );
      }
      return fail(403, 'forbidden', refusal);
    }
    if (caller.operator.mustChangePassword) return fail(403, 'forbidden', MUST_CHANGE_PASSWORD_MESSAGE);

    const text = await readBody(MAX_BODY_BYTES);
    if (text === null) {
      return fail(413, 'body_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes (1 MiB).`);
    }
    if (text.trim() === '') {
      return fail(
        400,
        'invalid_json',
        'The request body is empty: IM calls take a JSON object, {} when there is nothing to send.',
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      const why = err instanceof Error ? err.message : 'parse error';
      return fail(400, 'invalid_json', `The request body is not valid JSON (${why}).`);
    }
    const parsed = endpoint.request.safeParse(json);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues);
      return fail(
        400,
        'invalid_request',
        `The request body breaks ${issues.length === 1 ? 'a rule' : `${issues.length} rules`} of ${endpoint.path}; nothing was sent.`,
        issues,
      );
    }

    const kind = auditKindOf(endpoint, permission);
    let auditId: number | null = null;
    const started = performance.now();
    if (kind !== null) {
      try {
        auditId = audit.beginCall({ actor: caller.actor, endpoint, kind, requestId, body: text });
      } catch (err) {
        logger.warn(
          `audit log write failed (${err instanceof Error ? err.name : 'unknown'}) for ${endpoint.path} id=${requestId}; not forwarded`,
        );
        return fail(
          503,
          'internal',
          `The audit log could not record this call, so it was not sent to the IM service (request id ${requestId}); the proxy log has the details.`,
        );
      }
    }
    // The IM API keeps no list of past pushes: the proxy's push log does, recorded like the audit entry.
    let pushId: number | null = null;
    if (pushLog && endpoint.path === PUSH_PATH) {
      try {
        pushId = pushLog.begin({ actor: caller.actor, requestId, body: text });
      } catch (err) {
        logger.warn(
          `push log write failed (${err instanceof Error ? err.name : 'unknown'}) id=${requestId}; not forwarded`,
        );
        if (auditId !== null) {
          audit.finishCall(auditId, { httpStatus: 503, proxyErrorKind: 'internal', durationMs: 0 });
        }
        return fail(
          503,
          'internal',
          `The push log could not record this push, so it was not sent to the IM service (request id ${requestId}); the proxy log has the details.`,
        );
      }
    }
    const outcome = await send(endpoint, command, text, requestId);
    if (pushId !== null) {
      pushLog!.finish(
        pushId,
        outcome.ok ? { answer: outcome.bytes } : { proxyErrorKind: outcome.kind, message: outcome.message },
      );
    }
    if (auditId !== null) {
      audit.finishCall(
        auditId,
        outcome.ok
          ? { httpStatus: 200, answer: outcome.bytes, durationMs: performance.now() - started }
          : {
              httpStatus: outcome.status,
              proxyErrorKind: outcome.kind,
              durationMs: performance.now() - started,
            },
      );
    }
    return outcome;
  };
}

/** The Hono handler of `POST /api/im/:service/:command` around `createImForwarder`. */
export function forwardToIm(deps: ForwardDeps | ((call: ImCall) => Promise<ImOutcome>)): Handler<ProxyEnv> {
  const forward = typeof deps === 'function' ? deps : createImForwarder(deps);
  return async (c) => {
    const requestId = c.get('requestId');
    const outcome = await forward({
      service: c.req.param('service') ?? '',
      command: c.req.param('command') ?? '',
      requestId,
      caller: c.get('caller') ?? null,
      readBody: (limit) => readBodyWithin(c.req.raw, limit, (name) => requestHeader(c, name)),
    });
    if (!outcome.ok) return proxyError(c, outcome.status, outcome.kind, outcome.message, outcome.issues);
    return markFinished(
      new Response(outcome.bytes, {
        status: 200,
        headers: { ...answerHeaders, [REQUEST_ID_HEADER]: requestId },
      }),
    );
  };
}
