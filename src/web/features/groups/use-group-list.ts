/**
 * The data behind `/groups`: every group ID through `get_appid_group_list` and its `Next` cursor (pages no
 * faster than its documented 1 call/s), the rows in view enriched with `get_group_info` in batches of its
 * documented cap (50), and the filter of what is loaded by name, owner or ID (the IM API cannot search).
 */
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { batchMax } from '../../../api/endpoint';
import { endpoint as getAppidGroupList } from '../../../api/endpoints/group_open_http_svc/get_appid_group_list';
import { endpoint as getGroupInfo } from '../../../api/endpoints/group_open_http_svc/get_group_info';
import type { GroupType } from '../../../api/group';
import { callIm } from '../../lib/api-client';
import { createPacer } from './pacer';
import { fetchGroupInfos, groupKeys, type GroupInfo } from './queries';

const INFO_BATCH = batchMax(getGroupInfo, 'GroupIdList');
/** get_appid_group_list is documented at 1 call per second: pages are fetched no faster. */
const listPace = createPacer(1000 / getAppidGroupList.rate.perSecond + 50);

/** The group list of one type (all when undefined) in pages of `size`, filtered by `q`. */
export function useGroupList({ type, size, q }: { type: GroupType | undefined; size: number; q: string }) {
  const list = useInfiniteQuery({
    queryKey: [...groupKeys.list(type ?? 'all'), size],
    queryFn: async ({ pageParam, signal }) => {
      await listPace.wait(signal);
      return callIm(
        getAppidGroupList,
        { Limit: size, Next: pageParam, ...(type ? { GroupType: type } : {}) },
        { signal },
      );
    },
    initialPageParam: 0,
    getNextPageParam: (last) => (last.Next ? last.Next : undefined),
  });

  const ids = useMemo(
    () => list.data?.pages.flatMap((p) => (p.GroupIdList ?? []).map((g) => g.GroupId)) ?? [],
    [list.data],
  );
  const total = list.data?.pages[0]?.TotalCount ?? ids.length;

  // Which 50-ID batches to enrich: those in view, or all loaded ones while filtering by name/owner.
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const chunkIndexes = useMemo(() => {
    const count = Math.ceil(ids.length / INFO_BATCH);
    if (q.trim()) return Array.from({ length: count }, (_, i) => i);
    const firstChunk = Math.floor(range[0] / INFO_BATCH);
    const lastChunk = Math.min(count - 1, Math.floor((range[1] + 1) / INFO_BATCH));
    const out: number[] = [];
    for (let i = firstChunk; i <= lastChunk; i++) out.push(i);
    return out;
  }, [ids.length, q, range]);
  const infoQueries = useQueries({
    queries: chunkIndexes.map((i) => {
      const part = ids.slice(i * INFO_BATCH, (i + 1) * INFO_BATCH);
      return {
        queryKey: [...groupKeys.infos(), 'batch', part],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchGroupInfos(part, signal),
        enabled: part.length > 0,
      };
    }),
  });
  // Enriched details survive scrolling away: keep every batch answer seen (cleared by invalidation refetches).
  const details = useMemo(() => {
    const map = new Map<string, GroupInfo>();
    for (const r of infoQueries) for (const g of r.data ?? []) map.set(g.GroupId, g);
    return map;
  }, [infoQueries]);
  const failedBatch = infoQueries.find((r) => r.isError);

  const needle = q.trim().toLowerCase();
  const rows = useMemo(() => {
    if (!needle) return ids;
    return ids.filter((id) => {
      const g = details.get(id);
      if (!g) return false;
      return (
        (g.Name ?? '').toLowerCase().includes(needle) ||
        (g.Owner_Account ?? '').toLowerCase().includes(needle) ||
        id.toLowerCase().includes(needle)
      );
    });
  }, [ids, details, needle]);

  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError: listError } = list;
  const onRangeChange = useCallback(
    (first: number, last: number) => {
      setRange((prev) => (prev[0] === first && prev[1] === last ? prev : [first, last]));
      // Near the end of what is loaded: fetch the next page of IDs.
      if (!needle && last >= rows.length - 20 && hasNextPage && !isFetchingNextPage && !listError) {
        void fetchNextPage();
      }
    },
    [needle, rows.length, hasNextPage, isFetchingNextPage, listError, fetchNextPage],
  );

  return { list, ids, total, details, failedBatch, needle, rows, onRangeChange };
}
