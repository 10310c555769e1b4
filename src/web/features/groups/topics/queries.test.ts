/** Topic reads and deletes keep per-topic results; the community scan keeps only topic-enabled ones. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubProxy } from '../../../test/fake-proxy';
import { destroyTopicsCall, fetchTopics, scanCommunities } from './queries';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: 'ok' };
const G = '@TGS#_@TGS#cQVLVHIM62CJ';

afterEach(() => vi.unstubAllGlobals());

describe('fetchTopics', () => {
  it('keeps a per-topic error as its own row', async () => {
    stubProxy(() => ({
      ...ok,
      TopicAndSelfInfo: [
        { ErrorCode: 0, TopicInfo: { TopicId: `${G}@TOPIC#_a`, TopicName: 'A', ShutUpAllFlag: 1 } },
        { ErrorCode: 110002, ErrorInfo: 'topic not exist' },
      ],
    }));
    const rows = await fetchTopics(G);
    expect(rows[0]).toEqual({
      topicId: `${G}@TOPIC#_a`,
      ok: true,
      info: { TopicId: `${G}@TOPIC#_a`, TopicName: 'A', ShutUpAllFlag: 1 },
    });
    expect(rows[1]).toEqual({ topicId: '#2', ok: false, code: 110002, errorInfo: 'topic not exist' });
  });
});

describe('destroyTopicsCall', () => {
  it('maps each requested topic to its own result, in request order', async () => {
    const calls = stubProxy(() => ({
      ...ok,
      DestroyResultItem: [
        { TopicId: `${G}@TOPIC#_b`, ErrorCode: 110002, ErrorInfo: 'topic not exist' },
        { TopicId: `${G}@TOPIC#_a`, ErrorCode: 0, ErrorInfo: 'ok' },
      ],
    }));
    const out = await destroyTopicsCall(G, [`${G}@TOPIC#_a`, `${G}@TOPIC#_b`]);
    expect(calls[0]?.body).toEqual({ GroupId: G, TopicIdList: [`${G}@TOPIC#_a`, `${G}@TOPIC#_b`] });
    expect(out.map((r) => [r.ok, r.code])).toEqual([
      [true, 0],
      [false, 110002],
    ]);
  });
});

describe('scanCommunities', () => {
  it('lists Community IDs, reads them in batches of 50 and keeps SupportTopic 1', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `@TGS#_@TGS#c${String(i).padStart(10, '0')}`);
    const calls = stubProxy((path, body) => {
      if (path === 'group_open_http_svc/get_appid_group_list')
        return { ...ok, TotalCount: 300, Next: 77, GroupIdList: ids.map((GroupId) => ({ GroupId })) };
      const list = body.GroupIdList as string[];
      return {
        ...ok,
        GroupInfo: list.map((GroupId) => ({
          GroupId,
          ErrorCode: 0,
          ErrorInfo: '',
          Type: 'Community',
          Name: GroupId,
          SupportTopic: GroupId.endsWith('7') ? 1 : 0,
        })),
      };
    });
    const page = await scanCommunities(0);
    expect(calls[0]?.body).toMatchObject({ GroupType: 'Community', Next: 0 });
    const infoCalls = calls.filter((c) => c.path === 'group_open_http_svc/get_group_info');
    expect(infoCalls.map((c) => (c.body.GroupIdList as string[]).length)).toEqual([50, 50, 20]);
    expect(page.communities).toHaveLength(12);
    expect(page).toMatchObject({ scanned: 120, total: 300, next: 77 });
  });
});
