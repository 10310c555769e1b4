/** Push log queries: cursor-paged entries (newest first) and one entry, from the proxy's push log. */
import { infiniteQueryOptions, queryOptions, useQuery } from '@tanstack/react-query';
import { pushLogEntrySchema, pushLogPageSchema } from '../../../../api/push-log';
import { callConsoleApi } from '../../../lib/api-client';
import { filtersToParams, type PushLogFilters } from './filters';

/** Entries per page; the table asks for the next page as the operator nears the end. */
export const PUSH_LOG_PAGE_SIZE = 200;

/** Query keys of the push log; invalidate `pushLogKeys.all()` after a push is sent. */
export const pushLogKeys = {
  all: () => ['push-log'] as const,
  lists: () => [...pushLogKeys.all(), 'list'] as const,
  list: (filters: PushLogFilters) => [...pushLogKeys.lists(), filters] as const,
  entry: (id: number) => [...pushLogKeys.all(), 'entry', id] as const,
};

export const pushLogQueries = {
  list: (filters: PushLogFilters) =>
    infiniteQueryOptions({
      queryKey: pushLogKeys.list(filters),
      queryFn: ({ pageParam, signal }) => {
        const params = filtersToParams(filters);
        params.set('limit', String(PUSH_LOG_PAGE_SIZE));
        if (pageParam) params.set('cursor', pageParam);
        return callConsoleApi(`/api/console/push-log?${params.toString()}`, pushLogPageSchema, { signal });
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      staleTime: 10_000,
    }),
  entry: (id: number) =>
    queryOptions({
      queryKey: pushLogKeys.entry(id),
      queryFn: ({ signal }) => callConsoleApi(`/api/console/push-log/${id}`, pushLogEntrySchema, { signal }),
      // A pending entry may still be finished; a finished one never changes.
      staleTime: (q) => (q.state.data?.outcome === 'pending' ? 0 : Infinity),
    }),
};

/** One push log entry (e.g. to duplicate it); disabled when `id` is null. */
export function usePushLogEntry(id: number | null) {
  return useQuery({ ...pushLogQueries.entry(id ?? 0), enabled: id !== null });
}
