import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from './pacer';

describe('createPacer', () => {
  beforeEach(() => vi.useFakeTimers({ now: 10_000 }));
  afterEach(() => vi.useRealTimers());

  it('lets the first call go at once and spaces the next ones by the interval', async () => {
    const pacer = createPacer(1000);
    const started: number[] = [];
    const calls = [0, 1, 2].map(() => pacer.wait().then(() => started.push(Date.now())));
    await vi.advanceTimersByTimeAsync(2500);
    await Promise.all(calls);
    expect(started).toEqual([10_000, 11_000, 12_000]);
  });

  it('does not wait after a quiet period', async () => {
    const pacer = createPacer(1000);
    await pacer.wait();
    await vi.advanceTimersByTimeAsync(5000);
    const before = Date.now();
    await pacer.wait();
    expect(Date.now()).toBe(before);
  });

  it('rejects a waiting call when its signal aborts', async () => {
    const pacer = createPacer(1000);
    await pacer.wait();
    const controller = new AbortController();
    const waiting = pacer.wait(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
  });
});
