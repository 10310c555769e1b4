import { describe, expect, it } from 'vitest';
import { createGroupRequestSchema } from '../../../api/endpoints/group_open_http_svc/create_group';
import { fieldErrors } from './form-issues';

describe('fieldErrors', () => {
  it('names the field and the rule of each contract issue', () => {
    const res = createGroupRequestSchema.safeParse({ Type: 'Community', Name: '', GroupId: 'plain' });
    const errors = fieldErrors(res.error, 'en');
    expect(errors.Name).toBe('must not be empty');
    expect(errors.GroupId).toBe('must start with @TGS#_ for a Community');
  });

  it('keeps list items apart when asked and translates known rules', () => {
    const res = createGroupRequestSchema.safeParse({
      Type: 'Public',
      Name: 'x',
      AppDefinedData: [
        { Key: 'ok', Value: 'v' },
        { Key: '', Value: 'v' },
      ],
    });
    const errors = fieldErrors(res.error, 'zh', ['AppDefinedData']);
    expect(errors['AppDefinedData.1']).toBe('不能为空');
    expect(errors['AppDefinedData.0']).toBeUndefined();
  });

  it('returns nothing for a valid body', () => {
    const res = createGroupRequestSchema.safeParse({ Type: 'Private', Name: 'ok' });
    expect(fieldErrors(res.error, 'en')).toEqual({});
  });
});
