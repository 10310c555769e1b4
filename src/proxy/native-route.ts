/**
 * `POST /api/im/<service>/<command>` served straight from Node's request and response when the
 * proxy listens on a port. It runs the same steps as the Hono middlewares and route — request id,
 * request log, host and origin checks, the session lookup (one indexed SQLite read), the shared
 * forwarder (roles, validation, audit, upstream), security headers — but skips the
 * per-call Web `Request`/`Response` objects, Hono's context and its middleware chain, which were a
 * large share of the proxy's CPU per call. Only plain paths are taken (`[A-Za-z0-9_-]` names, no
 * query string or escapes) with a plain `Host`; anything else goes to the Hono app unchanged.
 * `server.test.ts` checks that both paths give the same answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProxyError } from '../api/proxy-error';
import type { Access } from './auth/access';
import { answerHeaders, type ImCall, type ImOutcome } from './forward';
import type { LocalCheck } from './local-only';
import { isSaneRequestId, REQUEST_ID_HEADER } from './request-id';
import { logRequest, type ProxyLogger } from './request-log';
import { apiHeaderRecord } from './security-headers';

/** The IM route with names the registry can hold; other spellings are left to Hono. */
const IM_PATH = /^\/api\/im\/([A-Za-z0-9_-]{1,100})\/([A-Za-z0-9_-]{1,100})$/;
/** A `Host` value made of host-name, IPv4, IPv6 and port characters only. */
const PLAIN_HOST = /^[A-Za-z0-9.:[\]-]{1,300}$/;
/** Headers of a forwarded answer, flat (`[name, value, …]`, the cheapest form `writeHead` takes). */
const answerHeaderList: readonly string[] = Object.entries(answerHeaders).flat();
/** Headers of the proxy's own error answers, as the Hono path sends them (`c.json` plus the middlewares). */
const errorHeaderList: readonly string[] = Object.entries({
  ...apiHeaderRecord,
  'Content-Type': 'application/json',
}).flat();

const decoder = new TextDecoder();

/** What the native route needs; the same objects the Hono app uses. */
export interface NativeRouteDeps {
  forward: (call: ImCall) => Promise<ImOutcome>;
  logger: ProxyLogger;
  check: LocalCheck;
  access: Access;
  generateId?: () => string;
}

/** A request handler that answers the IM route itself and returns false for anything else. */
export type NativeRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The body as text, or `null` once it passes `limit` bytes (a declared length over it is refused unread). */
function readIncoming(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (chunks.length === 0) resolve('');
      else resolve(decoder.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
  });
}

/** Creates the native IM route. */
export function createNativeImRoute(deps: NativeRouteDeps): NativeRoute {
  const { forward, logger, check, access } = deps;
  const generateId = deps.generateId ?? (() => crypto.randomUUID());

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    service: string,
    command: string,
    host: string,
  ): Promise<void> {
    const start = performance.now();
    const incomingId = header(req, 'x-request-id');
    const requestId = isSaneRequestId(incomingId) ? incomingId : generateId();
    let outcome: ImOutcome;
    try {
      const refusal = check(host, header(req, 'origin'), header(req, 'sec-fetch-site'));
      outcome =
        refusal !== null
          ? { ok: false, status: 403, kind: 'forbidden', message: refusal }
          : await forward({
              service,
              command,
              requestId,
              caller: access.caller({
                cookie: header(req, 'cookie'),
                socketAddress: req.socket.remoteAddress,
                forwardedFor: header(req, 'x-forwarded-for'),
              }),
              readBody: (limit) => readIncoming(req, limit),
            });
    } catch (err) {
      logger.warn(
        `internal error ${err instanceof Error ? err.name : 'unknown'} on POST ${path} id=${requestId}`,
      );
      outcome = {
        ok: false,
        status: 500,
        kind: 'internal',
        message: `The proxy failed unexpectedly; its log has the details (request id ${requestId}).`,
      };
    }

    const status: ContentfulStatusCode = outcome.ok ? 200 : outcome.status;
    logRequest(logger, 'POST', path, status, performance.now() - start, requestId);
    let body: Uint8Array | string;
    if (outcome.ok) {
      body = outcome.bytes;
      res.writeHead(200, [
        ...answerHeaderList,
        REQUEST_ID_HEADER,
        requestId,
        'Content-Length',
        String(body.byteLength),
      ]);
    } else {
      const error: ProxyError = {
        error: outcome.issues
          ? { kind: outcome.kind, message: outcome.message, issues: outcome.issues }
          : { kind: outcome.kind, message: outcome.message },
        requestId,
      };
      body = JSON.stringify(error);
      const headers = [
        ...errorHeaderList,
        REQUEST_ID_HEADER,
        requestId,
        'Content-Length',
        String(Buffer.byteLength(body)),
      ];
      // An unread or abandoned body is not worth draining: drop the connection after the answer.
      if (status === 413) headers.push('Connection', 'close');
      res.writeHead(status, headers);
    }
    res.end(body);
  }

  return (req, res) => {
    const url = req.url;
    if (req.method !== 'POST' || url === undefined || !url.startsWith('/api/im/')) return false;
    const match = IM_PATH.exec(url);
    const host = req.headers.host;
    if (!match || host === undefined || !PLAIN_HOST.test(host)) return false;
    serve(req, res, url, match[1]!, match[2]!, host).catch((err: unknown) => {
      logger.warn(`internal error ${err instanceof Error ? err.name : 'unknown'} on POST ${url}`);
      res.destroy();
    });
    return true;
  };
}
