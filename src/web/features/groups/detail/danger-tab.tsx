/**
 * Danger zone: transfer ownership (`change_group_owner`) and disband (`destroy_group`), each confirmed by
 * typing the group ID. Both are `dangerous` (admin) and audited by the proxy. AVChatRoom cannot change owner.
 */
import { Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  changeGroupOwnerRequestSchema,
  endpoint as changeGroupOwner,
} from '../../../../api/endpoints/group_open_http_svc/change_group_owner';
import { endpoint as destroyGroup } from '../../../../api/endpoints/group_open_http_svc/destroy_group';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { fieldErrors } from '../form-issues';
import { groupsMessages } from '../messages';
import { groupKeys, type GroupInfo } from '../queries';

/** The Danger zone tab of one group. */
export function DangerTab({ group }: { group: GroupInfo }) {
  return (
    <Stack>
      <TransferCard group={group} />
      <DisbandCard group={group} />
    </Stack>
  );
}

function TransferCard({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [owner, setOwner] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const unsupported = group.Type === 'AVChatRoom';

  const body = { GroupId: group.GroupId, NewOwner_Account: owner.trim() };
  const check = changeGroupOwnerRequestSchema.safeParse(body);
  const errors = touched ? fieldErrors(check.error, lang) : {};
  const ownerError =
    errors.NewOwner_Account ??
    (touched && body.NewOwner_Account && body.NewOwner_Account === group.Owner_Account
      ? m.danger.sameOwner
      : undefined);
  const confirmError = touched && confirm !== group.GroupId ? m.danger.confirmMismatch : undefined;

  const run = useMutation({
    mutationFn: (newOwner: string) =>
      callIm(changeGroupOwner, { GroupId: group.GroupId, NewOwner_Account: newOwner }),
    onSuccess: async (_res, newOwner) => {
      notifications.show({ color: 'teal', message: m.danger.transferred(newOwner) });
      setOwner('');
      setConfirm('');
      setTouched(false);
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!check.success || confirm !== group.GroupId || body.NewOwner_Account === group.Owner_Account) return;
    run.mutate(check.data.NewOwner_Account);
  };

  return (
    <Card withBorder>
      <form onSubmit={onSubmit} aria-label={m.danger.transferTitle} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {m.danger.transferTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {unsupported ? m.danger.transferUnsupported : m.danger.transferIntro}
          </Text>
          <TextInput
            label={m.danger.newOwner}
            description={m.danger.newOwnerHint}
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            error={ownerError}
            disabled={unsupported}
            maw={420}
          />
          <TextInput
            label={m.danger.confirmGroup(group.GroupId)}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={confirmError}
            disabled={unsupported}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            maw={420}
          />
          {run.isError && <ErrorState error={run.error} />}
          <div>
            <AccessGate what="group_open_http_svc/change_group_owner">
              {(disabled) => (
                <Button type="submit" color="red" disabled={disabled || unsupported} loading={run.isPending}>
                  {m.danger.transfer}
                </Button>
              )}
            </AccessGate>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function DisbandCard({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const confirmError = touched && confirm !== group.GroupId ? m.danger.confirmMismatch : undefined;

  const run = useMutation({
    mutationFn: () => callIm(destroyGroup, { GroupId: group.GroupId }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: m.danger.disbanded(group.GroupId) });
      await navigate('/groups');
      queryClient.removeQueries({ queryKey: groupKeys.info(group.GroupId) });
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (confirm !== group.GroupId) return;
    run.mutate();
  };

  return (
    <Card withBorder style={{ borderColor: 'var(--mantine-color-red-filled)' }}>
      <form onSubmit={onSubmit} aria-label={m.danger.disbandTitle} noValidate>
        <Stack>
          <Title order={2} size="h4" c="red">
            {m.danger.disbandTitle}
          </Title>
          <Text size="sm">{m.danger.disbandIntro}</Text>
          <TextInput
            label={m.danger.confirmGroup(group.GroupId)}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={confirmError}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            maw={420}
          />
          {run.isError && <ErrorState error={run.error} />}
          <div>
            <AccessGate what="group_open_http_svc/destroy_group">
              {(disabled) => (
                <Button type="submit" color="red" disabled={disabled} loading={run.isPending}>
                  {m.danger.disband}
                </Button>
              )}
            </AccessGate>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
