/**
 * What `GET /api/proxy/stats` answers: the proxy's own counters since it started (calls per endpoint,
 * errors per code, calls left under the documented call-frequency limits). Shared by the proxy
 * (`src/proxy/counters.ts`) and the console's app settings page. In memory only: a restart zeroes it.
 */
import { z } from 'zod';

/** One endpoint's calls and what is left of its documented limits right now. */
export const endpointCountersSchema = z.object({
  /** `service/command`, or `(unknown)` for names outside the registry. */
  path: z.string(),
  calls: z.number().int(),
  /** Calls the IM service answered with ErrorCode 0. */
  ok: z.number().int(),
  /** Calls the IM service answered with a non-zero ErrorCode. */
  imErrors: z.number().int(),
  /** Calls the proxy refused or could not complete (validation, timeout, unreachable…). */
  proxyErrors: z.number().int(),
  /** When the last call finished, ISO 8601. */
  lastCallAt: z.string(),
  /** The documented limits (api/endpoint.ts `RateLimit`); absent for `(unknown)`. */
  limit: z
    .object({
      perSecond: z.number(),
      perDay: z.number().optional(),
      minIntervalMs: z.number().optional(),
    })
    .optional(),
  /** Calls in the last second, and what is left of `perSecond`. */
  lastSecond: z.number().int(),
  leftThisSecond: z.number().int().optional(),
  /** Calls today (Beijing time, the IM service's day) and what is left of `perDay`, where documented. */
  today: z.number().int(),
  leftToday: z.number().int().optional(),
  /** When the next call is allowed under `minIntervalMs`, ISO 8601, where documented and still ahead. */
  nextAllowedAt: z.string().optional(),
});
export type EndpointCounters = z.infer<typeof endpointCountersSchema>;

/** One error code's count: an IM `ErrorCode` (`im`) or a proxy refusal kind with its HTTP status (`proxy`). */
export const errorCountersSchema = z.object({
  source: z.enum(['im', 'proxy']),
  /** The IM ErrorCode, or the HTTP status of a proxy refusal. */
  code: z.number().int(),
  /** The proxy's error kind (`invalid_request`, `upstream_timeout`…), for `proxy` only. */
  kind: z.string().optional(),
  count: z.number().int(),
  /** Endpoints that got it, most first (at most 5). */
  endpoints: z.array(z.object({ path: z.string(), count: z.number().int() })),
  lastAt: z.string(),
});
export type ErrorCounters = z.infer<typeof errorCountersSchema>;

/** The whole answer. */
export const proxyStatsSchema = z.object({
  startedAt: z.string(),
  now: z.string(),
  totals: z.object({
    calls: z.number().int(),
    ok: z.number().int(),
    imErrors: z.number().int(),
    proxyErrors: z.number().int(),
  }),
  endpoints: z.array(endpointCountersSchema),
  errors: z.array(errorCountersSchema),
});
export type ProxyStats = z.infer<typeof proxyStatsSchema>;
