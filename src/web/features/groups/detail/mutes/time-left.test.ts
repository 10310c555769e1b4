/** The coarse "time left" text of the muted list. */
import { describe, expect, it } from 'vitest';
import { timeLeft } from './time-left';

describe('timeLeft', () => {
  it('names the largest unit and the next one when it is not zero', () => {
    expect(timeLeft(2 * 3600 + 5 * 60 + 7, 'en')).toBe('2 h 5 min');
    expect(timeLeft(2 * 3600 + 7, 'en')).toBe('2 h');
    expect(timeLeft(3 * 86_400 + 4 * 3600, 'zh')).toBe('3 天 4 小时');
    expect(timeLeft(599, 'en')).toBe('9 min 59 s');
    expect(timeLeft(40, 'en')).toBe('40 s');
  });

  it('never goes below zero', () => {
    expect(timeLeft(-5, 'en')).toBe('0 s');
    expect(timeLeft(0.4, 'zh')).toBe('0 秒');
  });
});
