/**
 * The one API client: `callIm(endpoint, body)` posts to the signing proxy, parses the answer with the
 * endpoint's contract, and turns every failure into a typed error. No other module talks to /api/im.
 */
import type { z } from 'zod';
import type { EndpointDef } from '../../api/endpoint';
import { answerEnvelopeSchema, isOk } from '../../api/envelope';
import { proxyErrorSchema, type FieldIssue, type ProxyError } from '../../api/proxy-error';

type Endpoint = EndpointDef & { path: string };

/** The IM service answered `ActionStatus: FAIL` (or a non-zero `ErrorCode`). */
export class ImApiError extends Error {
  override readonly name = 'ImApiError';
  constructor(
    /** `service/command` that failed. */
    readonly path: string,
    /** The IM `ErrorCode`. */
    readonly code: number,
    /** The service's own `ErrorInfo` text (free text, shown as is). */
    readonly errorInfo: string,
    /** The proxy's `X-Request-Id`, for the audit log and support. */
    readonly requestId: string | undefined,
  ) {
    super(`${path} failed with IM error ${code}: ${errorInfo}`);
  }
}

/** The proxy refused or could not complete the call (validation, unknown endpoint, upstream down...). */
export class ProxyRequestError extends Error {
  override readonly name = 'ProxyRequestError';
  constructor(
    readonly path: string,
    readonly status: number,
    readonly kind: ProxyError['error']['kind'] | 'network',
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly requestId?: string,
    /** With `locked` (429): seconds until a login may be tried again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Subscribes to "the proxy answered 401": the session ended (expired, revoked, signed out elsewhere).
 * The client only reports it; the auth feature decides where the operator goes. Returns the unsubscribe.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function reportUnauthenticated(): void {
  for (const listener of unauthenticatedListeners) listener();
}

/** Turns a non-2xx answer of the proxy into a `ProxyRequestError` (and reports a 401). */
function proxyFailure(
  path: string,
  status: number,
  json: unknown,
  requestId: string | undefined,
  report401: boolean,
): ProxyRequestError {
  if (status === 401 && report401) reportUnauthenticated();
  const parsed = proxyErrorSchema.safeParse(json);
  if (parsed.success) {
    const { kind, message, issues, retryAfterSeconds } = parsed.data.error;
    return new ProxyRequestError(
      path,
      status,
      kind,
      message,
      issues,
      parsed.data.requestId ?? requestId,
      retryAfterSeconds,
    );
  }
  return new ProxyRequestError(
    path,
    status,
    status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'internal',
    `The proxy answered HTTP ${status}.`,
    [],
    requestId,
  );
}

/** The answer did not match the contract: a loud error instead of a silent `undefined` (house-style.md). */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly path: string,
    readonly issues: FieldIssue[],
    readonly requestId?: string,
  ) {
    super(
      `The answer of ${path} does not match its contract: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  }
}

/** Any failure `callIm` raises. */
export type ApiFailure = ImApiError | ProxyRequestError | ContractError;

/** True for errors raised by `callIm`. */
export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof ImApiError || error instanceof ProxyRequestError || error instanceof ContractError;
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(answer)', message: i.message }));
}

/** Anything shaped like `callIm`: jobs and sends take one, so tests and the bench can pass their own. */
export type ImCaller = <E extends Endpoint>(
  endpoint: E,
  body: z.input<E['request']>,
  options?: { signal?: AbortSignal },
) => Promise<z.output<E['response']>>;

/** Calls one IM endpoint through the proxy and returns its parsed, successful answer. */
export async function callIm<E extends Endpoint>(
  endpoint: E,
  body: z.input<E['request']>,
  options: { signal?: AbortSignal } = {},
): Promise<z.output<E['response']>> {
  let response: Response;
  try {
    response = await fetch(`/api/im/${endpoint.path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ProxyRequestError(endpoint.path, 0, 'network', 'The console could not reach its proxy.');
  }
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (response.status === 401) reportUnauthenticated();
    throw new ProxyRequestError(
      endpoint.path,
      response.status,
      'upstream_bad_answer',
      `The proxy answered HTTP ${response.status} with something that is not JSON.`,
      [],
      requestId,
    );
  }
  if (!response.ok) throw proxyFailure(endpoint.path, response.status, json, requestId, true);
  const envelope = answerEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new ContractError(endpoint.path, issuesOf(envelope.error), requestId);
  if (!isOk(envelope.data)) {
    throw new ImApiError(endpoint.path, envelope.data.ErrorCode, envelope.data.ErrorInfo ?? '', requestId);
  }
  const parsed = endpoint.response.safeParse(json);
  if (!parsed.success) throw new ContractError(endpoint.path, issuesOf(parsed.error), requestId);
  return parsed.data as z.output<E['response']>;
}

/** Fetches one of the proxy's own JSON routes (`/api/app`, `/api/health`) and parses it. */
export async function getProxyJson<S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ProxyRequestError(url, 0, 'network', 'The console could not reach its proxy.');
  }
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new ProxyRequestError(
      url,
      response.status,
      'internal',
      `The proxy answered HTTP ${response.status}.`,
      [],
      requestId,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ContractError(url, issuesOf(parsed.error), requestId);
  return parsed.data as z.output<S>;
}

/** Options of `callConsoleApi`. */
export interface ConsoleApiOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether a 401 means "the session ended" and is reported to `onUnauthenticated` (default true).
   * False for the login itself (a wrong password is a 401 too) and for the session probe.
   */
  reportUnauthenticated?: boolean;
}

/**
 * Calls one of the proxy's own routes (`src/api/console-api.ts`: session, operators, audit) and parses
 * the answer with its schema; `schema` undefined for routes answering 204. Failures are `ProxyRequestError`
 * (with the proxy's kind, message, field issues and `retryAfterSeconds`) or `ContractError`.
 */
export async function callConsoleApi<S extends z.ZodType | undefined>(
  url: string,
  schema: S,
  options: ConsoleApiOptions = {},
): Promise<S extends z.ZodType ? z.output<S> : undefined> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers:
        options.body === undefined
          ? { Accept: 'application/json' }
          : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ProxyRequestError(url, 0, 'network', 'The console could not reach its proxy.');
  }
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!response.ok) {
    throw proxyFailure(url, response.status, json, requestId, options.reportUnauthenticated ?? true);
  }
  if (schema === undefined) return undefined as S extends z.ZodType ? z.output<S> : undefined;
  if (json === undefined) {
    throw new ProxyRequestError(
      url,
      response.status,
      'upstream_bad_answer',
      `The proxy answered HTTP ${response.status} with something that is not JSON.`,
      [],
      requestId,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ContractError(url, issuesOf(parsed.error), requestId);
  return parsed.data as S extends z.ZodType ? z.output<S> : undefined;
}
