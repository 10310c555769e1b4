/** The operator's own password change: current password, new one twice, the proxy's rules checked first. */
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH, passwordSchema } from '../../../api/console-api';
import { ErrorState } from '../../components/page-states';
import { ProxyRequestError } from '../../lib/api-client';
import { useMessages } from '../../lib/i18n/i18n';
import { authMessages } from './messages';
import { changePassword } from './queries';

type Field = 'current' | 'next' | 'confirm';

/** Calls `onDone` once the proxy accepted the new password. */
export function ChangePasswordForm({
  onDone,
  secondary,
}: {
  onDone: () => void;
  /** A second button beside submit (cancel, or sign out on the forced page). */
  secondary?: { label: string; onClick: () => void };
}) {
  const m = useMessages(authMessages).password;
  const toggle = useMessages(authMessages).login.showPassword;
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: onDone,
    onError: (error) => {
      if (error instanceof ProxyRequestError && (error.status === 401 || error.status === 403))
        setErrors({ current: m.wrongCurrent });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!values.current) next.current = m.wrongCurrent;
    if (!passwordSchema.safeParse(values.next).success) next.next = m.tooShort(MIN_PASSWORD_LENGTH);
    else if (values.next === values.current) next.next = m.same;
    if (values.confirm !== values.next) next.confirm = m.mismatch;
    setErrors(next);
    if (Object.keys(next).length === 0)
      mutation.mutate({ currentPassword: values.current, newPassword: values.next });
  }

  const field = (name: Field, label: string, autoComplete: string, description?: string) => (
    <PasswordInput
      label={label}
      description={description}
      required
      value={values[name]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setValues((s) => ({ ...s, [name]: v }));
      }}
      error={errors[name]}
      autoComplete={autoComplete}
      visibilityToggleButtonProps={{ 'aria-label': toggle }}
    />
  );

  const refusedAsWrong =
    mutation.error instanceof ProxyRequestError &&
    (mutation.error.status === 401 || mutation.error.status === 403);
  return (
    <form onSubmit={submit} aria-label={m.title} noValidate>
      <Stack gap="sm">
        {field('current', m.current, 'current-password')}
        {field('next', m.next, 'new-password', m.nextDescription(MIN_PASSWORD_LENGTH))}
        {field('confirm', m.confirm, 'new-password')}
        {mutation.isError && !refusedAsWrong && <ErrorState error={mutation.error} />}
        <Group justify="flex-end">
          {secondary && (
            <Button variant="default" onClick={secondary.onClick}>
              {secondary.label}
            </Button>
          )}
          <Button type="submit" loading={mutation.isPending}>
            {m.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
