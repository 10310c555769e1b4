import { describe, expect, it } from 'vitest';
import { ruleText } from './rule-text';

describe('ruleText', () => {
  it('keeps English as written', () => {
    expect(ruleText('must be at most 32 bytes (UTF-8)', 'en')).toBe('must be at most 32 bytes (UTF-8)');
  });
  it('translates known rules with their numbers', () => {
    expect(ruleText('must be at most 32 bytes (UTF-8)', 'zh')).toBe('最多 32 字节（UTF-8）');
    expect(ruleText('must list at most 100 items per call', 'zh')).toBe('每次最多 100 项');
  });
  it('shows an unknown rule as written rather than hiding it', () => {
    expect(ruleText('must rhyme', 'zh')).toBe('must rhyme');
  });
});
