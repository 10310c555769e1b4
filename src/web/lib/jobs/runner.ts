/**
 * A browser job runner for bulk IM calls, free of React so pages, tests and the import bench share it.
 * Items are split into batches of the contract's documented cap, batches are started no faster than the
 * endpoint's call frequency (with headroom), a few at a time, and every item ends with a result: done, already
 * in that state, failed with the IM code and its explanation, or not run because the job was cancelled.
 * A batch that fails as a whole marks each of its items failed with that reason; nothing is dropped.
 */
import type { RateLimit } from '../../../api/endpoint';
import { explainImError } from '../../../api/errors';
import { ContractError, ImApiError, ProxyRequestError } from '../api-client';
import { chunk } from '../batches';

/** How one item ended. `existed`: it was already in the wanted state (imported before, say). */
export type ItemStatus = 'ok' | 'existed' | 'failed' | 'cancelled';

/** What a batch function reports for one item; `note` is a task-specific detail (e.g. "NotImported"). */
export interface ItemOutcome {
  status: Exclude<ItemStatus, 'cancelled'>;
  /** The IM error code (ErrorCode or per-item ResultCode) when it failed. */
  code?: number;
  /** Why it failed, in words (the service's text or the console's explanation). */
  reason?: string;
  note?: string;
}

/** One item's final (or pending) result. */
export interface ItemResult<I> {
  item: I;
  status: ItemStatus | 'pending';
  code?: number;
  reason?: string;
  note?: string;
  /** How many calls the item's batch took (1 + retries). */
  attempts: number;
}

/** The runner's states: idle until started; done when every item has a result. */
export type JobState = 'idle' | 'running' | 'paused' | 'cancelling' | 'cancelled' | 'done';

/** A point-in-time view of a job, for a progress bar and a report. */
export interface JobSnapshot<I> {
  state: JobState;
  total: number;
  /** Items with a final result. */
  done: number;
  ok: number;
  existed: number;
  failed: number;
  cancelled: number;
  batches: { total: number; done: number; inFlight: number };
  /** Calls retried after a frequency-limit or transient error. */
  retries: number;
  /** Items finished per second over the recent window (0 until known). */
  ratePerSecond: number;
  /** Seconds left at the current rate, or undefined when unknown. */
  etaSeconds: number | undefined;
  /** Running time in milliseconds, pauses excluded. */
  elapsedMs: number;
  /** Per-item results, in input order. Do not mutate. */
  results: readonly ItemResult<I>[];
  /** Changes whenever anything in the snapshot changes. */
  version: number;
}

/** Classification of a thrown error: should the batch be retried, and what to say if it finally fails. */
export interface ErrorVerdict {
  retry: 'rate' | 'transient' | 'no';
  code?: number;
  reason: string;
}

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

/** Explains an error `callIm` (or anything else) threw, and whether a retry may help. */
export function classifyError(error: unknown): ErrorVerdict {
  if (error instanceof ImApiError) {
    const info = explainImError(error.code);
    const reason = error.errorInfo ? `${info.meaning.en} (${error.errorInfo})` : info.meaning.en;
    return { retry: info.rateLimit ? 'rate' : info.transient ? 'transient' : 'no', code: error.code, reason };
  }
  if (error instanceof ProxyRequestError) {
    const transient =
      error.kind === 'network' || error.status === 502 || error.status === 503 || error.status === 504;
    const fields = error.issues.map((i) => `${i.path} ${i.message}`).join('; ');
    return {
      retry: error.status === 429 ? 'rate' : transient ? 'transient' : 'no',
      reason: fields ? `${error.message}: ${fields}` : error.message,
    };
  }
  if (error instanceof ContractError) return { retry: 'no', reason: error.message };
  return { retry: 'no', reason: error instanceof Error ? error.message : String(error) };
}

const defaultClock: JobClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Items finished per second are measured over this trailing window. */
const RATE_WINDOW_MS = 5000;

interface Batch<I> {
  index: number;
  from: number;
  items: I[];
  attempts: number;
}

/** A bulk job: start, pause, resume, cancel, and subscribe to its snapshots. */
export class Job<I> {
  private readonly spec: Required<Omit<JobSpec<I>, 'classify' | 'clock' | 'random'>> & {
    classify: (error: unknown) => ErrorVerdict;
    clock: JobClock;
    random: () => number;
  };
  private readonly queue: Batch<I>[];
  private readonly results: ItemResult<I>[];
  private readonly listeners = new Set<() => void>();
  private readonly controller = new AbortController();
  private readonly completions: { at: number; count: number }[] = [];
  private state: JobState = 'idle';
  private inFlight = 0;
  private batchesDone = 0;
  private retries = 0;
  private counts = { ok: 0, existed: 0, failed: 0, cancelled: 0 };
  /** Earliest time the next call may start (pacing). */
  private nextStartAt = 0;
  private timer: unknown;
  private activeSince: number | undefined;
  private activeMs = 0;
  private version = 0;
  private snapshot: JobSnapshot<I>;
  private readonly intervalMs: number;
  private doneWaiters: (() => void)[] = [];
  /** Batches waiting out a back-off before their retry, with their timer. */
  private readonly waiting = new Map<Batch<I>, unknown>();

  constructor(spec: JobSpec<I>) {
    if (!(spec.rate.perSecond > 0)) throw new Error('a job needs a positive call rate');
    const headroom = spec.headroom ?? 0.05;
    if (headroom < 0 || headroom >= 1) throw new Error('headroom must be in [0, 1)');
    this.spec = {
      headroom,
      concurrency: Math.max(
        1,
        spec.concurrency ?? Math.min(16, Math.max(4, Math.ceil(spec.rate.perSecond / 10))),
      ),
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
    this.intervalMs = Math.max(1000 / (spec.rate.perSecond * (1 - headroom)), spec.rate.minIntervalMs ?? 0);
    this.results = spec.items.map((item) => ({ item, status: 'pending', attempts: 0 }));
    let from = 0;
    this.queue = chunk(spec.items, spec.batchSize).map((items, index) => {
      const batch = { index, from, items, attempts: 0 };
      from += items.length;
      return batch;
    });
    this.snapshot = this.buildSnapshot();
  }

  /** Minimum spacing between call starts in milliseconds (rate with headroom, or the documented spacing). */
  get callIntervalMs(): number {
    return this.intervalMs;
  }

  /** Starts the job (once). */
  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'running';
    this.activeSince = this.spec.clock.now();
    if (this.queue.length === 0) {
      this.finish('done');
      return;
    }
    this.pump();
  }

  /** Stops starting new batches; batches already sent finish and are recorded. */
  pause(): void {
    if (this.state !== 'running') return;
    this.state = 'paused';
    this.stopClock();
    this.clearTimer();
    this.emit();
  }

  /** Continues a paused job. */
  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.activeSince = this.spec.clock.now();
    this.pump();
  }

  /**
   * Stops the job: batches not yet sent are marked `cancelled` (never silently dropped); batches already
   * sent may have taken effect on the service, so their answers are awaited and recorded.
   */
  cancel(): void {
    if (this.state === 'done' || this.state === 'cancelled' || this.state === 'cancelling') return;
    this.clearTimer();
    this.stopClock();
    const waiting = [...this.waiting.entries()];
    this.waiting.clear();
    for (const [, handle] of waiting) this.spec.clock.clearTimeout(handle);
    for (const batch of [...waiting.map(([b]) => b), ...this.queue.splice(0)]) {
      for (let i = 0; i < batch.items.length; i++)
        this.settle(batch.from + i, { status: 'cancelled' }, batch.attempts);
      this.batchesDone += 1;
    }
    if (this.inFlight > 0) {
      this.state = 'cancelling';
      this.emit();
    } else {
      this.finish('cancelled');
    }
  }

  /** Re-reads the clock (rate, ETA, elapsed time) while running; a no-op otherwise. */
  refresh(): void {
    if (this.state === 'running' || this.state === 'cancelling') this.emit();
  }

  /** Resolves when the job is done or cancelled. */
  finished(): Promise<JobSnapshot<I>> {
    if (this.state === 'done' || this.state === 'cancelled') return Promise.resolve(this.snapshot);
    return new Promise((resolve) => this.doneWaiters.push(() => resolve(this.snapshot)));
  }

  /** The current snapshot (a new object after every change; stable between changes). */
  getSnapshot = (): JobSnapshot<I> => this.snapshot;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private pump(): void {
    if (this.state !== 'running') return;
    this.clearTimer();
    while (this.state === 'running' && this.queue.length > 0 && this.inFlight < this.spec.concurrency) {
      const now = this.spec.clock.now();
      if (now < this.nextStartAt) {
        this.timer = this.spec.clock.setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, this.nextStartAt - now);
        break;
      }
      const batch = this.queue.shift()!;
      // Anchored to the schedule, not to when the timer fired (timers fire late, and slipping by a
      // millisecond per call would cost ~10 % of the rate); after an idle spell at most one call catches up.
      this.nextStartAt = Math.max(now - this.intervalMs, this.nextStartAt) + this.intervalMs;
      void this.send(batch);
    }
    this.emit();
  }

  private async send(batch: Batch<I>): Promise<void> {
    this.inFlight += 1;
    batch.attempts += 1;
    let outcomes: ItemOutcome[] | undefined;
    let failure: unknown;
    try {
      outcomes = await this.spec.run([...batch.items], this.controller.signal);
    } catch (error) {
      failure = error;
    }
    this.inFlight -= 1;

    if (outcomes) {
      for (let i = 0; i < batch.items.length; i++) {
        const outcome = outcomes[i] ?? {
          status: 'failed' as const,
          reason: 'The call returned no result for this item.',
        };
        this.settle(batch.from + i, outcome, batch.attempts);
      }
      this.batchDone(batch.items.length);
    } else {
      const verdict = this.spec.classify(failure);
      const mayRetry =
        verdict.retry !== 'no' && batch.attempts <= this.spec.maxRetries && this.state !== 'cancelling';
      if (mayRetry) {
        this.retries += 1;
        const base = this.spec.backoffMs * 2 ** (batch.attempts - 1);
        const wait =
          (verdict.retry === 'rate' ? Math.max(1000, base) : base) * (0.75 + 0.5 * this.spec.random());
        const retryAt = this.spec.clock.now() + wait;
        // A frequency limit holds back every batch, not only this one.
        if (verdict.retry === 'rate') this.nextStartAt = Math.max(this.nextStartAt, retryAt);
        const handle = this.spec.clock.setTimeout(() => {
          this.waiting.delete(batch);
          this.nextStartAt = Math.max(this.nextStartAt, retryAt);
          // First in line again; pacing still applies.
          this.queue.unshift(batch);
          this.pump();
        }, wait);
        this.waiting.set(batch, handle);
        this.emit();
        return;
      }
      for (let i = 0; i < batch.items.length; i++) {
        this.settle(
          batch.from + i,
          { status: 'failed', code: verdict.code, reason: verdict.reason },
          batch.attempts,
        );
      }
      this.batchDone(batch.items.length);
    }
  }

  private batchDone(finishedItems: number): void {
    this.batchesDone += 1;
    if (finishedItems > 0) this.completions.push({ at: this.spec.clock.now(), count: finishedItems });
    if (this.state === 'cancelling' && this.inFlight === 0) {
      this.finish('cancelled');
      return;
    }
    if (
      this.queue.length === 0 &&
      this.inFlight === 0 &&
      this.waiting.size === 0 &&
      (this.state === 'running' || this.state === 'paused')
    ) {
      this.finish('done');
      return;
    }
    if (this.state === 'running') this.pump();
    else this.emit();
  }

  private settle(index: number, outcome: ItemOutcome | { status: 'cancelled' }, attempts: number): void {
    const r = this.results[index]!;
    if (r.status !== 'pending') return;
    r.status = outcome.status;
    r.attempts = attempts;
    if ('code' in outcome && outcome.code !== undefined) r.code = outcome.code;
    if ('reason' in outcome && outcome.reason !== undefined) r.reason = outcome.reason;
    if ('note' in outcome && outcome.note !== undefined) r.note = outcome.note;
    this.counts[outcome.status] += 1;
  }

  private finish(state: 'done' | 'cancelled'): void {
    this.stopClock();
    this.clearTimer();
    this.state = state;
    this.emit();
    const waiters = this.doneWaiters;
    this.doneWaiters = [];
    for (const w of waiters) w();
  }

  private stopClock(): void {
    if (this.activeSince !== undefined) {
      this.activeMs += this.spec.clock.now() - this.activeSince;
      this.activeSince = undefined;
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      this.spec.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private buildSnapshot(): JobSnapshot<I> {
    const now = this.spec.clock.now();
    const elapsedMs = this.activeMs + (this.activeSince !== undefined ? now - this.activeSince : 0);
    while (this.completions.length > 0 && now - this.completions[0]!.at > RATE_WINDOW_MS)
      this.completions.shift();
    const windowMs = Math.min(RATE_WINDOW_MS, elapsedMs);
    const recent = this.completions.reduce((sum, c) => sum + c.count, 0);
    const ratePerSecond = windowMs > 0 && recent > 0 ? (recent * 1000) / windowMs : 0;
    const { ok, existed, failed, cancelled } = this.counts;
    const done = ok + existed + failed + cancelled;
    const left = this.spec.items.length - done;
    return {
      state: this.state,
      total: this.spec.items.length,
      done,
      ok,
      existed,
      failed,
      cancelled,
      batches: {
        total: Math.ceil(this.spec.items.length / this.spec.batchSize),
        done: this.batchesDone,
        inFlight: this.inFlight,
      },
      retries: this.retries,
      ratePerSecond,
      etaSeconds: left === 0 ? 0 : ratePerSecond > 0 ? left / ratePerSecond : undefined,
      elapsedMs,
      results: this.results,
      version: ++this.version,
    };
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const l of this.listeners) l();
  }
}

/** Creates a job (not started). */
export function createJob<I>(spec: JobSpec<I>): Job<I> {
  return new Job(spec);
}
