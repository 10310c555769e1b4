import { describe, expect, it } from 'vitest';
import { median, percentile } from './sample-stats';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('picks the nearest rank without sorting the caller’s samples', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(51);
    expect(percentile(xs, 99)).toBe(100);
    expect(percentile(xs, 100)).toBe(100);
    expect(xs[0]).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
