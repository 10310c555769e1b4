/** Friend fields, add-source rules, enums and labels (07-relationships.md §1). */
import { describe, expect, it } from 'vitest';
import {
  addSourceKeyword,
  addSourceSchema,
  addTypeLabels,
  addTypeSchema,
  blackRelationLabels,
  blackRelationSchema,
  checkTypeLabels,
  checkTypeSchema,
  customFriendTagSchema,
  customFriendValueSchema,
  deleteTypeLabels,
  deleteTypeSchema,
  friendGetListTagSchema,
  friendListNamesSchema,
  friendRelationLabels,
  friendRelationSchema,
  remarkSchema,
  snsItemSchema,
  standardFriendTagLabels,
  standardFriendTags,
} from './friend';

describe('add source', () => {
  it('accepts AddSource_Type_ plus 1 to 8 letters', () => {
    for (const s of ['AddSource_Type_Android', 'AddSource_Type_IOS', 'AddSource_Type_XXXXXXXX']) {
      expect(addSourceSchema.safeParse(s).success, s).toBe(true);
    }
  });

  it('rejects a missing prefix, an empty or over-long keyword and non-letters', () => {
    for (const s of ['Android', 'AddSource_Type_', 'AddSource_Type_ABCDEFGHI', 'AddSource_Type_Web2']) {
      expect(addSourceSchema.safeParse(s).success, s).toBe(false);
    }
  });

  it('extracts the keyword for display', () => {
    expect(addSourceKeyword('AddSource_Type_Android')).toBe('Android');
    expect(addSourceKeyword('nope')).toBeUndefined();
  });
});

describe('friend fields', () => {
  it('names custom fields Tag_SNS_Custom_ plus 1 to 8 letters', () => {
    expect(customFriendTagSchema.safeParse('Tag_SNS_Custom_Test').success).toBe(true);
    expect(customFriendTagSchema.safeParse('Tag_SNS_Custom_TooLongXX').success).toBe(false);
    expect(customFriendTagSchema.safeParse('Tag_SNS_IM_Remark').success).toBe(false);
  });

  it('accepts string and integer custom values (the friend_import example writes 0) up to 500 bytes', () => {
    expect(customFriendValueSchema.safeParse(0).success).toBe(true);
    expect(customFriendValueSchema.safeParse('x'.repeat(500)).success).toBe(true);
    expect(customFriendValueSchema.safeParse('x'.repeat(501)).success).toBe(false);
    expect(customFriendValueSchema.safeParse(1.5).success).toBe(false);
  });

  it('caps remarks at 96 bytes and friend lists at 32 names of 1-30 bytes', () => {
    expect(remarkSchema.safeParse('好'.repeat(32)).success).toBe(true); // 96 bytes
    expect(remarkSchema.safeParse('好'.repeat(32) + 'x').success).toBe(false);
    expect(friendListNamesSchema.safeParse(Array.from({ length: 32 }, (_, i) => `g${i}`)).success).toBe(true);
    expect(friendListNamesSchema.safeParse(Array.from({ length: 33 }, (_, i) => `g${i}`)).success).toBe(
      false,
    );
    expect(friendListNamesSchema.safeParse(['x'.repeat(31)]).success).toBe(false);
  });

  it('accepts any profile or friend field in TagList, and nothing else', () => {
    for (const t of [
      'Tag_Profile_IM_Nick',
      'Tag_Profile_Custom_Test',
      'Tag_SNS_IM_Remark',
      'Tag_SNS_Custom_Test',
    ]) {
      expect(friendGetListTagSchema.safeParse(t).success, t).toBe(true);
    }
    expect(friendGetListTagSchema.safeParse('Nick').success).toBe(false);
  });
});

describe('friend_update items', () => {
  it('checks each value against its tag, naming the field', () => {
    expect(snsItemSchema.safeParse({ Tag: 'Tag_SNS_IM_Remark', Value: 'remark1' }).success).toBe(true);
    expect(snsItemSchema.safeParse({ Tag: 'Tag_SNS_IM_Group', Value: ['group1', 'group2'] }).success).toBe(
      true,
    );
    expect(snsItemSchema.safeParse({ Tag: 'Tag_SNS_Custom_Test', Value: 'test' }).success).toBe(true);

    const remark = snsItemSchema.safeParse({ Tag: 'Tag_SNS_IM_Remark', Value: 'x'.repeat(97) });
    expect(remark.error?.issues[0]?.path).toEqual(['Value']);
    const group = snsItemSchema.safeParse({ Tag: 'Tag_SNS_IM_Group', Value: 'group1' });
    expect(group.error?.issues[0]?.message).toBe('must be an array of friend-list names');
    const emptyName = snsItemSchema.safeParse({ Tag: 'Tag_SNS_IM_Group', Value: ['ok', ''] });
    expect(emptyName.error?.issues[0]?.path).toEqual(['Value', 1]);
  });

  it('refuses fields that cannot be updated (AddSource, AddWording, AddTime)', () => {
    for (const Tag of ['Tag_SNS_IM_AddSource', 'Tag_SNS_IM_AddWording', 'Tag_SNS_IM_AddTime']) {
      const r = snsItemSchema.safeParse({ Tag, Value: 'x' });
      expect(r.error?.issues[0]?.path, Tag).toEqual(['Tag']);
    }
  });
});

describe('enums and labels', () => {
  it('rejects values outside each enum, listing the allowed ones', () => {
    expect(addTypeSchema.safeParse('Add_Type_Both').success).toBe(true);
    expect(addTypeSchema.safeParse('Both').error?.issues[0]?.message).toBe(
      'must be one of Add_Type_Both, Add_Type_Single',
    );
    expect(deleteTypeSchema.safeParse('Delete_Type_All').success).toBe(false);
    expect(checkTypeSchema.safeParse('BlackCheckResult_Type_Both').success).toBe(false);
  });

  it('labels every standard field and enum value in English and Simplified Chinese', () => {
    const labelSets: [readonly string[], Record<string, { en: string; zh: string }>][] = [
      [standardFriendTags, standardFriendTagLabels],
      [addTypeSchema.options, addTypeLabels],
      [deleteTypeSchema.options, deleteTypeLabels],
      [checkTypeSchema.options, checkTypeLabels],
      [friendRelationSchema.options, friendRelationLabels],
      [blackRelationSchema.options, blackRelationLabels],
    ];
    for (const [values, labels] of labelSets) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const v of values) {
        expect(labels[v]?.en, v).toMatch(/\S/);
        expect(labels[v]?.zh, v).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
