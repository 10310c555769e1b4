/**
 * A browser job runner for bulk IM calls, free of React so pages, tests and the import bench share it.
 * Items are split into batches of the contract's documented cap, batches are started no faster than the
 * endpoint's call frequency (with headroom), a few at a time, and every item ends with a result: done, already
 * in that state, failed with the IM code and its explanation, or not run because the job was cancelled.
 * A batch that fails as a whole marks each of its items failed with that reason; nothing is dropped.
 * This file is the job's life cycle; its spec and defaults are in `job-spec.ts`, pacing in `pacing.ts`,
 * results in `item-results.ts`, and the reading of thrown errors in `classify-error.ts`.
 */
import { chunk } from '../batches';
import { ItemResults, type ItemOutcome, type ItemResult } from './item-results';
import { resolveJobSpec, type JobSpec, type ResolvedJobSpec } from './job-spec';
import { CallSchedule, callIntervalMs, retryDelayMs } from './pacing';

// A job's spec, its items' outcomes and the error verdicts are part of its API: callers get them here.
export type { ItemOutcome, ItemResult, ItemStatus } from './item-results';
export type { JobClock, JobSpec } from './job-spec';
export { classifyError, type ErrorVerdict } from './classify-error';

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

interface Batch<I> {
  index: number;
  from: number;
  items: I[];
  attempts: number;
}

/** A bulk job: start, pause, resume, cancel, and subscribe to its snapshots. */
export class Job<I> {
  private readonly spec: ResolvedJobSpec<I>;
  private readonly queue: Batch<I>[];
  private readonly results: ItemResults<I>;
  private readonly schedule: CallSchedule;
  private readonly listeners = new Set<() => void>();
  private readonly controller = new AbortController();
  private state: JobState = 'idle';
  private inFlight = 0;
  private batchesDone = 0;
  private retries = 0;
  private timer: unknown;
  private activeSince: number | undefined;
  private activeMs = 0;
  private version = 0;
  private snapshot: JobSnapshot<I>;
  private doneWaiters: (() => void)[] = [];
  /** Batches waiting out a back-off before their retry, with their timer. */
  private readonly waiting = new Map<Batch<I>, unknown>();

  constructor(spec: JobSpec<I>) {
    this.spec = resolveJobSpec(spec);
    this.schedule = new CallSchedule(callIntervalMs(spec.rate, this.spec.headroom));
    this.results = new ItemResults(spec.items);
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
    return this.schedule.intervalMs;
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
        this.results.settle(batch.from + i, { status: 'cancelled' }, batch.attempts);
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
      const wait = this.schedule.waitMs(now);
      if (wait > 0) {
        this.timer = this.spec.clock.setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, wait);
        break;
      }
      const batch = this.queue.shift()!;
      this.schedule.take(now);
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
        this.results.settle(batch.from + i, outcome, batch.attempts);
      }
      this.batchDone(batch.items.length);
      return;
    }
    const verdict = this.spec.classify(failure);
    if (verdict.retry !== 'no' && batch.attempts <= this.spec.maxRetries && this.state !== 'cancelling') {
      this.retryLater(batch, verdict.retry);
      return;
    }
    for (let i = 0; i < batch.items.length; i++) {
      this.results.settle(
        batch.from + i,
        { status: 'failed', code: verdict.code, reason: verdict.reason },
        batch.attempts,
      );
    }
    this.batchDone(batch.items.length);
  }

  /** Puts `batch` back at the head of the queue after its back-off. */
  private retryLater(batch: Batch<I>, retry: 'rate' | 'transient'): void {
    this.retries += 1;
    const wait = retryDelayMs(retry, batch.attempts, this.spec.backoffMs, this.spec.random);
    const retryAt = this.spec.clock.now() + wait;
    if (retry === 'rate') this.schedule.holdUntil(retryAt);
    const handle = this.spec.clock.setTimeout(() => {
      this.waiting.delete(batch);
      this.schedule.holdUntil(retryAt);
      // First in line again; pacing still applies.
      this.queue.unshift(batch);
      this.pump();
    }, wait);
    this.waiting.set(batch, handle);
    this.emit();
  }

  private batchDone(finishedItems: number): void {
    this.batchesDone += 1;
    this.results.recordCompletion(this.spec.clock.now(), finishedItems);
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
    return {
      state: this.state,
      total: this.spec.items.length,
      ...this.results.tally(now, elapsedMs),
      batches: {
        total: Math.ceil(this.spec.items.length / this.spec.batchSize),
        done: this.batchesDone,
        inFlight: this.inFlight,
      },
      retries: this.retries,
      elapsedMs,
      results: this.results.list,
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
