/** Import one account, with the contract's rules checked inline before anything is sent. */
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  accountImportRequestSchema,
  endpoint as accountImport,
} from '../../../api/endpoints/im_open_login_svc/account_import';
import { ErrorState } from '../../components/page-states';
import { AccessGate } from '../../lib/access';
import { callIm } from '../../lib/api-client';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ruleText } from '../../lib/rule-text';
import { usersMessages } from './messages';
import { userQueries } from './queries';

type Field = 'UserID' | 'Nick' | 'FaceUrl';

/** The import form; calls `onImported` with the new UserID. */
export function ImportAccountForm({
  initialUserId = '',
  onImported,
}: {
  initialUserId?: string;
  onImported: (id: string) => void;
}) {
  const m = useMessages(usersMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Field, string>>({
    UserID: initialUserId,
    Nick: '',
    FaceUrl: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const mutation = useMutation({
    mutationFn: (body: { UserID: string; Nick?: string; FaceUrl?: string }) => callIm(accountImport, body),
    onSuccess: (_data, body) => {
      notifications.show({ color: 'teal', message: m.import.success(body.UserID) });
      void queryClient.invalidateQueries({ queryKey: userQueries.all() });
      onImported(body.UserID);
    },
  });

  function validate(): { UserID: string; Nick?: string; FaceUrl?: string } | null {
    const body = {
      UserID: values.UserID.trim(),
      ...(values.Nick ? { Nick: values.Nick } : {}),
      ...(values.FaceUrl.trim() ? { FaceUrl: values.FaceUrl.trim() } : {}),
    };
    const result = accountImportRequestSchema.safeParse(body);
    if (result.success) {
      setErrors({});
      return body;
    }
    const next: Partial<Record<Field, string>> = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as Field;
      if (!next[field]) next[field] = m.import.fieldRule(field, ruleText(issue.message, lang));
    }
    setErrors(next);
    return null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate();
    if (body) mutation.mutate(body);
  }

  const field = (name: Field, label: string, description: string, required = false) => (
    <TextInput
      label={label}
      description={description}
      required={required}
      value={values[name]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setValues((s) => ({ ...s, [name]: v }));
      }}
      error={errors[name]}
      spellCheck={false}
      autoComplete="off"
    />
  );

  return (
    <form onSubmit={submit} aria-label={m.import.title} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {m.import.intro}
        </Text>
        {field('UserID', m.import.userId, m.import.userIdDescription, true)}
        {field('Nick', m.import.nick, m.import.nickDescription)}
        {field('FaceUrl', m.import.faceUrl, m.import.faceUrlDescription)}
        {mutation.isError && <ErrorState error={mutation.error} />}
        <AccessGate what="im_open_login_svc/account_import">
          {(disabled) => (
            <Button type="submit" loading={mutation.isPending} disabled={disabled} w="fit-content">
              {m.import.submit}
            </Button>
          )}
        </AccessGate>
      </Stack>
    </form>
  );
}
