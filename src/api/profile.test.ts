/** Profile tag data and per-tag validation (05-profile.md §2–3, portrait_set errors). */
import { describe, expect, it } from 'vitest';
import {
  findProfileTag,
  profileItemProblem,
  profileItemSchema,
  profileTagLabel,
  profileTagNameSchema,
  profileTags,
  profileValueLabel,
} from './profile';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('profile tag data', () => {
  it('lists the twelve standard tags of 05-profile.md §2, each labelled in both languages', () => {
    expect(profileTags.map((t) => t.tag)).toEqual([
      'Tag_Profile_IM_Nick',
      'Tag_Profile_IM_Gender',
      'Tag_Profile_IM_BirthDay',
      'Tag_Profile_IM_Location',
      'Tag_Profile_IM_SelfSignature',
      'Tag_Profile_IM_AllowType',
      'Tag_Profile_IM_Language',
      'Tag_Profile_IM_Image',
      'Tag_Profile_IM_MsgSettings',
      'Tag_Profile_IM_AdminForbidType',
      'Tag_Profile_IM_Level',
      'Tag_Profile_IM_Role',
    ]);
    for (const t of profileTags) {
      expect(t.label.en, t.tag).not.toBe('');
      expect(t.label.zh, t.tag).toMatch(/[\u4e00-\u9fff]/);
      for (const v of 'values' in t ? t.values : []) {
        expect(v.label.en, v.value).not.toBe('');
        expect(v.label.zh, v.value).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('gives the documented enum values and defaults', () => {
    expect(findProfileTag('Tag_Profile_IM_Gender')?.values?.map((v) => v.value)).toEqual([
      'Gender_Type_Unknown',
      'Gender_Type_Female',
      'Gender_Type_Male',
    ]);
    expect(findProfileTag('Tag_Profile_IM_AllowType')?.defaultValue).toBe('AllowType_Type_NeedConfirm');
    expect(findProfileTag('Tag_Profile_IM_AdminForbidType')?.values).toHaveLength(2);
    expect(findProfileTag('Tag_Profile_Custom_Test')).toBeUndefined();
  });

  it('labels tags and enum values for the console', () => {
    expect(profileTagLabel('Tag_Profile_IM_Gender', 'zh')).toBe('性别');
    expect(profileTagLabel('Tag_Profile_Custom_Vip', 'en')).toBe('Custom: Vip');
    expect(profileTagLabel('Tag_Something_Else', 'en')).toBe('Tag_Something_Else');
    expect(profileValueLabel('Tag_Profile_IM_Gender', 'Gender_Type_Female', 'en')).toBe('Female');
    expect(profileValueLabel('Tag_Profile_IM_AllowType', 'AllowType_Type_DenyAny', 'zh')).toBe(
      '拒绝任何人添加',
    );
    expect(profileValueLabel('Tag_Profile_IM_BirthDay', 20190419, 'en')).toBe('2019-04-19');
  });
});

describe('profile item validation', () => {
  it('accepts the documented portrait_set items', () => {
    for (const item of [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'MyNickName' },
      { Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Female' },
      { Tag: 'Tag_Profile_IM_BirthDay', Value: 20190419 },
      { Tag: 'Tag_Profile_Custom_Test', Value: 'Custom Data1' },
    ]) {
      const r = profileItemSchema.safeParse(item);
      expect(r.success, `${item.Tag}: ${r.error?.message}`).toBe(true);
    }
  });

  it('rejects a bad enum value with 40605, naming Value', () => {
    const r = profileItemSchema.safeParse({ Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Other' });
    expect(paths(r)).toEqual(['Value']);
    expect(r.error?.issues[0]?.message).toMatch(/must be one of Gender_Type_Unknown/);
    expect(profileItemProblem('Tag_Profile_IM_Gender', 'x')?.code).toBe(40605);
  });

  it('rejects a string for an integer tag and an out-of-range integer with 40610', () => {
    expect(profileItemProblem('Tag_Profile_IM_BirthDay', '20190419')?.code).toBe(40610);
    expect(profileItemProblem('Tag_Profile_IM_Level', 4294967296)?.code).toBe(40610);
    expect(profileItemProblem('Tag_Profile_IM_Level', 1.5)?.code).toBe(40610);
    expect(profileItemProblem('Tag_Profile_IM_Nick', 5)?.code).toBe(40610);
    expect(profileItemProblem('Tag_Profile_IM_Level', 4294967295)).toBeUndefined();
  });

  it('rejects a value over 500 bytes with 40601, counting UTF-8 bytes', () => {
    expect(profileItemProblem('Tag_Profile_IM_Nick', 'a'.repeat(500))).toBeUndefined();
    expect(profileItemProblem('Tag_Profile_IM_Nick', '好'.repeat(167))?.code).toBe(40601);
    const r = profileItemSchema.safeParse({ Tag: 'Tag_Profile_Custom_Test', Value: 'x'.repeat(501) });
    expect(paths(r)).toEqual(['Value']);
  });

  it('rejects unknown and malformed tags with 40009, naming Tag', () => {
    expect(profileItemProblem('Tag_Profile_IM_Mood', 'x')?.code).toBe(40009);
    expect(profileItemProblem('Tag_Profile_Custom_TooLongKey', 'x')?.code).toBe(40009);
    expect(profileItemProblem('Tag_Profile_Custom_Te5t', 'x')?.code).toBe(40009);
    const r = profileItemSchema.safeParse({ Tag: 'Nick', Value: 'x' });
    expect(paths(r)).toEqual(['Tag']);
    expect(profileTagNameSchema.safeParse('Tag_Profile_Custom_Test').success).toBe(true);
    expect(profileTagNameSchema.safeParse('Tag_Profile_IM_Mood').success).toBe(false);
  });

  it('accepts an integer custom value (some console versions offer integer custom fields)', () => {
    expect(profileItemProblem('Tag_Profile_Custom_Score', 42)).toBeUndefined();
    expect(profileItemProblem('Tag_Profile_Custom_Score', -1)?.code).toBe(40610);
  });
});

describe('profileValueLabel for birthdays', () => {
  it('shows a YYYYMMDD birthday as a date and leaves other numbers alone', () => {
    expect(profileValueLabel('Tag_Profile_IM_BirthDay', 19900215, 'en')).toBe('1990-02-15');
    expect(profileValueLabel('Tag_Profile_IM_Level', 19900215, 'en')).toBe('19900215');
  });
});
