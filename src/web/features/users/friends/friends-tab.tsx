/**
 * The Friends tab of User 360: every friend (`friend_get`, all pages, loaded progressively), virtualized,
 * with nicknames for the rows in view, search in the URL (`?fq=`), edit, add, import, delete, delete all,
 * and the relationship check.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconSearch, IconTrash } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { AccessGate } from '../../../lib/access';
import { chunk } from '../../../lib/batches';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { AddFriendsModal } from './add-friends-modal';
import { DeleteAllFriendsModal } from './delete-all-friends-modal';
import { DeleteFriendModal } from './delete-friend-modal';
import { EditFriendModal } from './edit-friend-modal';
import { FriendCheck } from './friend-check';
import { ImportFriendsModal } from './import-friends-modal';
import { friendsMessages } from './messages';
import { NICK_BATCH, friendQueries, type FriendRow } from './queries';

type Dialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'deleteAll' }
  | { kind: 'edit'; friend: FriendRow }
  | { kind: 'delete'; friendId: string };

/** True when `row` matches the (lower-cased) search text. */
export function friendMatches(row: FriendRow, q: string): boolean {
  if (!q) return true;
  return (
    row.userId.toLowerCase().includes(q) ||
    row.remark.toLowerCase().includes(q) ||
    row.addSourceKeyword.toLowerCase().includes(q) ||
    row.lists.some((l) => l.toLowerCase().includes(q))
  );
}

/** The Friends tab. */
export function FriendsTab({ userId }: { userId: string }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const search = params.get('fq') ?? '';
  const [dialog, setDialog] = useState<Dialog>();
  const [range, setRange] = useState<[number, number]>([0, 0]);

  const friends = useQuery(friendQueries.friends(userId));
  const lists = useQuery(friendQueries.lists(userId));

  const list = friends.data ?? undefined;
  const all = useMemo(() => list?.rows ?? [], [list]);
  const total = list?.total ?? 0;
  const complete = list?.complete === true;
  const changed = list?.changed === true;
  const q = search.trim().toLowerCase();
  const rows = useMemo(() => (q ? all.filter((r) => friendMatches(r, q)) : all), [all, q]);
  const knownLists = useMemo(() => lists.data?.ResultItem?.map((l) => l.GroupName) ?? [], [lists.data]);

  // Nicknames for the rows in view: the chunks of `NICK_BATCH` rows the visible range touches.
  const nickChunks = useMemo(() => {
    const firstChunk = Math.floor(range[0] / NICK_BATCH);
    const lastChunk = Math.floor(range[1] / NICK_BATCH);
    const out: string[][] = [];
    for (let c = firstChunk; c <= lastChunk; c++) {
      const ids = rows.slice(c * NICK_BATCH, (c + 1) * NICK_BATCH).map((r) => r.userId);
      if (ids.length) out.push(...chunk(ids, NICK_BATCH));
    }
    return out;
  }, [range, rows]);
  const { nicks, nicksLoading } = useQueries({
    queries: nickChunks.map((ids) => friendQueries.nicknames(ids)),
    combine: (results) => ({
      nicks: Object.assign({}, ...results.map((r) => r.data ?? {})) as Record<string, string>,
      nicksLoading: results.some((r) => r.isPending),
    }),
  });
  const onRangeChange = useCallback((a: number, b: number) => {
    setRange((cur) => (cur[0] === a && cur[1] === b ? cur : [a, b]));
  }, []);

  function setSearch(value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('fq', value);
        else next.delete('fq');
        return next;
      },
      { replace: true },
    );
  }

  const columns: VirtualColumn<FriendRow>[] = [
    {
      key: 'id',
      header: m.common.userId,
      width: '16%',
      render: (r) => (
        <Anchor
          component={Link}
          to={`/users/${encodeURIComponent(r.userId)}?tab=friends`}
          ff="monospace"
          size="sm"
        >
          {r.userId}
        </Anchor>
      ),
    },
    {
      key: 'nick',
      header: m.friends.nickname,
      width: '14%',
      render: (r) => (
        <Text size="sm" c={nicks[r.userId] ? undefined : 'dimmed'}>
          {nicks[r.userId] ?? (nicksLoading ? '…' : m.friends.none)}
        </Text>
      ),
    },
    {
      key: 'remark',
      header: m.friends.remark,
      width: '14%',
      render: (r) => (
        <Text size="sm" lineClamp={1} title={r.remark}>
          {r.remark || m.friends.none}
        </Text>
      ),
    },
    {
      key: 'lists',
      header: m.friends.lists,
      render: (r) =>
        r.lists.length ? (
          <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
            {r.lists.map((l) => (
              <Badge key={l} variant="light" size="sm" tt="none" style={{ flexShrink: 0 }}>
                {l}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {m.friends.none}
          </Text>
        ),
    },
    {
      key: 'source',
      header: m.friends.addSource,
      width: '11%',
      render: (r) => (
        <Tooltip label={r.addSource} disabled={!r.addSource}>
          <Text size="sm">{r.addSourceKeyword || m.friends.none}</Text>
        </Tooltip>
      ),
    },
    {
      key: 'time',
      header: m.friends.addTime,
      width: '15%',
      render: (r) => <Text size="sm">{r.addTime ? formatUnixSeconds(r.addTime, lang) : m.friends.none}</Text>,
    },
    {
      key: 'actions',
      header: m.common.actions,
      width: 96,
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          <AccessGate what="sns/friend_update">
            {(disabled) => (
              <ActionIcon
                variant="subtle"
                aria-label={m.friends.editOf(r.userId)}
                disabled={disabled}
                onClick={() => setDialog({ kind: 'edit', friend: r })}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            )}
          </AccessGate>
          <AccessGate what="sns/friend_delete">
            {(disabled) => (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={m.friends.deleteOf(r.userId)}
                disabled={disabled}
                onClick={() => setDialog({ kind: 'delete', friendId: r.userId })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            )}
          </AccessGate>
        </Group>
      ),
    },
  ];

  let body;
  if (friends.isPending) body = <LoadingState label={m.friends.loading} />;
  else if (friends.isError && all.length === 0)
    body = <ErrorState error={friends.error} onRetry={() => void friends.refetch()} />;
  else if (complete && all.length === 0)
    body = <EmptyState title={m.friends.emptyTitle}>{m.friends.emptyBody}</EmptyState>;
  else
    body = (
      <Stack gap="xs">
        {friends.isError && <ErrorState error={friends.error} onRetry={() => void friends.refetch()} />}
        {rows.length === 0 ? (
          <EmptyState title={m.friends.noMatchTitle}>{m.friends.noMatchBody}</EmptyState>
        ) : (
          <VirtualTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.userId}
            label={m.friends.table(userId)}
            rowHeight={48}
            onRangeChange={onRangeChange}
          />
        )}
      </Stack>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {m.friends.title}
          </Title>
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="friend-count">
            {complete
              ? q
                ? `${m.friends.count(total)} · ${m.friends.shown(rows.length, all.length)}`
                : m.friends.count(total)
              : list
                ? m.friends.progress(all.length, total)
                : m.friends.loading}
          </Text>
        </Stack>
        <Group gap="xs">
          <AccessGate what="sns/friend_add">
            {(disabled) => (
              <Button disabled={disabled} onClick={() => setDialog({ kind: 'add' })}>
                {m.friends.add}
              </Button>
            )}
          </AccessGate>
          <AccessGate what="sns/friend_import">
            {(disabled) => (
              <Button
                variant="light"
                color="orange"
                disabled={disabled}
                onClick={() => setDialog({ kind: 'import' })}
              >
                {m.friends.import}
              </Button>
            )}
          </AccessGate>
          <AccessGate what="sns/friend_delete_all">
            {(disabled) => (
              <Button
                variant="light"
                color="red"
                disabled={disabled || all.length === 0}
                onClick={() => setDialog({ kind: 'deleteAll' })}
              >
                {m.friends.deleteAll}
              </Button>
            )}
          </AccessGate>
        </Group>
      </Group>
      {!complete && list && total > 0 && (
        <Progress
          value={(all.length / total) * 100}
          aria-label={m.friends.progress(all.length, total)}
          size="sm"
        />
      )}
      {changed && (
        <Alert color="yellow" variant="light">
          <Group justify="space-between">
            <Text size="sm">{m.friends.changed}</Text>
            <Button size="xs" variant="light" onClick={() => void friends.refetch()}>
              {m.common.reload}
            </Button>
          </Group>
        </Alert>
      )}
      <TextInput
        label={m.friends.search}
        placeholder={m.friends.searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
        type="search"
      />
      {body}
      <FriendCheck userId={userId} />
      {dialog?.kind === 'add' && <AddFriendsModal userId={userId} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'import' && (
        <ImportFriendsModal userId={userId} knownLists={knownLists} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'deleteAll' && (
        <DeleteAllFriendsModal userId={userId} friends={all} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'edit' && (
        <EditFriendModal
          userId={userId}
          friend={dialog.friend}
          knownLists={knownLists}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteFriendModal userId={userId} friendId={dialog.friendId} onClose={() => setDialog(undefined)} />
      )}
    </Stack>
  );
}
