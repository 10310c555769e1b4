/** The job runner with fake timers and a fake caller: pacing, concurrency, retries, pause, cancel, mapping. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImApiError, ProxyRequestError } from '../api-client';
import { classifyError, createJob, type ItemOutcome } from './runner';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
const allOk = (batch: string[]): ItemOutcome[] => batch.map(() => ({ status: 'ok' }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Resolves a promise after `ms` of fake time. */
const after = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('batching and pacing', () => {
  it('splits items into batches of the cap and starts them no faster than the rate with headroom', async () => {
    const starts: number[] = [];
    const sizes: number[] = [];
    const job = createJob({
      items: ids(1050),
      batchSize: 100,
      rate: { perSecond: 10 },
      headroom: 0.2, // 8 calls/s: one every 125 ms
      concurrency: 20,
      run: async (batch) => {
        starts.push(Date.now());
        sizes.push(batch.length);
        return allOk(batch);
      },
    });
    expect(job.callIntervalMs).toBe(125);
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(sizes).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 50]);
    expect(starts).toEqual([0, 125, 250, 375, 500, 625, 750, 875, 1000, 1125, 1250]);
    expect(snap.state).toBe('done');
    expect(snap.ok).toBe(1050);
    expect(snap.done).toBe(snap.total);
  });

  it('keeps to the schedule when timers fire late, instead of slipping a little on every call', async () => {
    const starts: number[] = [];
    const job = createJob({
      items: ids(5),
      batchSize: 1,
      rate: { perSecond: 10 },
      headroom: 0,
      concurrency: 5,
      // Every timer fires 3 ms late, as browsers' do.
      clock: {
        now: () => Date.now(),
        setTimeout: (fn, ms) => setTimeout(fn, ms + 3),
        clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      run: async (batch) => {
        starts.push(Date.now());
        return allOk(batch);
      },
    });
    job.start();
    await vi.runAllTimersAsync();
    expect(starts).toEqual([0, 103, 203, 303, 403]);
  });

  it('keeps at most `concurrency` batches in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const job = createJob({
      items: ids(40),
      batchSize: 1,
      rate: { perSecond: 1000 },
      headroom: 0,
      concurrency: 3,
      run: async (batch) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await after(50, null);
        inFlight -= 1;
        return allOk(batch);
      },
    });
    job.start();
    await vi.runAllTimersAsync();
    expect(most).toBe(3);
    expect((await job.finished()).ok).toBe(40);
  });

  it('honours a documented minimum spacing larger than the per-second rate implies', () => {
    const job = createJob({
      items: [1],
      batchSize: 1,
      rate: { perSecond: 200, minIntervalMs: 1000 },
      run: async () => [],
    });
    expect(job.callIntervalMs).toBe(1000);
  });

  it('reports rate and ETA while running', async () => {
    const job = createJob({
      items: ids(1000),
      batchSize: 10,
      rate: { perSecond: 10 },
      headroom: 0,
      run: async (batch) => allOk(batch),
    });
    job.start();
    await vi.advanceTimersByTimeAsync(2000);
    job.refresh();
    const snap = job.getSnapshot();
    // 10 calls/s × 10 items = ~100 items/s; 790 left → ~7.9 s.
    expect(snap.ratePerSecond).toBeGreaterThan(90);
    expect(snap.ratePerSecond).toBeLessThan(111);
    expect(snap.etaSeconds).toBeGreaterThan(6);
    expect(snap.etaSeconds).toBeLessThan(9);
    job.cancel();
  });
});

describe('per-item results', () => {
  it('maps each outcome to its item in input order, with codes and notes', async () => {
    const job = createJob({
      items: ['a', 'b', 'c', 'd'],
      batchSize: 3,
      rate: { perSecond: 100 },
      run: async (batch) =>
        batch.map((id): ItemOutcome =>
          id === 'b'
            ? { status: 'failed', code: 70107, reason: 'no such account' }
            : id === 'c'
              ? { status: 'existed', note: 'was there' }
              : { status: 'ok' },
        ),
    });
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(snap.results.map((r) => [r.item, r.status, r.code, r.note])).toEqual([
      ['a', 'ok', undefined, undefined],
      ['b', 'failed', 70107, undefined],
      ['c', 'existed', undefined, 'was there'],
      ['d', 'ok', undefined, undefined],
    ]);
    expect([snap.ok, snap.existed, snap.failed]).toEqual([2, 1, 1]);
  });

  it('marks an item failed when the batch returns fewer outcomes than items', async () => {
    const job = createJob({
      items: ['a', 'b'],
      batchSize: 2,
      rate: { perSecond: 100 },
      run: async () => [{ status: 'ok' }],
    });
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(snap.results[1]).toMatchObject({ item: 'b', status: 'failed' });
    expect(snap.results[1]!.reason).toMatch(/no result/);
  });

  it('fails every item of a batch that fails as a whole, with the IM code and reason, and goes on', async () => {
    const job = createJob({
      items: ids(5),
      batchSize: 2,
      rate: { perSecond: 100 },
      run: async (batch) => {
        if (batch.includes('u2'))
          throw new ImApiError('im_open_login_svc/account_delete', 71000, 'not allowed', 'r1');
        return allOk(batch);
      },
    });
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(snap.results.map((r) => r.status)).toEqual(['ok', 'ok', 'failed', 'failed', 'ok']);
    expect(snap.results[2]).toMatchObject({ code: 71000, attempts: 1 });
    expect(snap.results[3]!.reason).toContain('not allowed');
    expect(snap.failed).toBe(2);
  });
});

describe('retries', () => {
  it('backs off after a frequency-limit code and retries the same batch, holding back the others', async () => {
    const calls: [number, string][] = [];
    let limited = 1;
    const job = createJob({
      items: ids(3),
      batchSize: 1,
      rate: { perSecond: 100 },
      headroom: 0,
      concurrency: 1,
      random: () => 0.5,
      run: async (batch) => {
        calls.push([Date.now(), batch[0]!]);
        if (batch[0] === 'u1' && limited-- > 0)
          throw new ImApiError('x/y', 60007, 'REST API call frequency exceeds the limit', undefined);
        return allOk(batch);
      },
    });
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(calls).toEqual([
      [0, 'u0'],
      [10, 'u1'],
      [1010, 'u1'],
      [1020, 'u2'],
    ]);
    expect(snap.retries).toBe(1);
    expect(snap.results[1]).toMatchObject({ status: 'ok', attempts: 2 });
  });

  it('retries transient errors with doubling back-off, then fails the batch with the last code', async () => {
    const calls: number[] = [];
    const job = createJob({
      items: ['a'],
      batchSize: 1,
      rate: { perSecond: 100 },
      maxRetries: 2,
      backoffMs: 100,
      random: () => 0.5,
      run: async () => {
        calls.push(Date.now());
        throw new ImApiError('x/y', 70500, 'internal', undefined);
      },
    });
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(calls).toEqual([0, 100, 300]);
    expect(snap.results[0]).toMatchObject({ status: 'failed', code: 70500, attempts: 3 });
  });

  it('does not retry an error that a retry cannot fix', async () => {
    const run = vi.fn(async () => {
      throw new ProxyRequestError('x/y', 400, 'invalid_request', 'Invalid request', [
        { path: 'DeleteItem', message: 'must list at most 100 items per call' },
      ]);
    });
    const job = createJob({ items: ['a'], batchSize: 1, rate: { perSecond: 100 }, run });
    job.start();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(run).toHaveBeenCalledTimes(1);
    expect(snap.results[0]!.reason).toBe('Invalid request: DeleteItem must list at most 100 items per call');
  });

  it('classifies IM codes by the contract error table', () => {
    expect(classifyError(new ImApiError('x', 60007, '', undefined)).retry).toBe('rate');
    expect(classifyError(new ImApiError('x', 70500, '', undefined)).retry).toBe('transient');
    expect(classifyError(new ImApiError('x', 70402, '', undefined)).retry).toBe('no');
    expect(classifyError(new ProxyRequestError('x', 0, 'network', 'down')).retry).toBe('transient');
  });
});

describe('pause, resume, cancel', () => {
  it('pause stops new batches, lets in-flight ones finish, and resume continues', async () => {
    const started: string[] = [];
    const job = createJob({
      items: ids(6),
      batchSize: 1,
      rate: { perSecond: 10 },
      headroom: 0,
      concurrency: 1,
      run: async (batch) => {
        started.push(batch[0]!);
        await after(20, null);
        return allOk(batch);
      },
    });
    job.start();
    await vi.advanceTimersByTimeAsync(150); // u0 at 0, u1 at 100
    job.pause();
    expect(job.getSnapshot().state).toBe('paused');
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toEqual(['u0', 'u1']);
    const paused = job.getSnapshot();
    expect(paused.done).toBe(2);
    expect(paused.elapsedMs).toBe(150);
    job.resume();
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(started).toEqual(ids(6));
    expect(snap.ok).toBe(6);
  });

  it('cancel marks unsent items as not run, waits for in-flight batches, and drops nothing', async () => {
    const job = createJob({
      items: ids(10),
      batchSize: 2,
      rate: { perSecond: 10 },
      headroom: 0,
      concurrency: 2,
      run: async (batch) => {
        await after(150, null);
        return allOk(batch);
      },
    });
    job.start();
    await vi.advanceTimersByTimeAsync(120); // batches 0 and 1 sent (t=0, t=100), none answered
    job.cancel();
    expect(job.getSnapshot().state).toBe('cancelling');
    await vi.runAllTimersAsync();
    const snap = await job.finished();
    expect(snap.state).toBe('cancelled');
    expect(snap.results.map((r) => r.status)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(snap.done).toBe(10);
    expect(snap.ok + snap.cancelled).toBe(snap.total);
  });

  it('cancel during a back-off marks the waiting batch not run at once', async () => {
    const job = createJob({
      items: ['a'],
      batchSize: 1,
      rate: { perSecond: 100 },
      run: async () => {
        throw new ImApiError('x/y', 60007, '', undefined);
      },
    });
    job.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(job.getSnapshot().retries).toBe(1);
    job.cancel();
    const snap = await job.finished();
    expect(snap.state).toBe('cancelled');
    expect(snap.results[0]).toMatchObject({ status: 'cancelled', attempts: 1 });
  });

  it('an empty job is done at once; subscribers hear every change', async () => {
    const empty = createJob<string>({
      items: [],
      batchSize: 10,
      rate: { perSecond: 1 },
      run: async () => [],
    });
    empty.start();
    expect(empty.getSnapshot().state).toBe('done');

    const job = createJob({
      items: ids(3),
      batchSize: 1,
      rate: { perSecond: 100 },
      run: async (b) => allOk(b),
    });
    const seen: string[] = [];
    job.subscribe(() => seen.push(`${job.getSnapshot().state}:${job.getSnapshot().done}`));
    job.start();
    await vi.runAllTimersAsync();
    expect(seen.at(-1)).toBe('done:3');
    expect(seen).toContain('running:1');
  });
});
