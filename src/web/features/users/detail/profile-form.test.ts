import { describe, expect, it } from 'vitest';
import { changedItems, isBirthday, parseField, toFormValues } from './profile-form';

describe('toFormValues', () => {
  it('shows numbers as digits, 0 as empty, and never-set enums as their default', () => {
    const values = toFormValues(
      [
        { Tag: 'Tag_Profile_IM_Nick', Value: 'Alice' },
        { Tag: 'Tag_Profile_IM_Level', Value: 12 },
        { Tag: 'Tag_Profile_IM_BirthDay', Value: 0 },
      ],
      ['Tag_Profile_IM_Nick', 'Tag_Profile_IM_Level', 'Tag_Profile_IM_BirthDay', 'Tag_Profile_IM_Gender'],
    );
    expect(values).toEqual({
      Tag_Profile_IM_Nick: 'Alice',
      Tag_Profile_IM_Level: '12',
      Tag_Profile_IM_BirthDay: '',
      Tag_Profile_IM_Gender: 'Gender_Type_Unknown',
    });
  });
});

describe('parseField', () => {
  it('checks byte lengths in UTF-8, not characters', () => {
    expect(parseField('Tag_Profile_IM_Nick', '好'.repeat(166))).toEqual({ value: '好'.repeat(166) });
    expect(parseField('Tag_Profile_IM_Nick', '好'.repeat(167))).toEqual({
      problem: { rule: 'must be at most 500 bytes (UTF-8)' },
    });
  });

  it('rejects values outside an enum with the allowed list', () => {
    const r = parseField('Tag_Profile_IM_AllowType', 'AllowType_Type_Maybe');
    expect(r).toEqual({
      problem: { rule: expect.stringMatching(/^must be one of AllowType_Type_NeedConfirm/) },
    });
  });

  it('parses whole numbers and refuses the rest', () => {
    expect(parseField('Tag_Profile_IM_Level', ' 42 ')).toEqual({ value: 42 });
    expect(parseField('Tag_Profile_IM_Level', '')).toEqual({ value: 0 });
    expect(parseField('Tag_Profile_IM_Level', '4.5')).toEqual({ problem: { local: 'wholeNumber' } });
    expect(parseField('Tag_Profile_IM_Level', '4294967296')).toEqual({
      problem: { rule: 'must be between 0 and 4294967295' },
    });
  });

  it('accepts real YYYYMMDD birthdays and 0 only', () => {
    expect(parseField('Tag_Profile_IM_BirthDay', '19900417')).toEqual({ value: 19900417 });
    expect(parseField('Tag_Profile_IM_BirthDay', '0')).toEqual({ value: 0 });
    expect(parseField('Tag_Profile_IM_BirthDay', '19900230')).toEqual({ problem: { local: 'birthday' } });
    expect(parseField('Tag_Profile_IM_BirthDay', '1990')).toEqual({ problem: { local: 'birthday' } });
    expect(isBirthday(20240229)).toBe(true);
    expect(isBirthday(20230229)).toBe(false);
  });

  it('keeps custom fields as strings unless they held a number', () => {
    expect(parseField('Tag_Profile_Custom_Hobby', '42')).toEqual({ value: '42' });
    expect(parseField('Tag_Profile_Custom_Score', '42', 7)).toEqual({ value: 42 });
  });
});

describe('changedItems', () => {
  it('sends only the changed fields and reports problems of changed fields only', () => {
    const initial = { Tag_Profile_IM_Nick: 'A', Tag_Profile_IM_Level: '3', Tag_Profile_IM_Location: 'x' };
    const current = { Tag_Profile_IM_Nick: 'B', Tag_Profile_IM_Level: 'abc', Tag_Profile_IM_Location: 'x' };
    const { items, problems } = changedItems(initial, current);
    expect(items).toEqual([{ Tag: 'Tag_Profile_IM_Nick', Value: 'B' }]);
    expect(problems).toEqual({ Tag_Profile_IM_Level: { local: 'wholeNumber' } });
  });

  it('sends nothing when nothing changed', () => {
    const same = { Tag_Profile_IM_Nick: 'A' };
    expect(changedItems(same, { ...same })).toEqual({ items: [], problems: {} });
  });
});
