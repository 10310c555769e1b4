/** Rule tests for the profile endpoints (../shared/im-api/05-profile.md). */
import { describe, expect, it } from 'vitest';
import { endpoint as portraitGet } from './portrait_get';
import { endpoint as portraitSet } from './portrait_set';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('portrait_set', () => {
  it('rejects a bad enum value, naming the item', () => {
    const r = portraitSet.request.safeParse({
      From_Account: 'id',
      ProfileItem: [
        { Tag: 'Tag_Profile_IM_Nick', Value: 'ok' },
        { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_Maybe' },
      ],
    });
    expect(paths(r)).toEqual(['ProfileItem.1.Value']);
  });

  it('rejects a string birthday and an unknown tag', () => {
    const r = portraitSet.request.safeParse({
      From_Account: 'id',
      ProfileItem: [
        { Tag: 'Tag_Profile_IM_BirthDay', Value: '20190419' },
        { Tag: 'Tag_Profile_IM_Mood', Value: 'happy' },
      ],
    });
    expect(paths(r)).toEqual(['ProfileItem.0.Value', 'ProfileItem.1.Tag']);
  });

  it('requires From_Account and at least one item', () => {
    expect(paths(portraitSet.request.safeParse({ ProfileItem: [] })).sort()).toEqual([
      'From_Account',
      'ProfileItem',
    ]);
  });
});

describe('portrait_get', () => {
  it('rejects more than 100 accounts per call', () => {
    const r = portraitGet.request.safeParse({
      To_Account: Array.from({ length: 101 }, (_, i) => `u${i}`),
      TagList: ['Tag_Profile_IM_Nick'],
    });
    expect(paths(r)).toEqual(['To_Account']);
    expect(portraitGet.batch).toEqual([{ field: 'To_Account', max: 100 }]);
  });

  it('rejects a tag that is neither standard nor a valid custom name', () => {
    const r = portraitGet.request.safeParse({ To_Account: ['a'], TagList: ['Tag_Profile_IM_Nick', 'Nick'] });
    expect(paths(r)).toEqual(['TagList.1']);
  });

  it('accepts a per-account failure without ProfileItem in the answer', () => {
    const answer = {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      UserProfileItem: [{ To_Account: 'id4', ResultCode: 40006, ResultInfo: 'x' }],
      Fail_Account: ['id4'],
    };
    expect(portraitGet.response.safeParse(answer).success).toBe(true);
  });
});
