/**
 * A job's per-item bookkeeping: every item's result in input order (pending until it ends), the counts by
 * status, and how fast items finish over a trailing window, for a progress bar, its ETA and the report.
 */

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

/** The counts and pace of a job's items at one moment. */
export interface ItemTally {
  /** Items with a final result. */
  done: number;
  ok: number;
  existed: number;
  failed: number;
  cancelled: number;
  /** Items finished per second over the recent window (0 until known). */
  ratePerSecond: number;
  /** Seconds left at the current rate, or undefined when unknown. */
  etaSeconds: number | undefined;
}

/** Items finished per second are measured over this trailing window. */
const RATE_WINDOW_MS = 5000;

/** The results of one job's items, settled once each. */
export class ItemResults<I> {
  /** Per-item results, in input order; updated in place as items settle. */
  readonly list: ItemResult<I>[];
  private readonly counts = { ok: 0, existed: 0, failed: 0, cancelled: 0 };
  private readonly completions: { at: number; count: number }[] = [];

  constructor(items: readonly I[]) {
    this.list = items.map((item) => ({ item, status: 'pending', attempts: 0 }));
  }

  /** Records how item `index` ended; an item that already has a result keeps it. */
  settle(index: number, outcome: ItemOutcome | { status: 'cancelled' }, attempts: number): void {
    const r = this.list[index]!;
    if (r.status !== 'pending') return;
    r.status = outcome.status;
    r.attempts = attempts;
    if ('code' in outcome && outcome.code !== undefined) r.code = outcome.code;
    if ('reason' in outcome && outcome.reason !== undefined) r.reason = outcome.reason;
    if ('note' in outcome && outcome.note !== undefined) r.note = outcome.note;
    this.counts[outcome.status] += 1;
  }

  /** Notes that `count` items finished at `at` (by a batch's answer), for the rate. */
  recordCompletion(at: number, count: number): void {
    if (count > 0) this.completions.push({ at, count });
  }

  /** The counts at `now`, with the rate over the window (capped by `elapsedMs`, the running time) and ETA. */
  tally(now: number, elapsedMs: number): ItemTally {
    while (this.completions.length > 0 && now - this.completions[0]!.at > RATE_WINDOW_MS)
      this.completions.shift();
    const windowMs = Math.min(RATE_WINDOW_MS, elapsedMs);
    const recent = this.completions.reduce((sum, c) => sum + c.count, 0);
    const ratePerSecond = windowMs > 0 && recent > 0 ? (recent * 1000) / windowMs : 0;
    const { ok, existed, failed, cancelled } = this.counts;
    const done = ok + existed + failed + cancelled;
    const left = this.list.length - done;
    return {
      done,
      ok,
      existed,
      failed,
      cancelled,
      ratePerSecond,
      etaSeconds: left === 0 ? 0 : ratePerSecond > 0 ? left / ratePerSecond : undefined,
    };
  }
}
