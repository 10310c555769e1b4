/** Confirms and deletes one friend list (`sns/group_delete`); its friends stay friends. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoint as groupDelete } from '../../../../api/endpoints/sns/group_delete';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { friendsMessages } from './messages';
import { friendQueries } from './queries';

/** The "Delete list" confirmation. */
export function DeleteFriendListModal({
  userId,
  name,
  count,
  onClose,
}: {
  userId: string;
  name: string;
  count: number;
  onClose: () => void;
}) {
  const m = useMessages(friendsMessages);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => callIm(groupDelete, { From_Account: userId, GroupName: [name] }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      notifications.show({ color: 'teal', message: m.lists.deleted(name) });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={m.lists.deleteTitle(name)}>
      <Stack gap="sm">
        <Text size="sm">{m.lists.deleteBody(count)}</Text>
        {remove.isError && <ErrorState error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {m.common.cancel}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {m.lists.delete}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
