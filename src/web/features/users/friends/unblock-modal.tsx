/** Confirms and unblocks one user (`black_list_delete`). */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoint as blackListDelete } from '../../../../api/endpoints/sns/black_list_delete';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { friendQueries } from './queries';

/** Confirms and unblocks one user. */
export function UnblockModal({
  userId,
  target,
  onClose,
}: {
  userId: string;
  target: string;
  onClose: () => void;
}) {
  const m = useMessages(friendsMessages);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => callIm(blackListDelete, { From_Account: userId, To_Account: [target] }),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      if (res.ResultItem.every((i) => i.ResultCode === 0)) {
        notifications.show({ color: 'teal', message: m.blocklist.unblocked(target) });
        onClose();
      }
    },
  });
  return (
    <Modal opened onClose={onClose} title={m.blocklist.removeTitle(target)}>
      <Stack gap="sm">
        <Text size="sm">{m.blocklist.removeBody(userId, target)}</Text>
        {remove.isError && <ErrorState error={remove.error} />}
        {remove.data && <BatchResults items={remove.data.ResultItem} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {m.common.cancel}
          </Button>
          <Button loading={remove.isPending} onClick={() => remove.mutate()}>
            {m.blocklist.remove}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
