import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubProxy } from '../../../test/fake-proxy';
import { fetchCustomFields } from './queries';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const fail = (code: number) => ({ ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: `error ${code}` });

afterEach(() => vi.unstubAllGlobals());

describe('fetchCustomFields', () => {
  it('reads every tag in one call when all are known', async () => {
    const calls = stubProxy(() => ({
      ...ok,
      UserProfileItem: [
        {
          To_Account: 'u1',
          ProfileItem: [{ Tag: 'Tag_Profile_Custom_Hobby', Value: 'chess' }],
          ResultCode: 0,
        },
      ],
    }));
    const out = await fetchCustomFields('u1', ['Tag_Profile_Custom_Hobby', 'Tag_Profile_Custom_Tier']);
    expect(calls).toHaveLength(1);
    expect(out).toEqual([
      { tag: 'Tag_Profile_Custom_Hobby', ok: true, value: 'chess' },
      { tag: 'Tag_Profile_Custom_Tier', ok: true, value: undefined },
    ]);
  });

  it('on 40009/40008 reads each tag alone to name the one that failed', async () => {
    stubProxy((_, body) => {
      const tags = body.TagList as string[];
      if (tags.includes('Tag_Profile_Custom_Nope')) return fail(40009);
      if (tags.includes('Tag_Profile_Custom_AppOnly')) return fail(40008);
      return {
        ...ok,
        UserProfileItem: [{ To_Account: 'u1', ProfileItem: [{ Tag: tags[0], Value: 'x' }], ResultCode: 0 }],
      };
    });
    const out = await fetchCustomFields('u1', [
      'Tag_Profile_Custom_Hobby',
      'Tag_Profile_Custom_Nope',
      'Tag_Profile_Custom_AppOnly',
    ]);
    expect(out).toEqual([
      { tag: 'Tag_Profile_Custom_Hobby', ok: true, value: 'x' },
      { tag: 'Tag_Profile_Custom_Nope', ok: false, code: 40009 },
      { tag: 'Tag_Profile_Custom_AppOnly', ok: false, code: 40008 },
    ]);
  });

  it('raises other IM errors as they are', async () => {
    stubProxy(() => fail(40003));
    await expect(fetchCustomFields('u1', ['Tag_Profile_Custom_Hobby'])).rejects.toMatchObject({
      code: 40003,
    });
  });
});
