/**
 * What a job is asked to do: its items, the endpoint's caps and call frequency, how to run one batch,
 * and the optional knobs (headroom, concurrency, retries, clock), checked and given their defaults.
 */
import type { RateLimit } from '../../../api/endpoint';
import { classifyError, type ErrorVerdict } from './classify-error';
import type { ItemOutcome } from './item-results';
import { defaultConcurrency } from './pacing';

/** Timers and the clock, injectable for tests (defaults: the global ones). */
export interface JobClock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Everything the runner needs to know about one job. */
export interface JobSpec<I> {
  items: readonly I[];
  /** Most items per call: the contract's documented cap (`batchMax`). 1 for one-item endpoints. */
  batchSize: number;
  /** The endpoint's documented call frequency (`endpoint.rate`); the slowest one if a batch makes several calls. */
  rate: RateLimit;
  /** Fraction of the allowed rate left unused as a margin (default 0.05: 95 of 100 calls/s). */
  headroom?: number;
  /**
   * Most batches in flight at once. Default: a tenth of the per-second rate (4 to 16), enough to keep the
   * pace with round trips of up to ~100 ms. A browser opens about 6 HTTP/1.1 connections per origin, so
   * more than that queue in the browser without harm.
   */
  concurrency?: number;
  /** Retries of one batch after a frequency-limit or transient error (default 5). */
  maxRetries?: number;
  /** First back-off in milliseconds, doubled on each retry (default 500; frequency limits wait at least 1 s). */
  backoffMs?: number;
  /** Runs one batch; returns one outcome per item, in order. Throwing fails (or retries) the whole batch. */
  run: (batch: I[], signal: AbortSignal) => Promise<ItemOutcome[]>;
  /** Overrides how thrown errors are classified (default: `classifyError`). */
  classify?: (error: unknown) => ErrorVerdict;
  clock?: JobClock;
  /** 0..1 random source for back-off jitter (default Math.random). */
  random?: () => number;
}

/** A spec with every default filled in. */
export type ResolvedJobSpec<I> = Required<JobSpec<I>>;

const defaultClock: JobClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Checks a spec (a positive rate, headroom in [0, 1)) and fills in its defaults. */
export function resolveJobSpec<I>(spec: JobSpec<I>): ResolvedJobSpec<I> {
  if (!(spec.rate.perSecond > 0)) throw new Error('a job needs a positive call rate');
  const headroom = spec.headroom ?? 0.05;
  if (headroom < 0 || headroom >= 1) throw new Error('headroom must be in [0, 1)');
  return {
    headroom,
    concurrency: Math.max(1, spec.concurrency ?? defaultConcurrency(spec.rate)),
    maxRetries: spec.maxRetries ?? 5,
    backoffMs: spec.backoffMs ?? 500,
    classify: spec.classify ?? classifyError,
    clock: spec.clock ?? defaultClock,
    random: spec.random ?? Math.random,
    items: spec.items,
    batchSize: spec.batchSize,
    rate: spec.rate,
    run: spec.run,
  };
}
