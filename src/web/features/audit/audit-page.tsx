/** `/audit` (admin): the append-only audit log, filtered through the URL, newest first, with CSV export. */
import { Alert, Button, Card, Drawer, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useMessages } from '../../lib/i18n/i18n';
import { AuditDetail } from './audit-detail';
import { AuditFiltersBar } from './audit-filters-bar';
import { AuditTable } from './audit-table';
import { exportUrl, filtersFromParams, hasFilters, withFilters, type AuditFilters } from './filters';
import { auditMessages } from './messages';
import { auditQueries } from './queries';

export function AuditPage() {
  const m = useMessages(auditMessages);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const entryParam = Number(params.get('entry'));
  const entryId = Number.isSafeInteger(entryParam) && entryParam > 0 ? entryParam : undefined;
  const query = useInfiniteQuery(auditQueries.list(filters));
  const entries = useMemo(() => query.data?.pages.flatMap((p) => p.entries) ?? [], [query.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const setFilters = (next: AuditFilters) => setParams(withFilters(params, next));
  const openEntry = (id: number | undefined) => {
    const next = new URLSearchParams(params);
    if (id === undefined) next.delete('entry');
    else next.set('entry', String(id));
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{m.title}</Title>
          <Text c="dimmed" maw={760}>
            {m.intro}
          </Text>
        </div>
        <Tooltip label={m.exportHint} withArrow>
          <Button
            component="a"
            href={exportUrl(filters)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {m.export}
          </Button>
        </Tooltip>
      </Group>
      <Alert color="gray" variant="light" icon={<IconLock />} p="sm">
        {m.appendOnly}
      </Alert>
      <Card withBorder>
        <AuditFiltersBar filters={filters} onChange={setFilters} />
      </Card>
      <Card withBorder>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError && !query.data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={m.empty}>{hasFilters(filters) ? m.emptyBody : m.emptyAll}</EmptyState>
        ) : (
          <AuditTable
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
        {entryId !== undefined && <AuditDetail id={entryId} />}
      </Drawer>
    </Stack>
  );
}
