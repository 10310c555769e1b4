/**
 * The shape of one endpoint's contract. Every file under `endpoints/<service>/<command>.ts` calls
 * `defineEndpoint` once; the registry (`endpoints/index.ts`) lists them all. The web client, the
 * proxy and the emulator all read these definitions (house-style.md "The contract is the spine").
 */
import type { z } from 'zod';

/** How risky a call is: `read` changes nothing, `write` changes state, `dangerous` is destructive or bulk. */
export type Access = 'read' | 'write' | 'dangerous';

/** A documented per-call cap on an array field of the request (e.g. 100 UserIDs per `account_check`). */
export interface BatchLimit {
  /** Dotted path of the array field in the request body, e.g. `CheckItem` or `MemberList`. */
  field: string;
  /** Most items one call may carry. */
  max: number;
}

/** A documented call-frequency limit. Default for the IM API is 200 calls per second per endpoint. */
export interface RateLimit {
  /** Calls per second per SDKAppID for this endpoint. */
  perSecond: number;
  /** Calls per day, where documented (e.g. `im_push`: 100). */
  perDay?: number;
  /** Minimum spacing between two calls in milliseconds, where documented (e.g. `im_push`: 1000). */
  minIntervalMs?: number;
}

/** One IM REST endpoint: `POST /v4/<service>/<command>`. */
export interface EndpointDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  /** Service segment of the URL, e.g. `im_open_login_svc`. */
  service: string;
  /** Command segment of the URL, e.g. `account_import`. */
  command: string;
  /** One-line English summary. */
  summary: string;
  /** The reference file in ../shared/im-api that documents it. */
  doc: string;
  /** Risk level, used by the proxy's role checks and the console's confirmations. */
  access: Access;
  /** zod schema of the request body, enforcing the documented rules. */
  request: Req;
  /** zod schema of a successful response (envelope + documented fields, unknown fields allowed). */
  response: Res;
  /** Documented caps on array fields of the request. */
  batch?: readonly BatchLimit[];
  /** Documented call frequency. */
  rate: RateLimit;
  /** Other command names the service answers for the same operation (e.g. `querystate` for `query_online_status`). */
  aliases?: readonly string[];
  /** True for endpoints that newer docs add and the seed does not have. */
  newer?: boolean;
}

/** The default call frequency of IM REST endpoints (01-conventions.md §7). */
export const DEFAULT_RATE: RateLimit = { perSecond: 200 };

/** Declares an endpoint contract; returns it with its `path` (`service/command`) added. */
export function defineEndpoint<
  const S extends string,
  const C extends string,
  Req extends z.ZodType,
  Res extends z.ZodType,
>(
  def: EndpointDef<Req, Res> & { service: S; command: C },
): EndpointDef<Req, Res> & { service: S; command: C; path: `${S}/${C}` } {
  return { ...def, path: `${def.service}/${def.command}` as `${S}/${C}` };
}

/** Any endpoint contract, as the registry holds them. */
export type AnyEndpoint = EndpointDef & { path: string };

/** The documented per-call cap of an array field, read from the contract so callers never hard-code it. */
export function batchMax(endpoint: Pick<EndpointDef, 'batch'> & { path?: string }, field: string): number {
  const limit = endpoint.batch?.find((b) => b.field === field);
  if (!limit) throw new Error(`${endpoint.path ?? 'endpoint'} documents no batch cap for ${field}`);
  return limit.max;
}
