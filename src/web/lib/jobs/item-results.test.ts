/** Per-item results: settled once each, counted by status, with the rate over a trailing window. */
import { describe, expect, it } from 'vitest';
import { ItemResults } from './item-results';

describe('ItemResults', () => {
  it('settles each item once, keeping its code, reason and note', () => {
    const r = new ItemResults(['a', 'b', 'c']);
    r.settle(0, { status: 'ok', note: 'n' }, 1);
    r.settle(1, { status: 'failed', code: 10004, reason: 'bad' }, 2);
    r.settle(1, { status: 'ok' }, 3);
    expect(r.list).toEqual([
      { item: 'a', status: 'ok', note: 'n', attempts: 1 },
      { item: 'b', status: 'failed', code: 10004, reason: 'bad', attempts: 2 },
      { item: 'c', status: 'pending', attempts: 0 },
    ]);
    expect(r.tally(0, 0)).toMatchObject({ done: 2, ok: 1, failed: 1, existed: 0, cancelled: 0 });
  });

  it('measures the rate over the last five seconds of running time and gives the time left', () => {
    const r = new ItemResults(Array.from({ length: 100 }, (_, i) => i));
    for (let i = 0; i < 20; i++) r.settle(i, { status: 'ok' }, 1);
    r.recordCompletion(1000, 10);
    r.recordCompletion(2000, 10);
    expect(r.tally(2000, 2000)).toMatchObject({ ratePerSecond: 10, etaSeconds: 8 });
    // Seven seconds in, the first completion has left the window: 10 items over 5 s.
    expect(r.tally(7000, 7000)).toMatchObject({ ratePerSecond: 2, etaSeconds: 40 });
  });

  it('knows no rate before anything finished, and no time left once all did', () => {
    const r = new ItemResults(['a']);
    expect(r.tally(1000, 1000)).toMatchObject({ ratePerSecond: 0, etaSeconds: undefined });
    r.settle(0, { status: 'cancelled' }, 0);
    expect(r.tally(1000, 1000)).toMatchObject({ done: 1, cancelled: 1, etaSeconds: 0 });
  });
});
