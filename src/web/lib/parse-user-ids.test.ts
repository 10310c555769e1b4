import { describe, expect, it } from 'vitest';
import { MAX_LOOKUP_IDS, parseUserIds } from './parse-user-ids';

describe('parseUserIds', () => {
  it('splits on commas, spaces, semicolons, full-width punctuation and new lines, keeping order', () => {
    expect(parseUserIds('alice, bob\ncarol;dave  erin，frank').ids).toEqual([
      'alice',
      'bob',
      'carol',
      'dave',
      'erin',
      'frank',
    ]);
  });

  it('removes duplicates and counts them', () => {
    const r = parseUserIds('a b a c b');
    expect(r.ids).toEqual(['a', 'b', 'c']);
    expect(r.duplicates).toBe(2);
  });

  it('reports a too-long id with its position and the rule it breaks', () => {
    const long = 'x'.repeat(33);
    const r = parseUserIds(`ok ${long}`);
    expect(r.ids).toEqual(['ok']);
    expect(r.rejected).toEqual([{ position: 2, value: long, rule: 'must be at most 32 bytes (UTF-8)' }]);
  });

  it('measures the limit in bytes, not characters', () => {
    const elevenChinese = '张'.repeat(11); // 33 bytes in UTF-8
    expect(parseUserIds(elevenChinese).rejected[0]?.rule).toBe('must be at most 32 bytes (UTF-8)');
  });

  it('reports ids beyond the lookup cap instead of dropping them silently', () => {
    const many = Array.from({ length: MAX_LOOKUP_IDS + 5 }, (_, i) => `u${i}`).join(' ');
    const r = parseUserIds(many);
    expect(r.ids).toHaveLength(MAX_LOOKUP_IDS);
    expect(r.overflow).toBe(5);
  });
});
