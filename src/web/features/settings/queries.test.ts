/** The small worker pool that walks many accounts one call each. */
import { describe, expect, it } from 'vitest';
import { mapPool } from './queries';

describe('mapPool', () => {
  it('keeps results in input order, never runs more than the limit, and reports progress', async () => {
    let running = 0;
    let most = 0;
    const progress: number[] = [];
    const out = await mapPool(
      [5, 1, 4, 2, 3, 0],
      2,
      async (n) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, n));
        running--;
        return n * 10;
      },
      (done) => progress.push(done),
    );
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('answers an empty list at once', async () => {
    expect(await mapPool([], 8, async () => 1)).toEqual([]);
  });
});
