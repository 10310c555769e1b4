/** The app the proxy signs for (`GET /api/app`), as a query. */
import { queryOptions } from '@tanstack/react-query';
import { appInfoSchema } from '../../api/app-info';
import { getProxyJson } from './api-client';

/** Query keys and fetchers for the proxy's own routes. */
export const proxyQueries = {
  all: () => ['proxy'] as const,
  app: () =>
    queryOptions({
      queryKey: [...proxyQueries.all(), 'app'] as const,
      queryFn: () => getProxyJson('/api/app', appInfoSchema),
      staleTime: 5 * 60_000,
    }),
};
