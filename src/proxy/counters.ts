/**
 * The proxy's own counters since it started, for the console's app settings page (`GET /api/proxy/stats`,
 * shape in `api/proxy-stats.ts`): calls per endpoint, errors per code, and what is left of each endpoint's
 * documented call-frequency limits (api/endpoint.ts `RateLimit`), so an operator sees why a bulk job slowed.
 *
 * In memory and bounded: one entry per registry endpoint plus `(unknown)`, at most `MAX_ERROR_KEYS` error
 * codes, and a ring of at most `perSecond` timestamps per endpoint. Recording a call is O(1) apart from a
 * scan of the answer's bytes up to its top-level `ErrorCode` (no JSON parse, no allocation).
 */
import type { AnyEndpoint, RateLimit } from '../api/endpoint';
import type { EndpointCounters, ErrorCounters, ProxyStats } from '../api/proxy-stats';
import type { ImCall, ImOutcome } from './forward';

/** The bucket for names outside the registry (they are refused, but still counted). */
export const UNKNOWN_ENDPOINT = '(unknown)';
/** Most distinct error keys kept; later new ones are counted together as IM code -1. */
export const MAX_ERROR_KEYS = 200;
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
/** Ring size for endpoints without a per-second limit (the unknown bucket). */
const DEFAULT_RING = 200;

interface EndpointState {
  path: string;
  limit: RateLimit | undefined;
  calls: number;
  ok: number;
  imErrors: number;
  proxyErrors: number;
  lastMs: number;
  /** The last `ring.length` call times; `calls` tells how many slots are filled. */
  ring: Float64Array;
  ringPos: number;
  day: number;
  today: number;
}

interface ErrorState {
  source: 'im' | 'proxy';
  code: number;
  kind: string | undefined;
  count: number;
  lastMs: number;
  endpoints: Map<string, number>;
}

/** What the counters need; the clock is injected so tests control time. */
export interface CounterDeps {
  findEndpoint: (service: string, command: string) => AnyEndpoint | undefined;
  nowMs?: () => number;
}

/** The proxy's counters. */
export interface ProxyCounters {
  /** Counts one finished IM call. */
  record(service: string, command: string, outcome: ImOutcome): void;
  /** Everything counted so far, with the limits' remainders as of now. */
  snapshot(): ProxyStats;
}

const KEY = 0x22; // "
const BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const COLON = 0x3a;
const ERROR_CODE = new TextEncoder().encode('"ErrorCode"');

function matchesAt(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/**
 * The top-level `ErrorCode` of a JSON answer, read from its bytes without parsing: nested `ErrorCode`s
 * (per-item results of batch calls) and look-alikes inside strings are skipped. Undefined when absent.
 */
export function topLevelErrorCode(bytes: Uint8Array): number | undefined {
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === KEY) {
      if (depth === 1 && matchesAt(bytes, i, ERROR_CODE)) {
        let j = i + ERROR_CODE.length;
        while (j < bytes.length && bytes[j] !== COLON) j++;
        j++;
        while (
          j < bytes.length &&
          (bytes[j] === 0x20 || bytes[j] === 0x0a || bytes[j] === 0x0d || bytes[j] === 0x09)
        )
          j++;
        let sign = 1;
        if (bytes[j] === 0x2d) {
          sign = -1;
          j++;
        }
        let value = 0;
        let digits = 0;
        while (j < bytes.length && bytes[j]! >= 0x30 && bytes[j]! <= 0x39 && digits < 12) {
          value = value * 10 + (bytes[j]! - 0x30);
          j++;
          digits++;
        }
        return digits > 0 ? sign * value : undefined;
      }
      // skip the string, honouring escapes
      i++;
      while (i < bytes.length && bytes[i] !== KEY) {
        if (bytes[i] === BACKSLASH) i++;
        i++;
      }
    } else if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
    else if (b === CLOSE_OBJ || b === CLOSE_ARR) depth--;
  }
  return undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();
const beijingDay = (ms: number) => Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);

/** Creates the counters; `findEndpoint` normalises aliases to the endpoint's path and gives its limits. */
export function createCounters(deps: CounterDeps): ProxyCounters {
  const nowMs = deps.nowMs ?? Date.now;
  const startedMs = nowMs();
  const endpoints = new Map<string, EndpointState>();
  const errors = new Map<string, ErrorState>();

  function endpointState(service: string, command: string): EndpointState {
    const endpoint = deps.findEndpoint(service, command);
    const path = endpoint ? endpoint.path : UNKNOWN_ENDPOINT;
    let state = endpoints.get(path);
    if (!state) {
      const limit = endpoint?.rate;
      state = {
        path,
        limit,
        calls: 0,
        ok: 0,
        imErrors: 0,
        proxyErrors: 0,
        lastMs: 0,
        ring: new Float64Array(Math.max(1, Math.min(limit?.perSecond ?? DEFAULT_RING, 1000))),
        ringPos: 0,
        day: 0,
        today: 0,
      };
      endpoints.set(path, state);
    }
    return state;
  }

  function countError(
    source: 'im' | 'proxy',
    code: number,
    kind: string | undefined,
    path: string,
    now: number,
  ) {
    let key = source === 'im' ? `im:${code}` : `proxy:${code}:${kind}`;
    let entry = errors.get(key);
    if (!entry && errors.size >= MAX_ERROR_KEYS) {
      key = 'im:-1';
      entry = errors.get(key);
      source = 'im';
      code = -1;
      kind = undefined;
    }
    if (!entry) {
      entry = { source, code, kind, count: 0, lastMs: now, endpoints: new Map() };
      errors.set(key, entry);
    }
    entry.count++;
    entry.lastMs = now;
    entry.endpoints.set(path, (entry.endpoints.get(path) ?? 0) + 1);
  }

  return {
    record(service, command, outcome) {
      const now = nowMs();
      const state = endpointState(service, command);
      state.calls++;
      state.lastMs = now;
      state.ring[state.ringPos] = now;
      state.ringPos = (state.ringPos + 1) % state.ring.length;
      const day = beijingDay(now);
      if (day !== state.day) {
        state.day = day;
        state.today = 0;
      }
      state.today++;
      if (!outcome.ok) {
        state.proxyErrors++;
        countError('proxy', outcome.status, outcome.kind, state.path, now);
        return;
      }
      const code = topLevelErrorCode(outcome.bytes) ?? 0;
      if (code === 0) state.ok++;
      else {
        state.imErrors++;
        countError('im', code, undefined, state.path, now);
      }
    },

    snapshot() {
      const now = nowMs();
      const today = beijingDay(now);
      const totals = { calls: 0, ok: 0, imErrors: 0, proxyErrors: 0 };
      const list: EndpointCounters[] = [];
      for (const s of endpoints.values()) {
        totals.calls += s.calls;
        totals.ok += s.ok;
        totals.imErrors += s.imErrors;
        totals.proxyErrors += s.proxyErrors;
        const filled = Math.min(s.calls, s.ring.length);
        let lastSecond = 0;
        for (let i = 0; i < filled; i++) if (now - s.ring[i]! < 1000) lastSecond++;
        const callsToday = s.day === today ? s.today : 0;
        const row: EndpointCounters = {
          path: s.path,
          calls: s.calls,
          ok: s.ok,
          imErrors: s.imErrors,
          proxyErrors: s.proxyErrors,
          lastCallAt: iso(s.lastMs),
          lastSecond,
          today: callsToday,
        };
        if (s.limit) {
          row.limit = { ...s.limit };
          row.leftThisSecond = Math.max(0, s.limit.perSecond - lastSecond);
          if (s.limit.perDay !== undefined) row.leftToday = Math.max(0, s.limit.perDay - callsToday);
          if (s.limit.minIntervalMs !== undefined && s.lastMs + s.limit.minIntervalMs > now) {
            row.nextAllowedAt = iso(s.lastMs + s.limit.minIntervalMs);
          }
        }
        list.push(row);
      }
      list.sort((a, b) => b.calls - a.calls || a.path.localeCompare(b.path));
      const errorList: ErrorCounters[] = [...errors.values()]
        .map((e) => ({
          source: e.source,
          code: e.code,
          ...(e.kind !== undefined ? { kind: e.kind } : {}),
          count: e.count,
          endpoints: [...e.endpoints.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5)
            .map(([path, count]) => ({ path, count })),
          lastAt: iso(e.lastMs),
        }))
        .sort((a, b) => b.count - a.count || a.code - b.code);
      return { startedAt: iso(startedMs), now: iso(now), totals, endpoints: list, errors: errorList };
    },
  };
}

/** Wraps a forwarder so every finished call, from either route, is counted once. */
export function countingForwarder(
  forward: (call: ImCall) => Promise<ImOutcome>,
  counters: ProxyCounters,
): (call: ImCall) => Promise<ImOutcome> {
  return async (call) => {
    const outcome = await forward(call);
    counters.record(call.service, call.command, outcome);
    return outcome;
  };
}
