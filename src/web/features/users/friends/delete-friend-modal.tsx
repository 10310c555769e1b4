/** Confirms and deletes one friend (`friend_delete`), one-way or both ways. */
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { endpoint as friendDelete } from '../../../../api/endpoints/sns/friend_delete';
import type { DeleteType } from '../../../../api/friend';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { friendQueries } from './queries';

/** The "Delete friend" confirmation. */
export function DeleteFriendModal({
  userId,
  friendId,
  onClose,
}: {
  userId: string;
  friendId: string;
  onClose: () => void;
}) {
  const m = useMessages(friendsMessages);
  const queryClient = useQueryClient();
  const [direction, setDirection] = useState<DeleteType>('Delete_Type_Single');
  const remove = useMutation({
    mutationFn: () =>
      callIm(friendDelete, { From_Account: userId, To_Account: [friendId], DeleteType: direction }),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(friendId) });
      if (res.ResultItem.every((i) => i.ResultCode === 0)) {
        notifications.show({ color: 'teal', message: m.remove.done(friendId) });
        onClose();
      }
    },
  });
  return (
    <Modal opened onClose={onClose} title={m.remove.title(friendId)}>
      <Stack gap="sm">
        <Text size="sm">{m.remove.body(userId, friendId)}</Text>
        <Radio.Group
          label={m.remove.direction}
          value={direction}
          onChange={(v) => setDirection(v as DeleteType)}
        >
          <Stack gap={6} mt={4}>
            <Radio value="Delete_Type_Single" label={m.remove.single} />
            <Radio value="Delete_Type_Both" label={m.remove.both} />
          </Stack>
        </Radio.Group>
        {remove.isError && <ErrorState error={remove.error} />}
        {remove.data && <BatchResults items={remove.data.ResultItem} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {m.common.cancel}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {m.remove.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
