/** Audit queries: cursor-paged entries (newest first), one entry's detail, and the operators to filter by. */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { auditEntryDetailSchema, auditPageSchema, operatorListSchema } from '../../../api/console-api';
import { callConsoleApi } from '../../lib/api-client';
import { filtersToParams, type AuditFilters } from './filters';

/** Entries per page; the table asks for the next page as the operator nears the end. */
export const AUDIT_PAGE_SIZE = 200;

export const auditQueries = {
  all: () => ['audit'] as const,
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), 'list', filters] as const,
      queryFn: ({ pageParam, signal }) => {
        const params = filtersToParams(filters);
        params.set('limit', String(AUDIT_PAGE_SIZE));
        if (pageParam) params.set('cursor', pageParam);
        return callConsoleApi(`/api/audit?${params.toString()}`, auditPageSchema, { signal });
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      // The log only grows: a page once read never changes.
      staleTime: 30_000,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => callConsoleApi(`/api/audit/${id}`, auditEntryDetailSchema, { signal }),
      staleTime: Infinity,
    }),
  operators: () =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'operators'] as const,
      queryFn: ({ signal }) => callConsoleApi('/api/operators', operatorListSchema, { signal }),
    }),
};
