import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImApiError } from '../../lib/api-client';
import { stubProxy } from '../../test/fake-proxy';
import { fetchAudience } from './queries';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

afterEach(() => vi.unstubAllGlobals());

describe('fetchAudience', () => {
  it('orders slots and picks the user’s attributes and tags', async () => {
    stubProxy((path) => {
      if (path.endsWith('im_get_attr_name')) return { ...ok, AttrNames: { '1': 'city', '0': 'gender' } };
      if (path.endsWith('im_get_attr'))
        return { ...ok, UserAttrs: [{ To_Account: 'u1', Attrs: { city: 'Paris' } }] };
      return { ...ok, UserTags: [{ To_Account: 'u1', Tags: ['vip'] }] };
    });
    expect(await fetchAudience('u1')).toEqual({
      slots: [
        { slot: '0', name: 'gender' },
        { slot: '1', name: 'city' },
      ],
      attrs: { city: 'Paris' },
      tags: ['vip'],
    });
  });

  it('turns a per-account ErrorList entry into an IM error', async () => {
    stubProxy((path) => {
      if (path.endsWith('im_get_attr_name')) return { ...ok, AttrNames: {} };
      if (path.endsWith('im_get_attr'))
        return { ...ok, UserAttrs: [], ErrorList: [{ To_Account: 'u1', ErrorCode: 70107 }] };
      return { ...ok, UserTags: [] };
    });
    const error = await fetchAudience('u1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImApiError);
    expect((error as ImApiError).code).toBe(70107);
  });
});
