/** The looked-up accounts: imported state, nickname and avatar, online state per platform. */
import { Anchor, Avatar, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useMessages } from '../../lib/i18n/i18n';
import { usersMessages } from './messages';
import { PresenceSummary } from './presence-badge';
import { useRecentUsers } from './recent-users';
import { userQueries, type UserRow } from './queries';

/** Results of the lookup for `ids` (from the URL). */
export function LookupResults({ ids }: { ids: readonly string[] }) {
  const m = useMessages(usersMessages);
  const query = useQuery(userQueries.lookup(ids));
  const { remember } = useRecentUsers();

  if (ids.length === 0) return <EmptyState title={m.results.emptyTitle}>{m.results.emptyBody}</EmptyState>;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const rows = query.data;
  const imported = rows.filter((r) => r.imported).length;
  const columns: VirtualColumn<UserRow>[] = [
    {
      key: 'user',
      header: m.results.userId,
      render: (r) => (
        <Group gap="sm" wrap="nowrap">
          <Avatar src={r.faceUrl} alt={m.results.avatarOf(r.userId)} size="sm" radius="xl">
            {r.userId.slice(0, 1).toUpperCase()}
          </Avatar>
          <Anchor
            component={Link}
            to={`/users/${encodeURIComponent(r.userId)}`}
            ff="monospace"
            onClick={() => remember(r.userId)}
          >
            {r.userId}
          </Anchor>
        </Group>
      ),
    },
    {
      key: 'account',
      header: m.results.account,
      width: 150,
      render: (r) =>
        r.imported === null ? (
          <Badge color="red" variant="light">
            {m.results.checkFailed(r.checkCode ?? 0)}
          </Badge>
        ) : (
          <Badge color={r.imported ? 'teal' : 'gray'} variant={r.imported ? 'light' : 'outline'}>
            {r.imported ? m.results.imported : m.results.notImported}
          </Badge>
        ),
    },
    {
      key: 'nick',
      header: m.results.nickname,
      render: (r) =>
        r.nick ? (
          <Text size="sm">{r.nick}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {r.imported ? m.results.noNickname : '—'}
          </Text>
        ),
    },
    {
      key: 'online',
      header: m.results.online,
      render: (r) =>
        r.imported ? (
          <PresenceSummary presence={r.presence} platforms={r.platforms} />
        ) : (
          <Text c="dimmed">—</Text>
        ),
    },
  ];

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {m.results.title}
        </Title>
        <Text size="sm" c="dimmed" role="status">
          {m.results.summary(rows.length, imported)}
        </Text>
      </Group>
      <VirtualTable rows={rows} columns={columns} rowKey={(r) => r.userId} label={m.results.tableLabel} />
    </Stack>
  );
}
