/**
 * Groups tab: the groups a user joined (`get_joined_group_list`, Limit/Offset pages), filtered by type
 * (in the URL as `?gtype=`), with the user's role, join time, mute-until and message flag; virtualized.
 */
import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  GROUP_TYPES,
  groupTypeInfo,
  msgFlagLabels,
  roleLabels,
  type GroupType,
  type MsgFlag,
} from '../../../../api/group';
import type { JoinedGroup } from '../../../../api/endpoints/group_open_http_svc/get_joined_group_list';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { detailMessages } from './messages';
import { detailQueries } from './queries';

/** The groups tab of one user. */
export function GroupsTab({ userId }: { userId: string }) {
  const m = useMessages(detailMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const raw = params.get('gtype');
  const type = GROUP_TYPES.includes(raw as GroupType) ? (raw as GroupType) : undefined;
  const list = useInfiniteQuery(detailQueries.groups(userId, type));
  const [loadAll, setLoadAll] = useState(false);

  useEffect(() => {
    if (loadAll && list.hasNextPage && !list.isFetchingNextPage && !list.isError) void list.fetchNextPage();
    if (loadAll && !list.hasNextPage) setLoadAll(false);
  }, [loadAll, list]);

  const rows = list.data?.pages.flatMap((p) => p.GroupIdList ?? []) ?? [];
  const total = list.data?.pages[list.data.pages.length - 1]?.TotalCount ?? rows.length;
  const now = Math.floor(Date.now() / 1000);

  const columns: VirtualColumn<JoinedGroup>[] = [
    {
      key: 'group',
      header: m.groups.group,
      render: (g) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/groups/${encodeURIComponent(g.GroupId)}`} size="sm" fw={500}>
            {g.Name || g.GroupId}
          </Anchor>
          <Text size="xs" c="dimmed" ff="monospace">
            {g.GroupId}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'type',
      header: m.groups.type,
      width: 150,
      render: (g) =>
        g.Type && g.Type in groupTypeInfo ? groupTypeInfo[g.Type as GroupType].label[lang] : (g.Type ?? '—'),
    },
    {
      key: 'role',
      header: m.groups.role,
      width: 110,
      render: (g) =>
        g.SelfInfo?.Role ? (
          <Badge
            variant="light"
            color={g.SelfInfo.Role === 'Owner' ? 'grape' : g.SelfInfo.Role === 'Admin' ? 'blue' : 'gray'}
          >
            {roleLabels[g.SelfInfo.Role][lang]}
          </Badge>
        ) : (
          '—'
        ),
    },
    {
      key: 'joined',
      header: m.groups.joined,
      width: 170,
      render: (g) => (g.SelfInfo?.JoinTime ? formatUnixSeconds(g.SelfInfo.JoinTime, lang) : '—'),
    },
    {
      key: 'muted',
      header: m.groups.mutedUntil,
      width: 170,
      render: (g) => {
        const until = g.SelfInfo?.MuteUntil ?? g.SelfInfo?.ShutUpUntil ?? 0;
        return until > now ? (
          <Text size="sm" c="red">
            {formatUnixSeconds(until, lang)}
          </Text>
        ) : (
          m.groups.notMuted
        );
      },
    },
    {
      key: 'flag',
      header: m.groups.msgFlag,
      width: 190,
      render: (g) => (g.SelfInfo?.MsgFlag ? msgFlagLabels[g.SelfInfo.MsgFlag as MsgFlag][lang] : '—'),
    },
    {
      key: 'members',
      header: m.groups.members,
      width: 90,
      render: (g) => g.MemberNum?.toLocaleString() ?? '—',
    },
  ];

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {m.groups.title}
          </Title>
          <Select
            label={m.groups.type}
            w={280}
            value={type ?? ''}
            onChange={(v) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (v) next.set('gtype', v);
                  else next.delete('gtype');
                  return next;
                },
                { replace: true },
              )
            }
            data={[
              { value: '', label: m.groups.allTypes },
              ...GROUP_TYPES.map((t) => ({ value: t, label: groupTypeInfo[t].label[lang] })),
            ]}
            allowDeselect={false}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {m.groups.avNote}
        </Text>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError && rows.length === 0 ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title={m.groups.emptyTitle}>{m.groups.emptyBody}</EmptyState>
        ) : (
          <>
            <VirtualTable
              rows={rows}
              columns={columns}
              rowKey={(g) => g.GroupId}
              label={m.groups.tableLabel}
              rowHeight={56}
            />
            {list.isError && <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} />}
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {m.groups.total(rows.length, total)}
              </Text>
              {list.hasNextPage && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    loading={list.isFetchingNextPage}
                    onClick={() => void list.fetchNextPage()}
                  >
                    {m.groups.loadMore}
                  </Button>
                  <Button variant="subtle" disabled={loadAll} onClick={() => setLoadAll(true)}>
                    {m.groups.loadAll}
                  </Button>
                </Group>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
