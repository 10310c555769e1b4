/**
 * Community topics (../shared/im-api/09-topics.md): a community's topics (`get_topic`), create, modify
 * and destroy, and the scan that finds topic-enabled communities. The IM API has no call that lists
 * them, so the scan pages the Community groups (`get_appid_group_list` with `GroupType`, documented at
 * 1 call per second) and reads `SupportTopic` with `get_group_info` in batches of its cap (50).
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { batchMax } from '../../../../api/endpoint';
import { endpoint as getAppidGroupList } from '../../../../api/endpoints/group_open_http_svc/get_appid_group_list';
import {
  endpoint as getGroupInfo,
  type GroupInfoItem,
} from '../../../../api/endpoints/group_open_http_svc/get_group_info';
import {
  endpoint as createTopic,
  type CreateTopicRequest,
} from '../../../../api/endpoints/million_group_open_http_svc/create_topic';
import { endpoint as destroyTopic } from '../../../../api/endpoints/million_group_open_http_svc/destroy_topic';
import {
  endpoint as getTopic,
  type TopicInfo,
} from '../../../../api/endpoints/million_group_open_http_svc/get_topic';
import {
  endpoint as modifyTopic,
  type ModifyTopicRequest,
} from '../../../../api/endpoints/million_group_open_http_svc/modify_topic';
import { callIm, ImApiError } from '../../../lib/api-client';
import { chunk } from '../../../lib/batches';
import { groupKeys } from '../queries';

/** Query keys of topics, under `groupKeys.all` so a group-wide invalidation refreshes them. */
export const topicKeys = {
  all: [...groupKeys.all, 'topics'] as const,
  list: (groupId: string) => [...topicKeys.all, 'list', groupId] as const,
  communities: () => [...topicKeys.all, 'communities'] as const,
};

/** One topic row: its ID and profile, or the per-topic error `get_topic` answered for it. */
export type TopicRow =
  | { topicId: string; ok: true; info: TopicInfo }
  | { topicId: string; ok: false; code: number; errorInfo: string };

/** Every topic of a community, in the service's order, per-topic errors kept as rows. */
export async function fetchTopics(groupId: string, signal?: AbortSignal): Promise<TopicRow[]> {
  const res = await callIm(getTopic, { GroupId: groupId }, { signal });
  return (res.TopicAndSelfInfo ?? []).map((item, i): TopicRow => {
    const topicId = item.TopicInfo?.TopicId ?? `#${i + 1}`;
    if (item.ErrorCode !== 0 || !item.TopicInfo)
      return { topicId, ok: false, code: item.ErrorCode, errorInfo: item.ErrorInfo ?? '' };
    return { topicId, ok: true, info: item.TopicInfo };
  });
}

/** Query options of a community's topics. */
export const topicsQuery = (groupId: string) =>
  queryOptions({
    queryKey: topicKeys.list(groupId),
    queryFn: ({ signal }) => fetchTopics(groupId, signal),
    enabled: groupId !== '',
  });

/** Creates a topic; answers its ID (custom or generated). */
export async function createTopicCall(body: CreateTopicRequest): Promise<string> {
  const res = await callIm(createTopic, body);
  return res.TopicId;
}

/** Changes the given fields of a topic. */
export async function modifyTopicCall(body: ModifyTopicRequest): Promise<void> {
  await callIm(modifyTopic, body);
}

/** One topic's delete result. */
export interface DestroyResult {
  topicId: string;
  ok: boolean;
  code: number;
  errorInfo: string;
}

/** Deletes topics of one community; each keeps its own result (the outer code stays 0 when some fail). */
export async function destroyTopicsCall(
  groupId: string,
  topicIds: readonly string[],
): Promise<DestroyResult[]> {
  const res = await callIm(destroyTopic, { GroupId: groupId, TopicIdList: [...topicIds] });
  const byId = new Map((res.DestroyResultItem ?? []).map((r) => [r.TopicId, r]));
  return topicIds.map((topicId) => {
    const r = byId.get(topicId);
    // No item for a topic means the service did not report it; the call as a whole succeeded.
    const code = r?.ErrorCode ?? 0;
    return { topicId, ok: code === 0, code, errorInfo: r?.ErrorInfo ?? '' };
  });
}

/** Community IDs per scan page: 20 `get_group_info` calls of 50 each. */
export const COMMUNITY_SCAN_PAGE = 1000;

/** get_appid_group_list is documented at 1 call per second; pages wait this long after the previous one. */
const LIST_INTERVAL_MS = 1100;

/** A topic-enabled community as the scan lists it. */
export type TopicCommunity = Pick<
  GroupInfoItem,
  'GroupId' | 'Name' | 'Owner_Account' | 'MemberNum' | 'CreateTime' | 'SupportTopic'
>;

/** One scan page: the topic-enabled communities among the page's IDs, how many were read, the cursor. */
export interface CommunityScanPage {
  communities: TopicCommunity[];
  scanned: number;
  total: number;
  next: number;
}

let lastListCallAt = 0;

/** Reads one page of Community IDs and keeps those with `SupportTopic: 1`. */
export async function scanCommunities(next: number, signal?: AbortSignal): Promise<CommunityScanPage> {
  const wait = lastListCallAt + LIST_INTERVAL_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastListCallAt = Date.now();
  const page = await callIm(
    getAppidGroupList,
    { GroupType: 'Community', Limit: COMMUNITY_SCAN_PAGE, Next: next },
    { signal },
  );
  const ids = (page.GroupIdList ?? []).map((g) => g.GroupId);
  const infos: GroupInfoItem[] = [];
  for (const part of chunk(ids, batchMax(getGroupInfo, 'GroupIdList'))) {
    const res = await callIm(
      getGroupInfo,
      {
        GroupIdList: part,
        ResponseFilter: {
          GroupBaseInfoFilter: ['Type', 'Name', 'Owner_Account', 'MemberNum', 'CreateTime', 'SupportTopic'],
        },
      },
      { signal },
    );
    infos.push(...(res.GroupInfo ?? []));
  }
  return {
    communities: infos.filter((g) => g.ErrorCode === 0 && g.SupportTopic === 1),
    scanned: ids.length,
    total: page.TotalCount ?? ids.length,
    next: page.Next ?? 0,
  };
}

/** The scan as an infinite query: one page per `Next` cursor, done when the cursor is 0. */
export const communityScanQuery = () =>
  infiniteQueryOptions({
    queryKey: topicKeys.communities(),
    queryFn: ({ pageParam, signal }) => scanCommunities(pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.next === 0 || last.scanned === 0 ? undefined : last.next),
    // 10006 is the documented rate limit (another page of the console may have just listed groups).
    retry: (count, error) => count < 3 && error instanceof ImApiError && error.code === 10006,
    retryDelay: LIST_INTERVAL_MS,
  });
