/**
 * The page of a keyset-paged log kept by the proxy (the audit log, the push log): title and action,
 * a notice, the filters, the entries in their four states (loading, error with a retry, empty, data) and
 * the open entry's detail in a drawer. The log brings its own filters, table and detail.
 */
import { Alert, Card, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useMemo, type ComponentType, type ReactNode } from 'react';
import type { LogUrl } from '../../lib/log-url';
import { EmptyState, ErrorState, LoadingState } from '../page-states';
import type { LogRow, LogTableEntries } from './log-table';

/** What the page reads of the log's infinite query (TanStack Query's `useInfiniteQuery` result). */
export interface LogQuery<Row> {
  data: { pages: readonly { entries: readonly Row[] }[] } | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetchNextPageError: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/** Props of `LogPage`. */
export interface LogPageProps<Row extends LogRow> {
  /** Above the title (e.g. the tabs of the area). */
  above?: ReactNode;
  title: string;
  intro: string;
  /** Beside the title (e.g. an export or a "new" button). */
  action: ReactNode;
  /** A standing notice under the title (e.g. that the log is append-only), when there is one. */
  notice?: string;
  /** The filter bar. */
  filters: ReactNode;
  /** The URL state: the open entry and how to close it. */
  url: Pick<LogUrl<unknown>, 'entryId' | 'openEntry'>;
  query: LogQuery<Row>;
  /** What to say when no entry is loaded. */
  empty: { title: string; body: string };
  /** The log's table of the loaded entries. */
  table: ComponentType<LogTableEntries<Row>>;
  /** The drawer of the open entry: its title, the close button's label and its content. */
  detail: { title: (id: number) => string; close: string; render: (id: number) => ReactNode };
}

/** Renders a log page around the log's own filters, table and detail. */
export function LogPage<Row extends LogRow>({
  above,
  title,
  intro,
  action,
  notice,
  filters,
  url,
  query,
  empty,
  table: Table,
  detail,
}: LogPageProps<Row>) {
  const entries = useMemo(() => query.data?.pages.flatMap((p) => p.entries) ?? [], [query.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const { entryId, openEntry } = url;

  return (
    <Stack gap="lg">
      {above}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed" maw={760}>
            {intro}
          </Text>
        </div>
        {action}
      </Group>
      {notice && (
        <Alert color="gray" variant="light" icon={<IconLock />} p="sm">
          {notice}
        </Alert>
      )}
      <Card withBorder>{filters}</Card>
      <Card withBorder>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError && !query.data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={empty.title}>{empty.body}</EmptyState>
        ) : (
          <Table
            rows={entries}
            hasMore={hasNextPage}
            loadingMore={isFetchingNextPage}
            onLoadMore={loadMore}
            onOpen={openEntry}
          />
        )}
        {query.isFetchNextPageError && <ErrorState error={query.error} onRetry={loadMore} />}
      </Card>
      <Drawer
        opened={entryId !== undefined}
        onClose={() => openEntry(undefined)}
        position="right"
        size="xl"
        title={entryId !== undefined ? detail.title(entryId) : ''}
        closeButtonProps={{ 'aria-label': detail.close }}
      >
        {entryId !== undefined && detail.render(entryId)}
      </Drawer>
    </Stack>
  );
}
