/** Changes one operator's role; the proxy refuses demoting the last admin (409, shown as it says). */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Operator } from '../../../api/console-api';
import type { Role } from '../../../api/roles';
import { ErrorState } from '../../components/page-states';
import { useMessages } from '../../lib/i18n/i18n';
import { operatorsMessages } from './messages';
import { updateOperator } from './queries';
import { RoleSelect } from './role-select';

export function ChangeRoleForm({
  operator,
  onChanged,
  onCancel,
}: {
  operator: Operator;
  onChanged: (updated: Operator) => void;
  onCancel: () => void;
}) {
  const m = useMessages(operatorsMessages).role;
  const [role, setRole] = useState<Role>(operator.role);
  const [unchanged, setUnchanged] = useState(false);
  const mutation = useMutation({
    mutationFn: (next: Role) => updateOperator(operator.id, { role: next }),
    onSuccess: onChanged,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (role === operator.role) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    mutation.mutate(role);
  }

  return (
    <form onSubmit={submit} aria-label={m.title(operator.username)} noValidate>
      <Stack gap="sm">
        <RoleSelect label={m.label} value={role} onChange={setRole} />
        {unchanged && (
          <Text size="sm" c="red" role="alert">
            {m.unchanged}
          </Text>
        )}
        {mutation.isError && <ErrorState error={mutation.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {m.cancel}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {m.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
