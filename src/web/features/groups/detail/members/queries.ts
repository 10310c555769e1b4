/**
 * Members tab queries: the member list paged by `get_group_member_info` (Offset/Limit for ordinary
 * groups, the string `Next` cursor for Community, 10-groups-core.md §2.11), the muted list
 * (`get_group_shutted_uin` with roles from `get_role_in_group`), and the cache updates after a write.
 * Keys sit under `groupKeys.all`, so invalidating the groups area refreshes members too.
 */
import {
  infiniteQueryOptions,
  queryOptions,
  type QueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import { batchMax } from '../../../../../api/endpoint';
import { endpoint as getGroupMemberInfo } from '../../../../../api/endpoints/group_open_http_svc/get_group_member_info';
import { endpoint as getGroupShuttedUin } from '../../../../../api/endpoints/group_open_http_svc/get_group_shutted_uin';
import { endpoint as getRoleInGroup } from '../../../../../api/endpoints/group_open_http_svc/get_role_in_group';
import type { GroupMember, MemberRole, RoleInGroup } from '../../../../../api/group';
import { callIm } from '../../../../lib/api-client';
import { chunk } from '../../../../lib/batches';
import { groupKeys } from '../../queries';

/** Members per `get_group_member_info` page: the recommended size, and the Community cap. */
export const MEMBER_PAGE = 100;

/** How a group's members are paged: `next` (Community cursor) or `offset` (every other type). */
export type PagingMode = 'next' | 'offset';

/** The paging a group type uses (10-groups-core.md §2.11). */
export function pagingModeOf(type: string | undefined): PagingMode {
  return type === 'Community' ? 'next' : 'offset';
}

/** One page of members as the console keeps it. */
export interface MemberPage {
  members: GroupMember[];
  /** The whole group's member count (not affected by paging or the role filter). */
  memberNum: number;
  /** Where the next page starts, or undefined at the end. */
  nextParam: PageParam | undefined;
}

/** The cursor of a page: an offset, or a Community `Next` string. */
export type PageParam = { offset: number } | { next: string };

/** What the member list asks for. */
export interface MemberListArgs {
  groupId: string;
  mode: PagingMode;
  role: MemberRole | undefined;
  /** Member custom keys to return (`AppDefinedDataFilter_GroupMember`). */
  keys: readonly string[];
}

/** Query keys of the Members tab. */
export const memberKeys = {
  all: (groupId: string) => [...groupKeys.all, 'members', groupId] as const,
  lists: (groupId: string) => [...memberKeys.all(groupId), 'list'] as const,
  list: (a: MemberListArgs) =>
    [...memberKeys.lists(a.groupId), { mode: a.mode, role: a.role ?? null, keys: [...a.keys] }] as const,
  muted: (groupId: string) => [...memberKeys.all(groupId), 'muted'] as const,
};

/** Reads one page of members starting at `param`. */
export async function fetchMemberPage(
  a: MemberListArgs,
  param: PageParam,
  signal?: AbortSignal,
): Promise<MemberPage> {
  const res = await callIm(
    getGroupMemberInfo,
    {
      GroupId: a.groupId,
      Limit: MEMBER_PAGE,
      ...('next' in param ? { Next: param.next } : { Offset: param.offset }),
      ...(a.role ? { MemberRoleFilter: [a.role] } : {}),
      ...(a.keys.length ? { AppDefinedDataFilter_GroupMember: [...a.keys] } : {}),
    },
    { signal },
  );
  const members = res.MemberList ?? [];
  const memberNum = res.MemberNum ?? 0;
  return { members, memberNum, nextParam: nextPageParam(a, param, members.length, memberNum, res.Next) };
}

/**
 * Where the next page starts. Community: the returned `Next`, until it is empty. Offset mode: a short
 * page ends the list; without a role filter so does reaching `MemberNum` (with one, `MemberNum` still
 * counts the whole group, so only a short page tells the end).
 */
export function nextPageParam(
  a: Pick<MemberListArgs, 'mode' | 'role'>,
  param: PageParam,
  got: number,
  memberNum: number,
  next: string | undefined,
): PageParam | undefined {
  if (a.mode === 'next') return next ? { next } : undefined;
  const offset = 'offset' in param ? param.offset : 0;
  if (got < MEMBER_PAGE) return undefined;
  if (!a.role && offset + got >= memberNum) return undefined;
  return { offset: offset + got };
}

/** The member list of a group, one page at a time as the operator scrolls. */
export const memberListQuery = (a: MemberListArgs) =>
  infiniteQueryOptions({
    queryKey: memberKeys.list(a),
    queryFn: ({ pageParam, signal }) => fetchMemberPage(a, pageParam, signal),
    initialPageParam: (a.mode === 'next' ? { next: '' } : { offset: 0 }) as PageParam,
    getNextPageParam: (last: MemberPage) => last.nextParam,
    enabled: a.groupId !== '',
    // Pages only ever append; comparing every loaded member with its old copy on each new page would cost
    // O(members loaded) per page (1,000 pages for 100,000 members).
    structuralSharing: false,
  });

/** A muted member as the muted view shows it. */
export interface MutedMember {
  Member_Account: string;
  MuteUntil: number;
  Role: RoleInGroup | undefined;
}

/** Every member muted now, with their role (batches of the `get_role_in_group` cap). */
export async function fetchMutedMembers(groupId: string, signal?: AbortSignal): Promise<MutedMember[]> {
  const res = await callIm(getGroupShuttedUin, { GroupId: groupId }, { signal });
  const list =
    res.MutedAccountList ??
    res.ShuttedUinList?.map((s) => ({ Member_Account: s.Member_Account, MutedUntil: s.ShuttedUntil })) ??
    [];
  const roles = new Map<string, RoleInGroup>();
  for (const ids of chunk(
    list.map((x) => x.Member_Account),
    batchMax(getRoleInGroup, 'User_Account'),
  )) {
    const r = await callIm(getRoleInGroup, { GroupId: groupId, User_Account: ids }, { signal });
    for (const u of r.UserIdList ?? []) roles.set(u.Member_Account, u.Role);
  }
  return list.map((x) => ({
    Member_Account: x.Member_Account,
    MuteUntil: x.MutedUntil,
    Role: roles.get(x.Member_Account),
  }));
}

/** The muted members of a group. */
export const mutedMembersQuery = (groupId: string) =>
  queryOptions({
    queryKey: memberKeys.muted(groupId),
    queryFn: ({ signal }) => fetchMutedMembers(groupId, signal),
  });

/** Fields a single-member write changed, to patch into the loaded pages. */
export type MemberPatch = Partial<Pick<GroupMember, 'Role' | 'NameCard' | 'MsgFlag'>> & {
  AppMemberDefinedData?: { Key: string; Value: string }[];
};

/** `data` with `changes` upserted by key; an empty value deletes the key (as the service does). */
export function mergeMemberData(
  data: readonly { Key: string; Value: string }[] | undefined,
  changes: readonly { Key: string; Value: string }[],
): { Key: string; Value: string }[] {
  const out = new Map((data ?? []).map((d) => [d.Key, d.Value]));
  for (const c of changes) {
    if (c.Value === '') out.delete(c.Key);
    else out.set(c.Key, c.Value);
  }
  return [...out].map(([Key, Value]) => ({ Key, Value }));
}

/** A member with a patch applied. */
export function patchMember(member: GroupMember, patch: MemberPatch): GroupMember {
  const { AppMemberDefinedData: data, ...rest } = patch;
  return {
    ...member,
    ...rest,
    ...(data ? { AppMemberDefinedData: mergeMemberData(member.AppMemberDefinedData, data) } : {}),
  };
}

/**
 * After a write to one member: patch them in every loaded page (refetching a 100,000-member list page
 * by page would take minutes), refresh the muted list and the group's profile.
 */
export function afterMemberWrite(
  client: QueryClient,
  groupId: string,
  account: string,
  patch: MemberPatch,
): void {
  client.setQueriesData<InfiniteData<MemberPage, PageParam>>(
    { queryKey: memberKeys.lists(groupId) },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((p) =>
          p.members.some((x) => x.Member_Account === account)
            ? {
                ...p,
                members: p.members.map((x) => (x.Member_Account === account ? patchMember(x, patch) : x)),
              }
            : p,
        ),
      },
  );
  // A role change moves the member between role-filtered lists: those start again from their first page.
  if (patch.Role) {
    void client.resetQueries({
      queryKey: memberKeys.lists(groupId),
      predicate: (q) => (q.queryKey[q.queryKey.length - 1] as { role: string | null }).role !== null,
    });
  }
  void client.invalidateQueries({ queryKey: memberKeys.muted(groupId) });
  void client.invalidateQueries({ queryKey: groupKeys.info(groupId) });
}

/**
 * After members joined or left: every member list starts again from its first page (a reset refetches one
 * page, not every loaded one), and the groups area (header, counts, lists) refreshes.
 */
export function afterMembershipChange(client: QueryClient, groupId: string): void {
  void client.resetQueries({ queryKey: memberKeys.all(groupId) });
  void client.invalidateQueries({
    queryKey: groupKeys.all,
    predicate: (q) => q.queryKey[1] !== 'members',
  });
}
