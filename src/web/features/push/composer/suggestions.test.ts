import { describe, expect, it } from 'vitest';
import { collectSuggestions } from './suggestions';

describe('audience suggestions', () => {
  it('collects tags and attribute values from logged pushes and looked-up users, unique, users first', () => {
    const s = collectSuggestions(
      [
        { Condition: { TagsAnd: ['vip', 'beijing'], TagsOr: ['stock A'] } },
        { Condition: { AttrsAnd: { city: 'Shenzhen' }, AttrsOr: { level: 'gold', city: 'Beijing' } } },
        { MsgBody: [] },
        'not an object',
        { Condition: { TagsOr: ['', 7, 'vip'] } },
      ],
      [{ userId: 'alice', tags: ['runner', 'vip'], attrs: { city: 'Hangzhou' } }],
    );
    expect(s.tags).toEqual(['runner', 'vip', 'beijing', 'stock A']);
    expect(s.attrValues).toEqual({ city: ['Hangzhou', 'Shenzhen', 'Beijing'], level: ['gold'] });
  });

  it('offers nothing when nothing was seen', () => {
    expect(collectSuggestions([], [])).toEqual({ tags: [], attrValues: {} });
  });
});
