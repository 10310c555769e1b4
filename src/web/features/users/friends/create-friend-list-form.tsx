/** Creates a friend list (`sns/group_add`), optionally putting existing friends in it; per-friend results. */
import { Alert, Button, Card, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { endpoint as groupAdd, type GroupAddRequest } from '../../../../api/endpoints/sns/group_add';
import { friendListNameSchema } from '../../../../api/friend';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { parseTargets } from './parse-targets';
import { friendQueries } from './queries';

/** The "Create a list" form of the Friend lists tab. */
export function CreateFriendListForm({ userId, full }: { userId: string; full: boolean }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [members, setMembers] = useState('');
  const [errors, setErrors] = useState<{ name?: string; members?: string }>({});
  const create = useMutation({
    mutationFn: (body: GroupAddRequest) => callIm(groupAdd, body),
    onSuccess: (res, body) => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      notifications.show({ color: 'teal', message: m.lists.created(body.GroupName[0] ?? '') });
      if (!res.ResultItem?.some((i) => i.ResultCode !== 0)) {
        setName('');
        setMembers('');
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    const n = friendListNameSchema.safeParse(name.trim());
    if (!n.success)
      next.name = m.common.fieldRule(m.lists.createName, ruleText(n.error.issues[0]!.message, lang));
    let ids: string[] = [];
    if (members.trim()) {
      const parsed = parseTargets(members, lang);
      if ('error' in parsed) next.members = parsed.error;
      else ids = parsed.ids;
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    create.mutate({
      From_Account: userId,
      GroupName: [name.trim()],
      ...(ids.length ? { To_Account: ids } : {}),
    });
  }

  return (
    <Card withBorder component="section" aria-labelledby="create-list-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5" id="create-list-title">
            {m.lists.create}
          </Title>
          {full && (
            <Alert color="yellow" variant="light">
              {m.lists.full}
            </Alert>
          )}
          <TextInput
            label={m.lists.createName}
            description={m.lists.createNameDescription}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            maw={420}
          />
          <Textarea
            label={m.lists.createMembers}
            description={m.lists.createMembersDescription}
            value={members}
            onChange={(e) => setMembers(e.currentTarget.value)}
            error={errors.members}
            autosize
            minRows={1}
            maxRows={4}
            spellCheck={false}
          />
          {create.isError && <ErrorState error={create.error} />}
          {create.data?.ResultItem && create.data.ResultItem.length > 0 && (
            <BatchResults items={create.data.ResultItem} />
          )}
          <Group>
            <AccessGate what="sns/group_add">
              {(disabled) => (
                <Button type="submit" disabled={disabled || full} loading={create.isPending}>
                  {m.lists.createSubmit}
                </Button>
              )}
            </AccessGate>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
