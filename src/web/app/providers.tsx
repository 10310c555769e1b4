/** Every provider the console needs, in one small tree: theme, i18n, queries, modals, notifications. */
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { explainImError } from '../../api/errors';
import { isApiFailure, ImApiError, ProxyRequestError } from '../lib/api-client';
import { I18nProvider, type Language } from '../lib/i18n/i18n';
import { theme } from './theme';

/** Retries only what may succeed on a second try: network trouble and transient IM codes, never rule breaks. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiFailure(error)) return failureCount < 1;
  if (error instanceof ProxyRequestError)
    return error.kind === 'network' || error.kind === 'upstream_timeout';
  if (error instanceof ImApiError) return explainImError(error.code).transient;
  return false;
}

/** Creates the query client with the console's defaults. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** Wraps the app (and component tests) in every provider. */
export function Providers({
  children,
  language,
  client,
}: {
  children: ReactNode;
  language?: Language;
  client?: QueryClient;
}) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <I18nProvider initial={language}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <Notifications position="top-right" />
            {children}
          </ModalsProvider>
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
