import { describe, expect, it } from 'vitest';
import { newTagsProblems, parseTags } from './push-tags';

describe('parseTags', () => {
  it('splits on commas and new lines, trims, and drops blanks and repeats', () => {
    expect(parseTags(' vip, beta\n\nvip ，新用户 ')).toEqual(['vip', 'beta', '新用户']);
  });
});

describe('newTagsProblems', () => {
  it('accepts up to 10 new valid tags', () => {
    expect(newTagsProblems(['a', 'b'], ['c'])).toEqual([]);
  });

  it('names tags over 50 bytes and tags the user already has', () => {
    const long = '标'.repeat(17); // 51 bytes
    expect(newTagsProblems([long, 'c'], ['c'])).toEqual([
      { kind: 'rule', tag: long, rule: 'must be at most 50 bytes (UTF-8)' },
      { kind: 'duplicate', tag: 'c' },
    ]);
  });

  it('enforces 10 per add and 100 per user', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
    expect(newTagsProblems(eleven, [])).toEqual([{ kind: 'perAdd' }]);
    const existing = Array.from({ length: 98 }, (_, i) => `e${i}`);
    expect(newTagsProblems(['x', 'y', 'z'], existing)).toEqual([{ kind: 'total', room: 2 }]);
  });
});
