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
  ) {
    super(message);
  }
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
    throw new ProxyRequestError(
      endpoint.path,
      response.status,
      'upstream_bad_answer',
      `The proxy answered HTTP ${response.status} with something that is not JSON.`,
      [],
      requestId,
    );
  }
  if (!response.ok) {
    const parsed = proxyErrorSchema.safeParse(json);
    if (parsed.success) {
      const { kind, message, issues } = parsed.data.error;
      throw new ProxyRequestError(
        endpoint.path,
        response.status,
        kind,
        message,
        issues,
        parsed.data.requestId ?? requestId,
      );
    }
    throw new ProxyRequestError(
      endpoint.path,
      response.status,
      'internal',
      `The proxy answered HTTP ${response.status}.`,
      [],
      requestId,
    );
  }
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
