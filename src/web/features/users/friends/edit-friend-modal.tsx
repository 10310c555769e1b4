/** Edits one friend's remark and friend lists (`friend_update`), sending only what changed. */
import { Button, Group, Modal, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  endpoint as friendUpdate,
  friendUpdateRequestSchema,
  type FriendUpdateRequest,
} from '../../../../api/endpoints/sns/friend_update';
import type { SnsItem } from '../../../../api/friend';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { friendQueries, type FriendRow } from './queries';

/** The "Edit friend" dialog for one row. */
export function EditFriendModal({
  userId,
  friend,
  knownLists,
  onClose,
}: {
  userId: string;
  friend: FriendRow;
  knownLists: readonly string[];
  onClose: () => void;
}) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [remark, setRemark] = useState(friend.remark);
  const [lists, setLists] = useState<string[]>(friend.lists);
  const [errors, setErrors] = useState<{ remark?: string; lists?: string; form?: string }>({});

  const save = useMutation({
    mutationFn: (body: FriendUpdateRequest) => callIm(friendUpdate, body),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      if (res.ResultItem.every((i) => i.ResultCode === 0)) {
        notifications.show({ color: 'teal', message: m.edit.saved(friend.userId) });
        onClose();
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const items: SnsItem[] = [];
    if (remark !== friend.remark) items.push({ Tag: 'Tag_SNS_IM_Remark', Value: remark });
    if (lists.join('\u0000') !== friend.lists.join('\u0000'))
      items.push({ Tag: 'Tag_SNS_IM_Group', Value: lists });
    if (items.length === 0) {
      setErrors({ form: m.edit.nothingChanged });
      return;
    }
    const body = { From_Account: userId, UpdateItem: [{ To_Account: friend.userId, SnsItem: items }] };
    const next: typeof errors = {};
    for (const issue of friendUpdateRequestSchema.safeParse(body).error?.issues ?? []) {
      const index = issue.path[3];
      const tag = typeof index === 'number' ? items[index]?.Tag : undefined;
      const key = tag === 'Tag_SNS_IM_Remark' ? 'remark' : 'lists';
      const label = key === 'remark' ? m.edit.remark : m.edit.lists;
      next[key] ??= m.common.fieldRule(label, ruleText(issue.message, lang));
    }
    setErrors(next);
    if (Object.keys(next).length === 0) save.mutate(body);
  }

  return (
    <Modal opened onClose={onClose} title={m.edit.title(friend.userId)}>
      <form onSubmit={submit} noValidate aria-label={m.edit.title(friend.userId)}>
        <Stack gap="sm">
          <TextInput
            label={m.edit.remark}
            description={m.edit.remarkDescription}
            value={remark}
            onChange={(e) => setRemark(e.currentTarget.value)}
            error={errors.remark}
            data-autofocus
          />
          <TagsInput
            label={m.edit.lists}
            description={m.edit.listsDescription}
            data={[...knownLists]}
            value={lists}
            onChange={setLists}
            error={errors.lists}
          />
          {errors.form && (
            <Text size="sm" c="orange" role="status">
              {errors.form}
            </Text>
          )}
          {save.isError && <ErrorState error={save.error} />}
          {save.data && save.data.ResultItem.some((i) => i.ResultCode !== 0) && (
            <BatchResults items={save.data.ResultItem} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {m.edit.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
