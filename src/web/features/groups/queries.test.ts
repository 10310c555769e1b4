/** `get_group_info` is always filtered (no member list); custom data is read only for small groups. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_DATA_MEMBER_LIMIT, fetchGroupInfo, fetchGroupInfos } from './queries';

/** A fake proxy answering get_group_info for one group of `memberNum` members; records request bodies. */
function proxy(memberNum: number) {
  const bodies: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit = {}) => {
      const body = JSON.parse(init.body as string) as Record<string, unknown>;
      bodies.push(body);
      const filtered = body.ResponseFilter !== undefined;
      const info = (GroupId: string) => ({
        GroupId,
        ErrorCode: 0,
        ErrorInfo: '',
        Type: 'Community',
        MemberNum: memberNum,
        ...(filtered
          ? {}
          : { AppDefinedData: [{ Key: 'k', Value: 'v' }], MemberList: [{ Member_Account: 'a' }] }),
      });
      return new Response(
        JSON.stringify({
          ActionStatus: 'OK',
          ErrorCode: 0,
          ErrorInfo: '',
          GroupInfo: (body.GroupIdList as string[]).map(info),
        }),
        { status: 200 },
      );
    }),
  );
  return bodies;
}

afterEach(() => vi.unstubAllGlobals());

describe('group profiles', () => {
  it('lists profiles with a base-field filter, never the member list or custom data', async () => {
    const bodies = proxy(5);
    const ids = Array.from({ length: 60 }, (_, i) => `g${i}`);
    const infos = await fetchGroupInfos(ids);
    expect(infos).toHaveLength(60);
    expect(bodies).toHaveLength(2);
    for (const b of bodies) {
      const fields = (b.ResponseFilter as { GroupBaseInfoFilter: string[] }).GroupBaseInfoFilter;
      expect(fields).toContain('MemberNum');
      expect(fields).not.toContain('MemberList');
      expect(fields).not.toContain('AppDefinedData');
    }
  });

  it('reads custom data of a small group with a second, unfiltered call and drops its member list', async () => {
    const bodies = proxy(CUSTOM_DATA_MEMBER_LIMIT);
    const info = await fetchGroupInfo('g1');
    expect(bodies.map((b) => b.ResponseFilter !== undefined)).toEqual([true, false]);
    expect(info.AppDefinedData).toEqual([{ Key: 'k', Value: 'v' }]);
    expect(info.MemberList).toBeUndefined();
  });

  it('does not ask a large group for its whole member list', async () => {
    const bodies = proxy(CUSTOM_DATA_MEMBER_LIMIT + 1);
    const info = await fetchGroupInfo('g1');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.ResponseFilter).toBeDefined();
    expect(info.AppDefinedData).toBeUndefined();
  });
});
