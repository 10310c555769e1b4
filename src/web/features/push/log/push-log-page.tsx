/** `/push`: the proxy's push log, filtered through the URL, newest first, with a detail drawer. */
import { Alert, Button, Card, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate, useCan } from '../../../lib/access';
import { useMessages } from '../../../lib/i18n/i18n';
import { PushTabs } from '../push-tabs';
import { filtersFromParams, hasFilters, withFilters, type PushLogFilters } from './filters';
import { pushLogMessages } from './messages';
import { PushLogDetail } from './push-log-detail';
import { PushLogFiltersBar } from './push-log-filters';
import { PushLogTable } from './push-log-table';
import { pushLogQueries } from './queries';

export function PushLogPage() {
  const m = useMessages(pushLogMessages);
  const canSend = useCan('all_member_push/im_push').allowed;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const entryParam = Number(params.get('entry'));
  const entryId = Number.isSafeInteger(entryParam) && entryParam > 0 ? entryParam : undefined;
  const query = useInfiniteQuery(pushLogQueries.list(filters));
  const entries = useMemo(() => query.data?.pages.flatMap((p) => p.entries) ?? [], [query.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const setFilters = (next: PushLogFilters) => setParams(withFilters(params, next));
  const openEntry = (id: number | undefined) => {
    const next = new URLSearchParams(params);
    if (id === undefined) next.delete('entry');
    else next.set('entry', String(id));
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <PushTabs active="log" />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{m.title}</Title>
          <Text c="dimmed" maw={760}>
            {m.intro}
          </Text>
        </div>
        <AccessGate what="all_member_push/im_push">
          {(disabled) =>
            disabled ? (
              <Button disabled leftSection={<IconPlus size={16} aria-hidden />}>
                {m.newPush}
              </Button>
            ) : (
              <Button component={Link} to="/push/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {m.newPush}
              </Button>
            )
          }
        </AccessGate>
      </Group>
      {!canSend && (
        <Alert color="gray" variant="light" icon={<IconLock />} p="sm">
          {m.readOnly}
        </Alert>
      )}
      <Card withBorder>
        <PushLogFiltersBar filters={filters} onChange={setFilters} />
      </Card>
      <Card withBorder>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError && !query.data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={m.empty}>{hasFilters(filters) ? m.emptyBody : m.emptyAll}</EmptyState>
        ) : (
          <PushLogTable
            entries={entries}
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
        title={entryId !== undefined ? m.detail.title(entryId) : ''}
        closeButtonProps={{ 'aria-label': m.detail.close }}
      >
        {entryId !== undefined && <PushLogDetail id={entryId} />}
      </Drawer>
    </Stack>
  );
}
