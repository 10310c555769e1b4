/** Push building blocks: attribute names, tags and the `im_push` condition rules (06-push.md §1). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  attrNamesSchema,
  attrValuesSchema,
  matchesPushCondition,
  pushAudience,
  pushConditionSchema,
  tagSchema,
} from './push';

function issues(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  return (r.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('attribute names', () => {
  it('accepts the documented slot map', () => {
    expect(attrNamesSchema.safeParse({ '0': 'sex', '1': 'city', '2': 'country' }).success).toBe(true);
  });

  it('rejects slots outside "0"-"9", naming the slot', () => {
    expect(issues(attrNamesSchema, { '10': 'level' })).toEqual([
      { path: '10', message: 'must be an attribute slot "0" to "9"' },
    ]);
  });

  it('rejects an empty map, an empty name, a name over 50 bytes and a name used twice', () => {
    expect(issues(attrNamesSchema, {})[0]?.message).toBe('must name at least one attribute slot');
    expect(issues(attrNamesSchema, { '0': '' })[0]?.path).toBe('0');
    // 17 three-byte characters = 51 bytes.
    expect(issues(attrNamesSchema, { '3': '城'.repeat(17) })[0]).toEqual({
      path: '3',
      message: 'must be at most 50 bytes (UTF-8)',
    });
    expect(issues(attrNamesSchema, { '0': 'city', '4': 'city' })).toEqual([
      { path: '4', message: 'must not repeat the name of slot "0"' },
    ]);
  });

  it('caps attribute values at 50 bytes and a value map at 10 names', () => {
    expect(attrValuesSchema.safeParse({ city: 'x'.repeat(50) }).success).toBe(true);
    expect(issues(attrValuesSchema, { city: 'x'.repeat(51) })[0]?.path).toBe('city');
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, 'v']));
    expect(attrValuesSchema.safeParse(eleven).success).toBe(false);
  });
});

describe('tags', () => {
  it('must be non-empty (90040) and at most 50 bytes (90020)', () => {
    expect(tagSchema.safeParse('stock A').success).toBe(true);
    expect(tagSchema.safeParse('').success).toBe(false);
    expect(tagSchema.safeParse('t'.repeat(51)).success).toBe(false);
  });
});

describe('push condition', () => {
  it('accepts each documented shape and the allowed same-kind combinations', () => {
    for (const c of [
      {},
      { TagsOr: ['stock A', 'stock B'] },
      { TagsAnd: ['stock A', 'stock B'] },
      { AttrsAnd: { member_level: 'gold', city: 'Shenzhen' } },
      { AttrsOr: { member_level: 'gold', city: 'Shenzhen' } },
      { AttrsAnd: { city: 'Shenzhen' }, AttrsOr: { member_level: 'gold' } },
      { TagsAnd: ['a'], TagsOr: ['b', 'c'] },
    ]) {
      expect(pushConditionSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
    }
  });

  it('rejects attribute and tag conditions together (90039), naming the tag key', () => {
    expect(issues(pushConditionSchema, { AttrsOr: { city: 'Shenzhen' }, TagsAnd: ['a'] })).toEqual([
      { path: 'TagsAnd', message: 'must not combine attribute and tag conditions (90039)' },
    ]);
  });

  it('rejects a tag in both TagsAnd and TagsOr (90022)', () => {
    expect(issues(pushConditionSchema, { TagsAnd: ['a', 'b'], TagsOr: ['c', 'b'] })).toEqual([
      { path: 'TagsOr.1', message: 'must not also be in TagsAnd ("b", 90022)' },
    ]);
  });

  it('caps each tag list at 10 tags (90032) and rejects empty tags (90040)', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
    expect(issues(pushConditionSchema, { TagsOr: eleven })).toEqual([
      { path: 'TagsOr', message: 'must list at most 10 tags (90032)' },
    ]);
    expect(issues(pushConditionSchema, { TagsAnd: ['ok', ''] })[0]?.path).toBe('TagsAnd.1');
  });

  it('refuses empty lists and unknown keys, which would silently widen the push to everyone', () => {
    expect(issues(pushConditionSchema, { TagsOr: [] })[0]?.path).toBe('TagsOr');
    expect(issues(pushConditionSchema, { AttrsAnd: {} })[0]?.path).toBe('AttrsAnd');
    expect(pushConditionSchema.safeParse({ TagOr: ['typo'] }).success).toBe(false);
  });

  it('classifies the audience', () => {
    expect(pushAudience(undefined)).toBe('all');
    expect(pushAudience({})).toBe('all');
    expect(pushAudience({ AttrsOr: { city: 'Shenzhen' } })).toBe('attrs');
    expect(pushAudience({ TagsAnd: ['a'] })).toBe('tags');
  });
});

describe('matchesPushCondition', () => {
  const user = { attrs: { city: 'Shenzhen', member_level: 'silver' }, tags: ['a', 'b'] };

  it('matches everyone without a condition', () => {
    expect(matchesPushCondition(undefined, user)).toBe(true);
    expect(matchesPushCondition({}, { attrs: {}, tags: [] })).toBe(true);
  });

  it('applies AND as every and OR as some, and a missing attribute never matches', () => {
    expect(matchesPushCondition({ AttrsAnd: { city: 'Shenzhen', member_level: 'gold' } }, user)).toBe(false);
    expect(matchesPushCondition({ AttrsOr: { city: 'Shenzhen', member_level: 'gold' } }, user)).toBe(true);
    expect(matchesPushCondition({ AttrsOr: { sex: 'male' } }, user)).toBe(false);
    expect(matchesPushCondition({ TagsAnd: ['a', 'c'] }, user)).toBe(false);
    expect(matchesPushCondition({ TagsOr: ['a', 'c'] }, user)).toBe(true);
  });

  it('reads AND + OR of the same kind as an intersection', () => {
    expect(matchesPushCondition({ TagsAnd: ['a'], TagsOr: ['c', 'd'] }, user)).toBe(false);
    expect(matchesPushCondition({ TagsAnd: ['a'], TagsOr: ['b', 'd'] }, user)).toBe(true);
  });

  it('does not treat inherited object keys as attributes', () => {
    expect(matchesPushCondition({ AttrsOr: { toString: 'x' } }, { attrs: {}, tags: [] })).toBe(false);
  });
});
