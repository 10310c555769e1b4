/** Rule tests for the `all_member_push/*` contracts (06-push.md). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { endpoint as addTag } from './im_add_tag';
import { endpoint as getAttr } from './im_get_attr';
import { endpoint as getAttrName } from './im_get_attr_name';
import { endpoint as getTag } from './im_get_tag';
import { endpoint as push } from './im_push';
import { endpoint as removeAllTags } from './im_remove_all_tags';
import { endpoint as removeAttr } from './im_remove_attr';
import { endpoint as removeTag } from './im_remove_tag';
import { endpoint as setAttr } from './im_set_attr';
import { endpoint as setAttrName } from './im_set_attr_name';

/** The first issue of a failed parse as `path: message`, or 'ok'. */
function firstIssue(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  const i = r.error?.issues[0];
  return i ? `${i.path.join('.')}: ${i.message}` : 'ok';
}

const users = (n: number) => Array.from({ length: n }, (_, i) => `user${i}`);
const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }];

describe('im_push', () => {
  const base = { MsgRandom: 124032, MsgBody: text };

  it('accepts an all-user push and a tag push with offline push settings', () => {
    expect(firstIssue(push.request, base)).toBe('ok');
    expect(
      firstIssue(push.request, {
        ...base,
        From_Account: 'admin',
        MsgLifeTime: 604800,
        Condition: { TagsOr: ['stock A'] },
        OfflinePushInfo: { PushFlag: 0, Desc: 'offline push text' },
      }),
    ).toBe('ok');
  });

  it('requires MsgRandom and a non-empty MsgBody', () => {
    expect(firstIssue(push.request, { MsgBody: text })).toMatch(/^MsgRandom: /);
    expect(firstIssue(push.request, { MsgRandom: 1, MsgBody: [] })).toMatch(/^MsgBody: /);
  });

  it('keeps offline storage within 7 days (90026)', () => {
    expect(firstIssue(push.request, { ...base, MsgLifeTime: 604801 })).toBe(
      'MsgLifeTime: must be at most 604800 seconds (7 days)',
    );
  });

  it('rejects forbidden condition combinations, naming the field', () => {
    expect(
      firstIssue(push.request, { ...base, Condition: { AttrsAnd: { city: 'Shenzhen' }, TagsOr: ['a'] } }),
    ).toBe('Condition.TagsOr: must not combine attribute and tag conditions (90039)');
    expect(firstIssue(push.request, { ...base, Condition: { TagsAnd: users(11) } })).toBe(
      'Condition.TagsAnd: must list at most 10 tags (90032)',
    );
  });

  it('requires the TaskId on success', () => {
    const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
    expect(push.response.safeParse({ ...ok, TaskId: '1400123456_1_2_3' }).success).toBe(true);
    expect(push.response.safeParse(ok).success).toBe(false);
  });

  it('is dangerous and limited to 100 a day, 1 s apart', () => {
    expect(push.access).toBe('dangerous');
    expect(push.rate).toEqual({ perSecond: 1, perDay: 100, minIntervalMs: 1000 });
  });
});

describe('attribute calls', () => {
  it('im_set_attr_name rejects a bad slot and accepts the newer AttrTypes', () => {
    expect(firstIssue(setAttrName.request, { AttrNames: { x: 'sex' } })).toBe(
      'AttrNames.x: must be an attribute slot "0" to "9"',
    );
    expect(firstIssue(setAttrName.request, { AttrNames: { '0': 'sex' }, AttrTypes: { '0': 1 } })).toBe('ok');
    expect(firstIssue(setAttrName.request, {})).toMatch(/^AttrNames: /);
  });

  it('im_get_attr_name takes an empty body', () => {
    expect(firstIssue(getAttrName.request, {})).toBe('ok');
  });

  it('caps accounts at 100 per call (90018)', () => {
    expect(firstIssue(getAttr.request, { To_Account: users(100) })).toBe('ok');
    expect(firstIssue(getAttr.request, { To_Account: users(101) })).toBe(
      'To_Account: must list at most 100 items per call',
    );
    const attrs = users(101).map((To_Account) => ({ To_Account, Attrs: { sex: 'x' } }));
    expect(firstIssue(setAttr.request, { UserAttrs: attrs })).toBe(
      'UserAttrs: must list at most 100 items per call',
    );
  });

  it('im_set_attr caps values at 50 bytes', () => {
    expect(
      firstIssue(setAttr.request, { UserAttrs: [{ To_Account: 'a', Attrs: { city: 'x'.repeat(51) } }] }),
    ).toBe('UserAttrs.0.Attrs.city: must be at most 50 bytes (UTF-8)');
  });

  it('im_remove_attr takes attribute names, not name/value pairs', () => {
    expect(firstIssue(removeAttr.request, { UserAttrs: [{ To_Account: 'a', Attrs: ['sex'] }] })).toBe('ok');
    expect(firstIssue(removeAttr.request, { UserAttrs: [{ To_Account: 'a', Attrs: { sex: 'x' } }] })).toMatch(
      /^UserAttrs\.0\.Attrs: /,
    );
  });
});

describe('tag calls', () => {
  it('im_add_tag caps tags at 10 per user (90032) and 50 bytes each (90020)', () => {
    expect(firstIssue(addTag.request, { UserTags: [{ To_Account: 'a', Tags: users(11) }] })).toBe(
      'UserTags.0.Tags: must list at most 10 items per call',
    );
    expect(firstIssue(addTag.request, { UserTags: [{ To_Account: 'a', Tags: ['t'.repeat(51)] }] })).toBe(
      'UserTags.0.Tags.0: must be at most 50 bytes (UTF-8)',
    );
    expect(firstIssue(addTag.request, { UserTags: [{ To_Account: 'a', Tags: ['a'] }], Replace: 2 })).toBe(
      'Replace: must be 0 or 1',
    );
  });

  it('im_remove_tag and im_get_tag validate accounts', () => {
    expect(firstIssue(removeTag.request, { UserTags: [{ To_Account: '', Tags: ['a'] }] })).toBe(
      'UserTags.0.To_Account: must not be empty',
    );
    expect(firstIssue(getTag.request, { To_Account: [] })).toBe('To_Account: must list at least one item');
  });

  it('im_remove_all_tags is dangerous and reports failed accounts in ErrorList', () => {
    expect(removeAllTags.access).toBe('dangerous');
    const r = removeAllTags.response.safeParse({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorList: [{ ErrorCode: 70107, To_Account: 'xiaohong' }],
    });
    expect(r.data?.ErrorList?.[0]?.ErrorCode).toBe(70107);
  });
});

describe('metadata', () => {
  it('classifies access and rates as the team agreed', () => {
    expect(setAttrName.access).toBe('dangerous');
    expect([getAttrName, getAttr, getTag].map((e) => e.access)).toEqual(['read', 'read', 'read']);
    expect([setAttr, removeAttr, addTag, removeTag].map((e) => e.access)).toEqual([
      'write',
      'write',
      'write',
      'write',
    ]);
    for (const e of [
      setAttrName,
      getAttrName,
      getAttr,
      setAttr,
      removeAttr,
      getTag,
      addTag,
      removeTag,
      removeAllTags,
    ]) {
      expect(e.rate.perSecond, e.path).toBe(100);
    }
  });
});
