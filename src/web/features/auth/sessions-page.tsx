/** `/settings/sessions`: the operator's own sessions (an admin's: everyone's), each revocable. */
import { Badge, Button, Card, Stack, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionRow } from '../../../api/console-api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { localTime } from '../../components/time-text';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useCan } from '../../lib/access';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { authMessages } from './messages';
import { authQueries, revokeSession } from './queries';

function Nowrap({ children }: { children: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  );
}

/** The current session first, then the most recently active. */
function ordered(rows: readonly SessionRow[]): SessionRow[] {
  return [...rows].sort((a, b) =>
    a.current !== b.current ? (a.current ? -1 : 1) : b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
}

export function SessionsPage() {
  const m = useMessages(authMessages).sessions;
  const { lang } = useLanguage();
  const seesAll = useCan('operators.manage').allowed;
  const query = useQuery(authQueries.sessions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const revoke = useMutation({
    mutationFn: (row: SessionRow) => revokeSession(row.id),
    onSuccess: async (_data, row) => {
      notifications.show({ color: 'teal', message: m.revoked });
      if (row.current) {
        queryClient.clear();
        await navigate('/login', { replace: true });
      } else {
        await queryClient.invalidateQueries({ queryKey: authQueries.sessions().queryKey });
      }
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });

  function confirmRevoke(row: SessionRow) {
    modals.openConfirmModal({
      title: m.confirmTitle,
      children: (
        <Stack gap="xs">
          <Text size="sm">{m.confirmBody(row.username, row.ip)}</Text>
          {row.current && (
            <Text size="sm" fw={600} c="red">
              {m.confirmCurrent}
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: m.confirm, cancel: m.cancel },
      confirmProps: { color: 'red' },
      onConfirm: () => revoke.mutate(row),
    });
  }

  const columns: VirtualColumn<SessionRow>[] = [
    ...(seesAll
      ? [
          {
            key: 'operator',
            header: m.operator,
            render: (r: SessionRow) => <Text size="sm">{r.username}</Text>,
          },
        ]
      : []),
    {
      key: 'created',
      header: m.created,
      render: (r) => (
        <Stack gap={2} align="flex-start">
          <Nowrap>{localTime(r.createdAt, lang, { seconds: false })}</Nowrap>
          {r.current && (
            <Badge color="teal" variant="light" tt="none" size="sm">
              {m.current}
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      key: 'lastSeen',
      header: m.lastSeen,
      render: (r) => <Nowrap>{localTime(r.lastSeenAt, lang, { seconds: false })}</Nowrap>,
    },
    {
      key: 'expires',
      header: m.expires,
      render: (r) => <Nowrap>{localTime(r.expiresAt, lang, { seconds: false })}</Nowrap>,
    },
    {
      key: 'ip',
      header: m.ip,
      render: (r) => (
        <Text size="sm" ff="monospace">
          {r.ip}
        </Text>
      ),
    },
    {
      key: 'client',
      header: m.client,
      render: (r) => (
        <Tooltip label={r.userAgent} multiline w={360}>
          <Text size="sm" lineClamp={1} maw={260}>
            {r.userAgent}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      header: m.actions,
      render: (r) => (
        <Button
          size="xs"
          variant="light"
          color="red"
          onClick={() => confirmRevoke(r)}
          aria-label={m.revokeLabel(r.username, localTime(r.createdAt, lang, { seconds: false }))}
        >
          {m.revoke}
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed">{seesAll ? m.introAll : m.introOwn}</Text>
      </div>
      <Card withBorder>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.sessions.length === 0 ? (
          <EmptyState title={m.empty}>{m.emptyBody}</EmptyState>
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {m.count(query.data.sessions.length)}
            </Text>
            <VirtualTable
              rows={ordered(query.data.sessions)}
              columns={columns}
              rowKey={(r) => r.id}
              label={m.tableLabel}
            />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
