/**
 * User 360 queries: key factories and fetchers together (house-style.md "Data fetching"). Every key sits
 * under `userQueries.detail(userId)` so one invalidation refreshes a whole user. Cursor lists use
 * `infiniteQueryOptions`; batches follow the contract's documented caps.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { endpoint as getnospeaking } from '../../../../api/endpoints/openconfigsvr/getnospeaking';
import { endpoint as getJoinedGroupList } from '../../../../api/endpoints/group_open_http_svc/get_joined_group_list';
import { endpoint as getList } from '../../../../api/endpoints/recentcontact/get_list';
import { endpoint as getUnread } from '../../../../api/endpoints/openim/get_c2c_unread_msg_num';
import { endpoint as portraitGet } from '../../../../api/endpoints/profile/portrait_get';
import type { GroupType } from '../../../../api/group';
import { ImApiError, callIm } from '../../../lib/api-client';
import { userQueries } from '../queries';

/** Groups per `get_joined_group_list` page (the contract allows up to 5,000; smaller pages show sooner). */
export const GROUPS_PAGE_SIZE = 500;

/** `AssistFlags` for `get_list`: pinned support, empty conversations, pinned paged apart (08, bits 0–2). */
export const CONVERSATION_ASSIST_FLAGS = 7;

/** Remaining global mute of one user, with the time it was read. */
export async function fetchGlobalMute(userId: string, signal?: AbortSignal) {
  const res = await callIm(getnospeaking, { Get_Account: userId }, { signal });
  return { c2c: res.C2CmsgNospeakingTime, group: res.GroupmsgNospeakingTime, readAt: Date.now() };
}

/** The result of reading one custom profile field. */
export type CustomFieldRead =
  { tag: string; ok: true; value: unknown } | { tag: string; ok: false; code: number };

/**
 * Reads custom profile fields. One unknown or unreadable tag fails a whole `portrait_get` (40009/40008),
 * so on those codes each tag is read alone to say which one is the problem.
 */
export async function fetchCustomFields(
  userId: string,
  tags: readonly string[],
  signal?: AbortSignal,
): Promise<CustomFieldRead[]> {
  if (tags.length === 0) return [];
  const read = async (list: readonly string[]) => {
    const res = await callIm(portraitGet, { To_Account: [userId], TagList: [...list] }, { signal });
    const items = res.UserProfileItem?.find((i) => i.To_Account === userId)?.ProfileItem ?? [];
    const byTag = new Map(items.map((i) => [i.Tag, i.Value]));
    return list.map((tag) => ({ tag, ok: true as const, value: byTag.get(tag) }));
  };
  try {
    return await read(tags);
  } catch (error) {
    const perTag = error instanceof ImApiError && (error.code === 40009 || error.code === 40008);
    if (!perTag) throw error;
    if (tags.length === 1) return [{ tag: tags[0]!, ok: false, code: error.code }];
    const out: CustomFieldRead[] = [];
    for (const tag of tags) out.push(...(await fetchCustomFields(userId, [tag], signal)));
    return out;
  }
}

/** The `get_list` cursor: two pairs, pinned and normal (08-conversations.md). */
export interface ConversationCursor {
  TimeStamp: number;
  StartIndex: number;
  TopTimeStamp: number;
  TopStartIndex: number;
}

const firstCursor: ConversationCursor = { TimeStamp: 0, StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 };

/** Key factories and query options of User 360. */
export const detailQueries = {
  globalMute: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(userId), 'global-mute'] as const,
      queryFn: ({ signal }) => fetchGlobalMute(userId, signal),
    }),
  customFields: (userId: string, tags: readonly string[]) =>
    queryOptions({
      queryKey: [...userQueries.detail(userId), 'custom-fields', tags] as const,
      queryFn: ({ signal }) => fetchCustomFields(userId, tags, signal),
    }),
  groups: (userId: string, type: GroupType | undefined) =>
    infiniteQueryOptions({
      queryKey: [...userQueries.detail(userId), 'groups', type ?? 'all'] as const,
      queryFn: ({ pageParam, signal }) =>
        callIm(
          getJoinedGroupList,
          {
            Member_Account: userId,
            // Everything a support agent may need: AVChatRoom and inactive Work groups are hidden by default.
            WithHugeGroups: 1,
            WithNoActiveGroups: 1,
            Limit: GROUPS_PAGE_SIZE,
            Offset: pageParam,
            ...(type ? { GroupType: type } : {}),
            ResponseFilter: {
              GroupBaseInfoFilter: ['Type', 'Name', 'MemberNum', 'FaceUrl'],
              SelfInfoFilter: ['Role', 'JoinTime', 'MsgFlag', 'MuteUntil'],
            },
          },
          { signal },
        ),
      initialPageParam: 0,
      getNextPageParam: (last, pages, lastOffset) => {
        const got = last.GroupIdList?.length ?? 0;
        const loaded = pages.reduce((n, p) => n + (p.GroupIdList?.length ?? 0), 0);
        if (got === 0 || got < GROUPS_PAGE_SIZE) return undefined;
        if (last.TotalCount !== undefined && loaded >= last.TotalCount) return undefined;
        return lastOffset + got;
      },
    }),
  conversations: (userId: string) =>
    infiniteQueryOptions({
      queryKey: [...userQueries.detail(userId), 'conversations'] as const,
      queryFn: ({ pageParam, signal }) =>
        callIm(
          getList,
          { From_Account: userId, ...pageParam, AssistFlags: CONVERSATION_ASSIST_FLAGS },
          { signal },
        ),
      initialPageParam: firstCursor,
      getNextPageParam: (last): ConversationCursor | undefined =>
        last.CompleteFlag === 1
          ? undefined
          : {
              TimeStamp: last.TimeStamp,
              StartIndex: last.StartIndex,
              TopTimeStamp: last.TopTimeStamp,
              TopStartIndex: last.TopStartIndex,
            },
    }),
  /** Unread counts of up to 10 C2C peers (the documented cap per call). */
  unread: (userId: string, peers: readonly string[]) =>
    queryOptions({
      queryKey: [...userQueries.detail(userId), 'unread', peers] as const,
      queryFn: async ({ signal }) => {
        const res = await callIm(getUnread, { To_Account: userId, Peer_Account: [...peers] }, { signal });
        const counts = new Map<string, number>();
        for (const item of res.C2CUnreadMsgNumList ?? []) counts.set(item.Peer_Account, item.C2CUnreadMsgNum);
        const errors = new Map<string, number>();
        for (const item of res.ErrorList ?? []) errors.set(item.Peer_Account, item.ErrorCode);
        return { counts, errors };
      },
    }),
};
