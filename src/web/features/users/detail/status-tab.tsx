/** Status tab: online state per platform, kick (confirmed), and the global mute section. */
import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLogout, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoint as kick } from '../../../../api/endpoints/im_open_login_svc/kick';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { PresenceBadge, PresenceSummary } from '../presence-badge';
import { userQueries } from '../queries';
import { GlobalMuteSection } from './global-mute-section';
import { detailMessages } from './messages';

/** The status tab of one user. */
export function StatusTab({ userId }: { userId: string }) {
  const m = useMessages(detailMessages);
  const queryClient = useQueryClient();
  const state = useQuery(userQueries.state(userId));
  const kickOut = useMutation({
    mutationFn: () => callIm(kick, { UserID: userId }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: m.status.kicked(userId) });
      await queryClient.invalidateQueries({ queryKey: userQueries.state(userId).queryKey });
    },
  });

  const confirmKick = () =>
    modals.openConfirmModal({
      title: m.status.kickTitle,
      children: <Text size="sm">{m.status.kickBody(userId)}</Text>,
      labels: { confirm: m.status.kick, cancel: m.profile.cancel },
      confirmProps: { color: 'red' },
      onConfirm: () => kickOut.mutate(),
    });

  return (
    <Stack gap="md">
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {m.status.presenceTitle}
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => void state.refetch()}
              loading={state.isFetching}
            >
              {m.status.refresh}
            </Button>
            <AccessGate what="im_open_login_svc/kick">
              {(disabled) => (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconLogout size={16} aria-hidden />}
                  disabled={disabled}
                  loading={kickOut.isPending}
                  onClick={confirmKick}
                >
                  {m.status.kick}
                </Button>
              )}
            </AccessGate>
          </Group>
        </Group>
        {kickOut.isError && <ErrorState error={kickOut.error} />}
        {state.isPending && <LoadingState />}
        {state.isError && <ErrorState error={state.error} onRetry={() => void state.refetch()} />}
        {state.data && (
          <Stack gap="sm">
            <Group gap="xs">
              <Text fw={500}>{m.status.overall}:</Text>
              <PresenceSummary presence={state.data.presence} platforms={[]} />
            </Group>
            {state.data.platforms.length === 0 ? (
              <Text c="dimmed">{m.status.noSessions}</Text>
            ) : (
              <Table aria-label={m.status.presenceTitle}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.status.platform}</Table.Th>
                    <Table.Th>{m.status.platformState}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {state.data.platforms.map((p) => (
                    <Table.Tr key={p.platform}>
                      <Table.Td>{p.platform}</Table.Td>
                      <Table.Td>
                        <PresenceBadge status={p.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="sm" c="dimmed">
              {m.status.stateHelp}
            </Text>
          </Stack>
        )}
      </Card>
      <GlobalMuteSection userId={userId} />
    </Stack>
  );
}
