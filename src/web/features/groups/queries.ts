/**
 * Groups queries: key factory and fetchers together (house-style.md "Data fetching"). `get_group_info`
 * takes at most 50 groups per call (its documented cap), so enrichment batches follow it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { batchMax } from '../../../api/endpoint';
import {
  endpoint as getGroupInfo,
  type GroupInfoItem,
} from '../../../api/endpoints/group_open_http_svc/get_group_info';
import { endpoint as getOnlineMemberNum } from '../../../api/endpoints/group_open_http_svc/get_online_member_num';
import { GROUP_INFO_FIELDS } from '../../../api/group';
import { callIm, ImApiError } from '../../lib/api-client';
import { chunk } from '../../lib/batches';

/** One group as `get_group_info` returns it (base fields and app-defined data, no member list). */
export type GroupInfo = GroupInfoItem;

/** Query keys of the groups area; invalidate `groupKeys.all` after any write to a group. */
export const groupKeys = {
  all: ['groups'] as const,
  list: (type: string) => ['groups', 'list', type] as const,
  infos: () => ['groups', 'info'] as const,
  info: (groupId: string) => ['groups', 'info', groupId] as const,
  online: (groupId: string) => ['groups', 'online', groupId] as const,
};

/**
 * Base fields without the member list or custom data. Without a `ResponseFilter`, `get_group_info`
 * returns every member too (10-groups-core.md §2.10): 18 MB for a 100,000-member group.
 */
const BASE_FIELDS = GROUP_INFO_FIELDS.filter((f) => f !== 'MemberList' && f !== 'AppDefinedData');
const BASE_FILTER = { GroupBaseInfoFilter: BASE_FIELDS };

/**
 * Largest group whose custom data is read: the IM API returns every custom key only in the unfiltered
 * answer, which carries the whole member list; naming keys needs them known in advance (§2.7).
 */
export const CUSTOM_DATA_MEMBER_LIMIT = 1000;

/** Profiles of many groups in batches of the documented cap; per-group failures stay in each item's ErrorCode. */
export async function fetchGroupInfos(ids: readonly string[], signal?: AbortSignal): Promise<GroupInfo[]> {
  const out: GroupInfo[] = [];
  for (const part of chunk(ids, batchMax(getGroupInfo, 'GroupIdList'))) {
    const res = await callIm(getGroupInfo, { GroupIdList: part, ResponseFilter: BASE_FILTER }, { signal });
    out.push(...(res.GroupInfo ?? []));
  }
  return out;
}

async function fetchOne(groupId: string, filtered: boolean, signal?: AbortSignal): Promise<GroupInfo> {
  const body = filtered
    ? { GroupIdList: [groupId], ResponseFilter: BASE_FILTER }
    : { GroupIdList: [groupId] };
  const res = await callIm(getGroupInfo, body, { signal });
  const item = res.GroupInfo?.find((g) => g.GroupId === groupId) ?? res.GroupInfo?.[0];
  if (!item) throw new ImApiError(getGroupInfo.path, 10010, 'group not returned', undefined);
  if (item.ErrorCode !== 0)
    throw new ImApiError(getGroupInfo.path, item.ErrorCode, item.ErrorInfo, undefined);
  return item;
}

/**
 * One group's profile; a per-group error (e.g. 10010 no such group) is thrown as an `ImApiError`.
 * Base fields first; custom data (`AppDefinedData`) only for groups up to `CUSTOM_DATA_MEMBER_LIMIT`
 * members, read with a second, unfiltered call whose member list is dropped. Larger groups come back
 * without `AppDefinedData` (the Info tab says why).
 */
export async function fetchGroupInfo(groupId: string, signal?: AbortSignal): Promise<GroupInfo> {
  const base = await fetchOne(groupId, true, signal);
  if ((base.MemberNum ?? 0) > CUSTOM_DATA_MEMBER_LIMIT) return base;
  const full = await fetchOne(groupId, false, signal);
  return { ...base, AppDefinedData: full.AppDefinedData ?? [] };
}

/** Query options of one group's profile. */
export const groupInfoQuery = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.info(groupId),
    queryFn: ({ signal }) => fetchGroupInfo(groupId, signal),
    enabled: groupId !== '',
  });

/** One group's profile (the header, Info tab and every other tab read it). */
export function useGroupInfo(groupId: string) {
  return useQuery(groupInfoQuery(groupId));
}

/** Online member count of a group (`get_online_member_num`). */
export const onlineMembersQuery = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.online(groupId),
    queryFn: async ({ signal }) => {
      const res = await callIm(getOnlineMemberNum, { GroupId: groupId }, { signal });
      return res.OnlineMemberNum ?? 0;
    },
  });
