/**
 * Conversations tab: the user's cloud conversation list (`recentcontact/get_list`, paged with its two
 * cursor pairs), with peer, type, last message time, pinned flag and C2C unread counts
 * (`get_c2c_unread_msg_num`, 10 peers per call, fetched only for rows in view); delete one conversation
 * (`recentcontact/delete`, optionally clearing roaming) after confirming; each row opens its transcript.
 */
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessages, IconPinFilled, IconTrash } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { conversationTypeLabels } from '../../../../api/conversation';
import { endpoint as deleteConversation } from '../../../../api/endpoints/recentcontact/delete';
import type { SessionItem } from '../../../../api/endpoints/recentcontact/get_list';
import { UNREAD_PEERS_MAX } from '../../../../api/endpoints/openim/get_c2c_unread_msg_num';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { detailMessages } from './messages';
import { detailQueries } from './queries';

type Filter = 'all' | 'c2c' | 'group';

/** A loaded conversation with what its row needs. */
interface Row {
  key: string;
  item: SessionItem;
  peer: string;
  /** The 10-peer batch this C2C row's unread count is read with. */
  batch?: string[];
}

function peerOf(item: SessionItem): string {
  return (item.Type === 1 ? item.To_Account : (item.GroupId ?? item.To_Account)) ?? '';
}

/** The transcript URL of a conversation, as the history area defines it (users-shared.md). */
export function transcriptUrl(owner: string, item: SessionItem): string {
  return item.Type === 1
    ? `/history/c2c/${encodeURIComponent(owner)}/${encodeURIComponent(peerOf(item))}`
    : `/history/group/${encodeURIComponent(peerOf(item))}`;
}

function UnreadCell({ userId, batch, peer }: { userId: string; batch: string[]; peer: string }) {
  const m = useMessages(detailMessages);
  const unread = useQuery(detailQueries.unread(userId, batch));
  if (unread.isPending)
    return (
      <Text size="sm" c="dimmed">
        …
      </Text>
    );
  if (unread.isError) {
    return (
      <Tooltip label={m.conversations.unreadError}>
        <Text size="sm" c="red">
          !
        </Text>
      </Tooltip>
    );
  }
  const code = unread.data.errors.get(peer);
  if (code !== undefined) return <Text size="sm" c="red">{`(${code})`}</Text>;
  const n = unread.data.counts.get(peer) ?? 0;
  return n > 0 ? (
    <Badge color="red" variant="filled" size="sm">
      {n}
    </Badge>
  ) : (
    <Text size="sm" c="dimmed">
      0
    </Text>
  );
}

/** The conversations tab of one user. */
export function ConversationsTab({ userId }: { userId: string }) {
  const m = useMessages(detailMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const rawFilter = params.get('ctype');
  const filter: Filter = rawFilter === 'c2c' || rawFilter === 'group' ? rawFilter : 'all';
  const list = useInfiniteQuery(detailQueries.conversations(userId));
  const [toDelete, setToDelete] = useState<Row>();

  const items = list.data?.pages.flatMap((p) => p.SessionItem ?? []) ?? [];
  const c2cPeers = items.filter((i) => i.Type === 1).map(peerOf);
  // Batches of 10 C2C peers in list order; a row's batch is read when one of its rows scrolls into view.
  const batches = Array.from({ length: Math.ceil(c2cPeers.length / UNREAD_PEERS_MAX) }, (_, b) =>
    c2cPeers.slice(b * UNREAD_PEERS_MAX, (b + 1) * UNREAD_PEERS_MAX),
  );
  let c2cIndex = 0;
  const all: Row[] = items.map((item) => {
    const peer = peerOf(item);
    const batch = item.Type === 1 ? batches[Math.floor(c2cIndex++ / UNREAD_PEERS_MAX)] : undefined;
    return { key: `${item.Type}:${peer}`, item, peer, batch };
  });
  const rows =
    filter === 'all' ? all : all.filter((r) => (filter === 'c2c' ? r.item.Type === 1 : r.item.Type === 2));

  const columns: VirtualColumn<Row>[] = [
    {
      key: 'peer',
      header: m.conversations.peer,
      render: (r) => (
        <Anchor
          component={Link}
          to={
            r.item.Type === 1
              ? `/users/${encodeURIComponent(r.peer)}`
              : `/groups/${encodeURIComponent(r.peer)}`
          }
          size="sm"
          ff="monospace"
        >
          {r.peer}
        </Anchor>
      ),
    },
    {
      key: 'type',
      header: m.conversations.type,
      width: 120,
      render: (r) =>
        r.item.Type === 1 || r.item.Type === 2
          ? conversationTypeLabels[r.item.Type][lang]
          : String(r.item.Type),
    },
    {
      key: 'time',
      header: m.conversations.lastMessage,
      width: 190,
      render: (r) => (r.item.MsgTime ? formatUnixSeconds(r.item.MsgTime, lang) : '—'),
    },
    {
      key: 'unread',
      header: m.conversations.unread,
      width: 90,
      render: (r) =>
        r.batch ? (
          <UnreadCell userId={userId} batch={r.batch} peer={r.peer} />
        ) : (
          <Tooltip label={m.conversations.unreadNaHint}>
            <Text size="sm" c="dimmed" tabIndex={0}>
              {m.conversations.unreadNa}
            </Text>
          </Tooltip>
        ),
    },
    {
      key: 'pinned',
      header: m.conversations.pinned,
      width: 110,
      render: (r) =>
        r.item.TopFlag === 1 ? (
          <Badge variant="light" color="blue" leftSection={<IconPinFilled size={10} aria-hidden />}>
            {m.conversations.pinnedYes}
          </Badge>
        ) : (
          ''
        ),
    },
    {
      key: 'actions',
      header: m.conversations.actions,
      width: 170,
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          <Button
            component={Link}
            to={transcriptUrl(userId, r.item)}
            size="compact-sm"
            variant="subtle"
            leftSection={<IconMessages size={14} aria-hidden />}
            aria-label={m.conversations.transcriptOf(r.peer)}
          >
            {m.conversations.transcript}
          </Button>
          <AccessGate what="recentcontact/delete">
            {(disabled) => (
              <ActionIcon
                variant="subtle"
                color="red"
                disabled={disabled}
                aria-label={m.conversations.deleteOf(r.peer)}
                onClick={() => setToDelete(r)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            )}
          </AccessGate>
        </Group>
      ),
    },
  ];

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {m.conversations.title}
          </Title>
          <SegmentedControl
            aria-label={m.conversations.filter}
            value={filter}
            onChange={(v) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (v === 'all') next.delete('ctype');
                  else next.set('ctype', v);
                  return next;
                },
                { replace: true },
              )
            }
            data={[
              { value: 'all', label: m.conversations.all },
              { value: 'c2c', label: m.conversations.c2c },
              { value: 'group', label: m.conversations.group },
            ]}
          />
        </Group>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError && all.length === 0 ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title={m.conversations.emptyTitle}>{m.conversations.emptyBody}</EmptyState>
        ) : (
          <VirtualTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.key}
            label={m.conversations.tableLabel}
          />
        )}
        {list.isError && all.length > 0 && (
          <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} />
        )}
        {list.data && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {m.conversations.loaded(all.length)}
              {!list.hasNextPage && ` · ${m.conversations.complete}`}
            </Text>
            {list.hasNextPage && (
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {m.conversations.loadMore}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <DeleteConversationModal userId={userId} row={toDelete} onClose={() => setToDelete(undefined)} />
    </Card>
  );
}

function DeleteConversationModal({
  userId,
  row,
  onClose,
}: {
  userId: string;
  row: Row | undefined;
  onClose: () => void;
}) {
  const m = useMessages(detailMessages);
  const queryClient = useQueryClient();
  const [clearRoaming, setClearRoaming] = useState(false);
  const bodyId = useId();
  const remove = useMutation({
    mutationFn: (r: Row) =>
      callIm(deleteConversation, {
        From_Account: userId,
        Type: r.item.Type === 2 ? 2 : 1,
        ...(r.item.Type === 2 ? { ToGroupid: r.peer } : { To_Account: r.peer }),
        ClearRamble: clearRoaming ? 1 : 0,
      }),
    onSuccess: async (_, r) => {
      notifications.show({ color: 'teal', message: m.conversations.deleted(r.peer) });
      close();
      await queryClient.invalidateQueries({ queryKey: detailQueries.conversations(userId).queryKey });
    },
  });
  const close = () => {
    setClearRoaming(false);
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={row !== undefined}
      onClose={close}
      title={m.conversations.deleteTitle}
      aria-describedby={bodyId}
    >
      {row && (
        <Stack gap="md">
          <Text size="sm" id={bodyId}>
            {m.conversations.deleteBody(userId, row.peer)}
          </Text>
          <Checkbox
            checked={clearRoaming}
            onChange={(e) => setClearRoaming(e.currentTarget.checked)}
            label={m.conversations.clearRoaming}
            description={m.conversations.clearRoamingHint}
          />
          {remove.isError && <ErrorState error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {m.profile.cancel}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(row)}>
              {m.conversations.delete}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
