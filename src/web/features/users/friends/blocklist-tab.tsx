/**
 * The Blocklist tab of User 360: the blocked users (`black_list_get`, every page), unblock with a
 * confirmation (`black_list_delete`), block many (`black_list_add`) with per-item results, and the
 * relationship check (`black_list_check` with `friend_check`).
 */
import { ActionIcon, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { AccessGate } from '../../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { BlockForm } from './block-form';
import { FriendCheck } from './friend-check';
import { friendsMessages } from './messages';
import { friendQueries } from './queries';
import { UnblockModal } from './unblock-modal';

interface BlockedRow {
  userId: string;
  at: number;
}

/** The Blocklist tab. */
export function BlocklistTab({ userId }: { userId: string }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const [unblock, setUnblock] = useState<string>();
  const list = useInfiniteQuery(friendQueries.blocklist(userId));
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const rows = useMemo<BlockedRow[]>(
    () =>
      list.data?.pages.flatMap((p) =>
        (p.BlackListItem ?? []).map((i) => ({ userId: i.To_Account, at: i.AddBlackTimeStamp })),
      ) ?? [],
    [list.data],
  );

  const columns: VirtualColumn<BlockedRow>[] = [
    {
      key: 'id',
      header: m.common.userId,
      render: (r) => (
        <Anchor
          component={Link}
          to={`/users/${encodeURIComponent(r.userId)}?tab=blocklist`}
          ff="monospace"
          size="sm"
        >
          {r.userId}
        </Anchor>
      ),
    },
    {
      key: 'at',
      header: m.blocklist.blockedAt,
      render: (r) => <Text size="sm">{r.at ? formatUnixSeconds(r.at, lang) : '—'}</Text>,
    },
    {
      key: 'actions',
      header: m.common.actions,
      width: 96,
      render: (r) => (
        <AccessGate what="sns/black_list_delete">
          {(disabled) => (
            <ActionIcon
              variant="subtle"
              aria-label={m.blocklist.removeOf(r.userId)}
              disabled={disabled}
              onClick={() => setUnblock(r.userId)}
            >
              <IconLockOpen size={16} aria-hidden />
            </ActionIcon>
          )}
        </AccessGate>
      ),
    },
  ];

  let body;
  if (list.isPending) body = <LoadingState label={m.blocklist.loading} />;
  else if (list.isError && rows.length === 0)
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0)
    body = <EmptyState title={m.blocklist.emptyTitle}>{m.blocklist.emptyBody}</EmptyState>;
  else
    body = (
      <Stack gap="xs">
        {list.isError && <ErrorState error={list.error} onRetry={() => void fetchNextPage()} />}
        <VirtualTable
          rows={rows}
          columns={columns}
          rowKey={(r) => r.userId}
          label={m.blocklist.table(userId)}
          rowHeight={44}
        />
      </Stack>
    );

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} size="h4">
          {m.blocklist.title}
        </Title>
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {list.data
            ? hasNextPage
              ? m.blocklist.loadedOf(rows.length)
              : m.blocklist.count(rows.length)
            : m.blocklist.loading}
        </Text>
      </Stack>
      {body}
      <BlockForm userId={userId} />
      <FriendCheck userId={userId} />
      {unblock && <UnblockModal userId={userId} target={unblock} onClose={() => setUnblock(undefined)} />}
    </Stack>
  );
}
