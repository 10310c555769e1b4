/** Creates an operator: username, display name, role, and an optional initial password. */
import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import {
  createOperatorRequestSchema,
  MIN_PASSWORD_LENGTH,
  type createdOperatorSchema,
} from '../../../api/console-api';
import type { Role } from '../../../api/roles';
import { ErrorState } from '../../components/page-states';
import { useMessages } from '../../lib/i18n/i18n';
import { operatorsMessages } from './messages';
import { createOperator } from './queries';
import { RoleSelect } from './role-select';

type Field = 'username' | 'displayName' | 'password';
type Created = z.infer<typeof createdOperatorSchema>;

export function CreateOperatorForm({
  onCreated,
  onCancel,
}: {
  onCreated: (c: Created) => void;
  onCancel: () => void;
}) {
  const m = useMessages(operatorsMessages).form;
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    displayName: '',
    password: '',
  });
  const [role, setRole] = useState<Role>('viewer');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMutation({ mutationFn: createOperator, onSuccess: onCreated });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      username: values.username.trim(),
      role,
      ...(values.displayName.trim() ? { displayName: values.displayName.trim() } : {}),
      ...(values.password ? { password: values.password } : {}),
    };
    const parsed = createOperatorRequestSchema.safeParse(body);
    if (!parsed.success) {
      const rules: Record<Field, string> = {
        username: m.usernameRule,
        displayName: m.displayNameRule,
        password: m.passwordRule(MIN_PASSWORD_LENGTH),
      };
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        if (field in rules) next[field] = rules[field];
      }
      setErrors(next);
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data);
  }

  const set = (name: Field) => (e: { currentTarget: { value: string } }) => {
    const v = e.currentTarget.value;
    setValues((s) => ({ ...s, [name]: v }));
  };

  return (
    <form onSubmit={submit} aria-label={m.title} noValidate>
      <Stack gap="sm">
        <TextInput
          label={m.username}
          description={m.usernameDescription}
          required
          value={values.username}
          onChange={set('username')}
          error={errors.username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          data-autofocus
        />
        <TextInput
          label={m.displayName}
          description={m.displayNameDescription}
          value={values.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
          autoComplete="off"
        />
        <RoleSelect label={m.role} value={role} onChange={setRole} />
        <PasswordInput
          label={m.password}
          description={m.passwordDescription(MIN_PASSWORD_LENGTH)}
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          autoComplete="new-password"
        />
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
