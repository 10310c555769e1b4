/** Wipes every friend of the owner (`friend_delete_all`) after the operator types the UserID. */
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { endpoint as friendDeleteAll } from '../../../../api/endpoints/sns/friend_delete_all';
import type { DeleteType } from '../../../../api/friend';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { userQueries } from '../queries';
import { friendsMessages } from './messages';
import { friendQueries, type FriendRow } from './queries';

/** The typed-confirmation dialog for deleting all friends. */
export function DeleteAllFriendsModal({
  userId,
  friends,
  onClose,
}: {
  userId: string;
  friends: readonly FriendRow[];
  onClose: () => void;
}) {
  const m = useMessages(friendsMessages);
  const queryClient = useQueryClient();
  const [direction, setDirection] = useState<DeleteType>('Delete_Type_Single');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const wipe = useMutation({
    mutationFn: () => callIm(friendDeleteAll, { From_Account: userId, DeleteType: direction }),
    onSuccess: () => {
      // Two-way also changed every former friend's list: mark all relationship data stale at once.
      void queryClient.invalidateQueries({
        queryKey: direction === 'Delete_Type_Both' ? userQueries.all() : friendQueries.all(userId),
      });
      notifications.show({ color: 'teal', message: m.deleteAll.done(userId) });
      onClose();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed !== userId) {
      setError(m.deleteAll.mismatch);
      return;
    }
    setError(undefined);
    wipe.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={m.deleteAll.title}>
      <form onSubmit={submit} noValidate aria-label={m.deleteAll.title}>
        <Stack gap="sm">
          <Text size="sm">{m.deleteAll.body(userId, friends.length)}</Text>
          <Radio.Group
            label={m.deleteAll.direction}
            value={direction}
            onChange={(v) => setDirection(v as DeleteType)}
          >
            <Stack gap={6} mt={4}>
              <Radio value="Delete_Type_Single" label={m.deleteAll.single} />
              <Radio value="Delete_Type_Both" label={m.deleteAll.both} />
            </Stack>
          </Radio.Group>
          <TextInput
            label={m.deleteAll.typeLabel(userId)}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={error}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {wipe.isError && <ErrorState error={wipe.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.common.cancel}
            </Button>
            <Button type="submit" color="red" loading={wipe.isPending} disabled={typed !== userId}>
              {m.deleteAll.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
