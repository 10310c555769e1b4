/**
 * `/groups` — every group of the app via `get_appid_group_list` and its `Next` cursor (infinite,
 * virtualized), the type and page size in the URL (`?type=`, `?size=`), the visible rows enriched with
 * `get_group_info` in batches of its documented cap (50), a filter of the loaded rows by name or owner
 * (`?q=`; the IM API cannot search by name), open by exact ID, create (`?create=1`) and import (`?import=1`).
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { batchMax } from '../../../api/endpoint';
import { endpoint as getAppidGroupList } from '../../../api/endpoints/group_open_http_svc/get_appid_group_list';
import { endpoint as getGroupInfo } from '../../../api/endpoints/group_open_http_svc/get_group_info';
import { GROUP_TYPES, groupTypeInfo, type GroupType } from '../../../api/group';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { AccessGate } from '../../lib/access';
import { callIm } from '../../lib/api-client';
import { formatUnixSeconds, useLanguage, useMessages } from '../../lib/i18n/i18n';
import { CreateGroupForm } from './create-group-form';
import { ImportGroupForm } from './import-group-form';
import { groupsMessages } from './messages';
import { createPacer } from './pacer';
import { fetchGroupInfos, groupKeys, type GroupInfo } from './queries';

/** Page sizes offered for get_appid_group_list (its documented maximum and default is 10000). */
export const PAGE_SIZES = [100, 1000, 10000] as const;
const DEFAULT_SIZE = 1000;
const INFO_BATCH = batchMax(getGroupInfo, 'GroupIdList');
/** get_appid_group_list is documented at 1 call per second: pages are fetched no faster. */
const listPace = createPacer(1000 / getAppidGroupList.rate.perSecond + 50);

/** The groups page. */
export function GroupsPage() {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const rawType = params.get('type');
  const type = GROUP_TYPES.includes(rawType as GroupType) ? (rawType as GroupType) : undefined;
  const rawSize = Number(params.get('size'));
  const size = (PAGE_SIZES as readonly number[]).includes(rawSize) ? rawSize : DEFAULT_SIZE;
  const q = params.get('q') ?? '';
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

  const [openId, setOpenId] = useState('');
  const [openError, setOpenError] = useState<string>();
  const onOpen = (e: FormEvent) => {
    e.preventDefault();
    const id = openId.trim();
    if (!id) {
      setOpenError(m.open.empty);
      return;
    }
    void navigate(`/groups/${encodeURIComponent(id)}`);
  };

  const dash = '—';
  const columns: VirtualColumn<string>[] = [
    {
      key: 'id',
      header: m.list.colId,
      width: '22%',
      render: (id) => (
        <Anchor component={Link} to={`/groups/${encodeURIComponent(id)}`} ff="monospace" size="sm">
          {id}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: m.list.colName,
      render: (id) => {
        const g = details.get(id);
        if (!g)
          return (
            <Text c="dimmed" size="sm">
              {m.list.detailsLoading}
            </Text>
          );
        if (g.ErrorCode !== 0)
          return (
            <Text c="red" size="sm">
              {m.list.detailsError(g.ErrorCode)}
            </Text>
          );
        return <Text size="sm">{g.Name || dash}</Text>;
      },
    },
    {
      key: 'type',
      header: m.list.colType,
      render: (id) => {
        const t = details.get(id)?.Type;
        if (!t) return dash;
        return (
          <Badge variant="light" size="sm">
            {t === 'BChatRoom' ? t : groupTypeInfo[t].sdkName}
          </Badge>
        );
      },
    },
    {
      key: 'owner',
      header: m.list.colOwner,
      render: (id) => {
        const g = details.get(id);
        if (!g) return dash;
        return g.Owner_Account ? (
          <Anchor component={Link} to={`/users/${encodeURIComponent(g.Owner_Account)}`} size="sm">
            {g.Owner_Account}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {m.list.noOwner}
          </Text>
        );
      },
    },
    {
      key: 'members',
      header: m.list.colMembers,
      render: (id) => {
        const g = details.get(id);
        if (!g || g.MemberNum === undefined) return dash;
        return `${g.MemberNum.toLocaleString()} / ${(g.MaxMemberNum ?? 0).toLocaleString()}`;
      },
    },
    {
      key: 'mute',
      header: m.list.colMuteAll,
      render: (id) => {
        const g = details.get(id);
        if (!g?.MuteAllMember) return dash;
        return g.MuteAllMember === 'On' ? (
          <Badge color="orange" variant="light" size="sm">
            {m.list.on}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {m.list.off}
          </Text>
        );
      },
    },
    {
      key: 'created',
      header: m.list.colCreated,
      render: (id) => {
        const t = details.get(id)?.CreateTime;
        return t ? formatUnixSeconds(t, lang) : dash;
      },
    },
    {
      key: 'last',
      header: m.list.colLastMsg,
      render: (id) => {
        const g = details.get(id);
        if (!g) return dash;
        return g.LastMsgTime ? formatUnixSeconds(g.LastMsgTime, lang) : m.list.never;
      },
    },
  ];

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

      <Card withBorder>
        <form onSubmit={onOpen} aria-label={m.open.label}>
          <Group align="flex-end">
            <TextInput
              label={m.open.label}
              placeholder={m.open.placeholder}
              value={openId}
              onChange={(e) => {
                setOpenId(e.currentTarget.value);
                setOpenError(undefined);
              }}
              error={openError}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="light">
              {m.open.submit}
            </Button>
          </Group>
        </form>
      </Card>

      <Group align="flex-end">
        <Select
          label={m.list.typeFilter}
          data={[
            { value: '', label: m.list.allTypes },
            ...GROUP_TYPES.map((t) => ({ value: t, label: groupTypeInfo[t].label[lang] })),
          ]}
          value={type ?? ''}
          onChange={(v) => setParam('type', v || undefined)}
          allowDeselect={false}
          w={280}
        />
        <Select
          label={m.list.pageSize}
          data={PAGE_SIZES.map((s) => ({ value: String(s), label: s.toLocaleString() }))}
          value={String(size)}
          onChange={(v) => setParam('size', v && Number(v) !== DEFAULT_SIZE ? v : undefined)}
          allowDeselect={false}
          w={200}
        />
        <TextInput
          label={m.list.filter}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setParam('q', e.currentTarget.value || undefined)}
          style={{ flex: 1, minWidth: 240 }}
        />
      </Group>
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} p="xs">
        <Text size="sm">
          {m.list.filterHint} {m.list.pageSizeHint}
        </Text>
      </Alert>

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
