/**
 * The data behind the Members tab: members through `get_group_member_info` a page of 100 at a time as the
 * operator scrolls (pages load while the rows in view near the loaded end), or the muted members
 * (`get_group_shutted_uin`) filtered by role, and the member whose panel is open looked up in either.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { GroupMember } from '../../../../../api/group';
import type { MemberFilters } from './filters';
import { memberRows, needsMore, type MemberRow } from './member-rows';
import { memberListQuery, mutedMembersQuery, type MutedMember, type PagingMode } from './queries';

/** What the list needs: the group, its paging mode, the URL filters, and the member count it reports. */
export interface MemberListArgs {
  groupId: string;
  mode: PagingMode;
  filters: MemberFilters;
  /** False for group types whose members the REST API does not manage (nothing is fetched). */
  enabled: boolean;
  /** `MemberNum` of the group, until the first page says. */
  memberNum: number | undefined;
}

/** The member list of one group, as filtered by the URL. */
export function useMemberList({
  groupId,
  mode,
  filters,
  enabled,
  memberNum: groupMemberNum,
}: MemberListArgs) {
  const lastVisible = useRef(0);
  const list = useInfiniteQuery({
    ...memberListQuery({ groupId, mode, role: filters.role, keys: filters.keys }),
    enabled: enabled && !filters.muted,
  });
  const muted = useQuery({ ...mutedMembersQuery(groupId), enabled: enabled && filters.muted });

  const loaded = useMemo(() => list.data?.pages.flatMap((p) => p.members) ?? [], [list.data]);
  const memberNum = list.data?.pages[list.data.pages.length - 1]?.memberNum ?? groupMemberNum ?? 0;
  const hasNext = list.hasNextPage && !list.isFetchNextPageError;
  const mutedRows = useMemo(
    () => (muted.data ?? []).filter((x) => !filters.role || x.Role === filters.role),
    [muted.data, filters.role],
  );
  const rows: MemberRow[] | MutedMember[] = useMemo(
    () => (filters.muted ? mutedRows : memberRows(loaded, memberNum, hasNext, !filters.role)),
    [filters.muted, mutedRows, loaded, memberNum, hasNext, filters.role],
  );

  const { fetchNextPage, isFetchingNextPage } = list;
  // The rows in view live in a ref, not in state: scrolling re-renders only the table, not the whole tab.
  const maybeFetch = useCallback(() => {
    if (filters.muted || !hasNext || isFetchingNextPage) return;
    if (needsMore(lastVisible.current, loaded.length)) void fetchNextPage({ cancelRefetch: false });
  }, [filters.muted, hasNext, isFetchingNextPage, loaded.length, fetchNextPage]);
  // After each page (and any change of state), check again: the view may be far beyond the loaded end.
  useEffect(() => maybeFetch(), [maybeFetch]);
  const onRangeChange = useCallback(
    (_first: number, last: number) => {
      lastVisible.current = last;
      maybeFetch();
    },
    [maybeFetch],
  );

  const openMember = filters.member;
  const openMemberData = useMemo((): GroupMember | undefined => {
    if (!openMember) return undefined;
    return (loaded.find((x) => x.Member_Account === openMember) ??
      muted.data?.find((x) => x.Member_Account === openMember && x.Role !== 'NotMember')) as
      GroupMember | undefined;
  }, [openMember, loaded, muted.data]);

  return { list, muted, loaded, memberNum, hasNext, rows, onRangeChange, openMemberData };
}
