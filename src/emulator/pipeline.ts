/**
 * The one wrapper every emulated IM call goes through (../shared/im-api/01-conventions.md §11):
 * path → sdkappid → identifier/usersig present → UserSig → issued-before-kick → rate limit →
 * injected fault → body JSON → admin → handler exists → contract schema → handler → envelope. Every outcome is HTTP
 * 200 with a JSON envelope (§4, §5); handlers only return fields or throw `ImFailure`.
 */
import type { Context } from 'hono';
import type { AnyEndpoint } from '../api/endpoint';
import { findEndpoint } from '../api/endpoints';
import { formatIssuePath } from '../api/proxy-error';
import { verifyUserSig } from '../api/usersig';
import { REST_PLATFORM } from './callbacks/commands';
import { CallbackDispatcher } from './callbacks/dispatcher';
import type { Clock } from './clock';
import type { FaultTable } from './faults';
import type { AnyHandler, EmulatorConfig, HandlerContext } from './handler';
import { ImFailure, isImFailure } from './im-failure';
import type { RateLimiter, RateVerdict } from './rate-limit';
import { codesFor } from './services';
import type { SchemaIssue, ServiceCodes } from './services';
import type { Store } from './store';

/** What the pipeline needs from the emulator around it. */
export interface PipelineDeps {
  store: Store;
  clock: Clock;
  config: EmulatorConfig;
  secretKey: string;
  /** Null when rate limits are off. */
  limiter: RateLimiter | null;
  faults: FaultTable;
  handlerFor(path: string): AnyHandler | undefined;
  /** Called after every call to a state-changing endpoint (schedules persistence). */
  onWrite(): void;
  /** Where unexpected handler crashes are reported. */
  logError?(message: string, error: unknown): void;
  /** The webhook dispatcher (14-webhooks.md); absent = callbacks off. */
  callbacks?: CallbackDispatcher;
}

/** The text the service uses for an unparseable body (01-conventions.md §4 example). */
export const INVALID_JSON_INFO = 'Fail to Parse json data of body, Please check it';

/** Builds an IM envelope; `ErrorDisplay` is added for services that send it. */
export function envelope(
  codes: Pick<ServiceCodes, 'errorDisplay'>,
  code: number,
  info: string,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ActionStatus: code === 0 ? 'OK' : 'FAIL',
    ErrorCode: code,
    ErrorInfo: info,
    ...(codes.errorDisplay ? { ErrorDisplay: '' } : {}),
    ...fields,
  };
}

/** Codes for a broken frequency limit: 60007 in general, im_push's own codes for its day cap and spacing (06-push.md §1.5). */
function rateCode(verdict: Exclude<RateVerdict, 'ok'>, service: string): [number, string] {
  if (verdict === 'perDay' && service === 'all_member_push')
    return [90047, 'push count limit for today reached'];
  if (verdict === 'minInterval' && service === 'all_member_push') {
    return [90024, 'pushes must be more than 1 second apart'];
  }
  return [60007, 'REST API call frequency exceeds the limit'];
}

/** The code and ErrorInfo for a failed schema check: the field path and the broken rule. */
export function schemaFailure(
  issue: SchemaIssue,
  codes: ServiceCodes,
  handler: AnyHandler,
  body: Record<string, unknown>,
): [number, string] {
  const code = handler.paramCode?.(issue, body) ?? codes.paramCode?.(issue) ?? codes.invalidParam;
  return [code, `invalid parameter: ${formatIssuePath(issue.path)}: ${issue.message}`];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const noCallbacks = new CallbackDispatcher(undefined, { sdkAppId: 0, clock: { nowMs: () => 0 } });

/** The caller's IP for the `ClientIP` callback parameter: the socket's peer under Node, loopback in-process. */
function clientIpOf(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const ip = env?.incoming?.socket?.remoteAddress ?? '127.0.0.1';
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the Hono handler for `/v4/:service/:command`. */
export function createImHandler(deps: PipelineDeps): (c: Context) => Promise<Response> {
  return async (c) => {
    const service = c.req.param('service') ?? '';
    const command = c.req.param('command') ?? '';
    const codes = codesFor(service);
    const answer = (code: number, info: string, fields?: Record<string, unknown>) =>
      c.json(envelope(codes, code, info, fields), 200);

    let endpoint: AnyEndpoint | undefined;
    try {
      endpoint = c.req.method === 'POST' ? findEndpoint(service, command) : undefined;
      if (!endpoint) {
        throw new ImFailure(
          60009,
          `unknown service/command or method: ${c.req.method} ${service}/${command}`,
        );
      }
      const nowMs = deps.clock.nowMs();
      const nowSeconds = Math.floor(nowMs / 1000);
      const identifier = authenticate(c.req.url, deps, nowSeconds);

      if (deps.limiter) {
        const verdict = deps.limiter.take(endpoint.path, endpoint.rate, nowMs);
        if (verdict !== 'ok') throw new ImFailure(...rateCode(verdict, service));
      }

      const fault = deps.faults.take([`${service}/${command}`, endpoint.path]);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault?.code !== undefined) {
        throw new ImFailure(fault.code, fault.errorInfo ?? `fault injected by the emulator (${fault.code})`);
      }

      const body = parseBody(await c.req.text());
      if (body === undefined) throw new ImFailure(codes.invalidJson, INVALID_JSON_INFO);

      if (!deps.config.admins.includes(identifier)) {
        throw new ImFailure(
          codes.notAdmin,
          `${identifier} is not an App administrator: admin permission required`,
        );
      }

      const handler = deps.handlerFor(endpoint.path);
      if (!handler) throw new ImFailure(60009, `${endpoint.path} is not emulated yet`);
      const parsed = endpoint.request.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0] as SchemaIssue;
        throw new ImFailure(...schemaFailure(issue, codes, handler, body));
      }

      const ctx: HandlerContext = {
        store: deps.store,
        clock: deps.clock,
        nowMs,
        nowSeconds,
        caller: identifier,
        service,
        command,
        config: deps.config,
        requestUrl: c.req.url,
        callbacks: (deps.callbacks ?? noCallbacks).forRequest({
          platform: REST_PLATFORM,
          clientIp: clientIpOf(c),
        }),
      };
      try {
        // A read endpoint reaching a slice does not mark it for the next save (`Store.track`).
        const mode = endpoint.access === 'read' ? 'read' : 'write';
        const fields = (await deps.store.track(mode, () => handler.handle(parsed.data, ctx))) as Record<
          string,
          unknown
        >;
        return answer(0, '', fields);
      } finally {
        if (endpoint.access !== 'read') deps.onWrite();
      }
    } catch (e) {
      if (isImFailure(e)) return answer(e.code, e.info);
      deps.logError?.(`emulator: ${service}/${command} crashed`, e);
      return answer(codes.internal, 'internal server error');
    }
  };
}

/** Signatures already verified (HMAC and fields), by key, identifier and sig; bounded, cleared when full. */
const verifiedSigs = new Map<string, { time: number; expire: number }>();
const VERIFIED_SIGS_MAX = 1024;

/**
 * `verifyUserSig` with the expensive part (base64, inflate, HMAC) done once per signature: a server SDK
 * reuses one UserSig for many calls. Expiry is still checked against the clock on every call.
 */
function verifyCached(
  secretKey: string,
  sdkAppId: number,
  identifier: string,
  userSig: string,
  nowSeconds: number,
) {
  const key = `${secretKey}\u0000${sdkAppId}\u0000${identifier}\u0000${userSig}`;
  const known = verifiedSigs.get(key);
  if (known) {
    if (nowSeconds > known.time + known.expire) {
      return { ok: false as const, code: 70001, reason: 'UserSig expired' };
    }
    return { ok: true as const, time: known.time, expire: known.expire };
  }
  const verdict = verifyUserSig({ userSig, sdkAppId, identifier, secretKey, nowSeconds });
  if (verdict.ok) {
    if (verifiedSigs.size >= VERIFIED_SIGS_MAX) verifiedSigs.clear();
    verifiedSigs.set(key, { time: verdict.time, expire: verdict.expire });
  }
  return verdict;
}

/** Steps 2–4 of the pipeline; returns the verified admin identifier or throws the documented code. */
function authenticate(url: string, deps: PipelineDeps, nowSeconds: number): string {
  const q = new URL(url).searchParams;
  const rawAppId = q.get('sdkappid');
  if (!rawAppId || !/^\d+$/.test(rawAppId)) throw new ImFailure(60012, 'sdkappid is missing from the URL');
  const sdkAppId = Number(rawAppId);
  if (sdkAppId !== deps.config.sdkAppId) {
    throw new ImFailure(70020, `SDKAppID ${rawAppId} not found: check the data centre`);
  }
  const identifier = q.get('identifier');
  const userSig = q.get('usersig');
  if (!identifier || userSig === null) {
    throw new ImFailure(60004, 'identifier and usersig are required in the URL');
  }
  if (userSig === '') throw new ImFailure(70002, 'usersig is empty');
  const verdict = verifyCached(deps.secretKey, sdkAppId, identifier, userSig, nowSeconds);
  if (!verdict.ok) throw new ImFailure(verdict.code, verdict.reason);
  const kickedAt = deps.store.account(identifier)?.kickedAt;
  if (kickedAt !== undefined && verdict.time < kickedAt) {
    // 70052 is the closest documented code; the live one is unconfirmed (01a-usersig.md §5 step 9).
    throw new ImFailure(70052, 'UserSig was invalidated by a kick: generate a new one');
  }
  return identifier;
}

/** The body as a JSON object, or undefined when it is empty, not JSON, or not an object. */
function parseBody(text: string): Record<string, unknown> | undefined {
  if (!text.trim()) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isPlainObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
