/**
 * `/groups` — every group of the app via `get_appid_group_list` and its `Next` cursor (infinite,
 * virtualized), the type and page size in the URL (`?type=`, `?size=`), the visible rows enriched with
 * `get_group_info` in batches of its documented cap (50), a filter of the loaded rows by name or owner
 * (`?q=`; the IM API cannot search by name), open by exact ID, create (`?create=1`) and import (`?import=1`).
 * The data is in `use-group-list.ts`, the table's columns in `group-columns.tsx`.
 */
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { VirtualTable } from '../../components/virtual-table';
import { AccessGate } from '../../lib/access';
import { useMessages } from '../../lib/i18n/i18n';
import { CreateGroupForm } from './create-group-form';
import { useGroupColumns } from './group-columns';
import { GroupListFilters, groupListParams } from './group-list-filters';
import { ImportGroupForm } from './import-group-form';
import { groupsMessages } from './messages';
import { OpenGroupCard } from './open-group-card';
import { useGroupList } from './use-group-list';

/** The groups page. */
export function GroupsPage() {
  const m = useMessages(groupsMessages);
  const [params, setParams] = useSearchParams();
  const { type, size, q } = groupListParams(params);
  const creating = params.get('create') === '1';
  const importing = params.get('import') === '1';

  const setParam = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const { list, ids, total, details, failedBatch, needle, rows, onRangeChange } = useGroupList({
    type,
    size,
    q,
  });
  const columns = useGroupColumns(details);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  let body;
  if (list.isPending) body = <LoadingState label={m.list.loading} />;
  else if (list.isError && !list.data)
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (!list.data || ids.length === 0)
    body = type ? (
      <EmptyState title={m.list.emptyTypeTitle}>{m.list.emptyTypeBody}</EmptyState>
    ) : (
      <EmptyState title={m.list.emptyTitle}>{m.list.emptyBody}</EmptyState>
    );
  else
    body = (
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {needle
              ? m.list.matching(rows.length, ids.filter((id) => details.has(id)).length, ids.length)
              : m.list.total(ids.length, total)}
          </Text>
          {hasNextPage ? (
            <Button
              variant="light"
              size="xs"
              loading={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
            >
              {m.list.loadMore}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {m.list.allLoaded}
            </Text>
          )}
        </Group>
        {failedBatch && <ErrorState error={failedBatch.error} onRetry={() => void failedBatch.refetch()} />}
        {rows.length === 0 ? (
          <EmptyState title={m.list.noMatchTitle}>{m.list.noMatchBody}</EmptyState>
        ) : (
          <VirtualTable
            rows={rows}
            columns={columns}
            rowKey={(id) => id}
            label={m.list.tableLabel}
            rowHeight={44}
            maxHeight={600}
            onRangeChange={onRangeChange}
          />
        )}
        {list.isError && <ErrorState error={list.error} onRetry={() => void fetchNextPage()} />}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{m.list.title}</Title>
          <Text c="dimmed">{m.list.intro}</Text>
        </Stack>
        <Group>
          <AccessGate what="group_open_http_svc/import_group">
            {(disabled) => (
              <Button variant="default" disabled={disabled} onClick={() => setParam('import', '1')}>
                {m.list.import}
              </Button>
            )}
          </AccessGate>
          <AccessGate what="group_open_http_svc/create_group">
            {(disabled) => (
              <Button disabled={disabled} onClick={() => setParam('create', '1')}>
                {m.list.create}
              </Button>
            )}
          </AccessGate>
        </Group>
      </Group>

      <OpenGroupCard />

      <GroupListFilters type={type} size={size} q={q} setParam={setParam} />

      {body}

      <Modal opened={creating} onClose={() => setParam('create', undefined)} title={m.create.title} size="xl">
        <CreateGroupForm onDone={() => setParam('create', undefined)} />
      </Modal>
      <Modal
        opened={importing}
        onClose={() => setParam('import', undefined)}
        title={m.import.title}
        size="xl"
      >
        <ImportGroupForm onDone={() => setParam('import', undefined)} />
      </Modal>
    </Stack>
  );
}
