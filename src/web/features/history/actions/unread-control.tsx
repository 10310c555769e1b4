/**
 * The unread count of a one-to-one view (`get_c2c_unread_msg_num`: what `viewpoint` has not read
 * from `peer`) and the "Mark read" action (`admin_set_msg_read`), which refreshes the count.
 */
import { Badge, Button, Group, Loader, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoint as adminSetMsgRead } from '../../../../api/endpoints/openim/admin_set_msg_read';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { actionMessages } from './messages';
import { actionQueries } from './queries';

/** Unread badge plus "Mark read". `onRead` tells the viewer the conversation was marked read. */
export function UnreadControl({
  viewpoint,
  peer,
  onRead,
}: {
  viewpoint: string;
  peer: string;
  onRead?: () => void;
}) {
  const m = useMessages(actionMessages);
  const queryClient = useQueryClient();
  const unread = useQuery(actionQueries.unread(viewpoint, peer));
  const markRead = useMutation({
    mutationFn: () => callIm(adminSetMsgRead, { Report_Account: viewpoint, Peer_Account: peer }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: actionQueries.unread(viewpoint, peer).queryKey });
      notifications.show({ color: 'teal', message: m.unread.done(viewpoint) });
      onRead?.();
    },
  });
  const label = m.unread.label(viewpoint, peer);
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={label}>
      {unread.isLoading ? (
        <Loader size="xs" aria-label={m.unread.loading} />
      ) : unread.isError ? (
        <Tooltip label={unread.error instanceof Error ? unread.error.message : m.unread.failed} withArrow>
          <Badge color="gray" variant="outline" tabIndex={0}>
            {m.unread.failed}
          </Badge>
        </Tooltip>
      ) : (
        <Tooltip label={label} withArrow>
          <Badge
            color={unread.data ? 'red' : 'gray'}
            variant={unread.data ? 'filled' : 'light'}
            tabIndex={0}
            aria-label={`${label}: ${m.unread.count(unread.data ?? 0)}`}
          >
            {m.unread.count(unread.data ?? 0)}
          </Badge>
        </Tooltip>
      )}
      <AccessGate what={adminSetMsgRead.path}>
        {(disabled) => (
          <Tooltip
            label={m.unread.markReadHelp(viewpoint, peer)}
            withArrow
            multiline
            w={300}
            disabled={disabled}
          >
            <Button
              size="xs"
              variant="light"
              leftSection={<IconChecks size={14} aria-hidden />}
              disabled={disabled}
              loading={markRead.isPending}
              onClick={() => markRead.mutate()}
            >
              {m.unread.markRead}
            </Button>
          </Tooltip>
        )}
      </AccessGate>
      {markRead.isError && (
        <div style={{ maxWidth: 420 }}>
          <ErrorState error={markRead.error} onRetry={() => markRead.mutate()} />
        </div>
      )}
    </Group>
  );
}
