/** Shown instead of the console while the operator must replace a password an admin set. */
import { Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMessages } from '../../lib/i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { FullScreen } from './full-screen';
import { authMessages } from './messages';
import { authQueries } from './queries';
import { useSignOut } from './sign-out';

export function ForcedPasswordPage() {
  const m = useMessages(authMessages).password;
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  return (
    <FullScreen>
      <Card withBorder shadow="sm" w="100%" maw={440} p="xl">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {m.forcedTitle}
            </Title>
            <Text c="dimmed" size="sm">
              {m.forcedIntro}
            </Text>
          </div>
          <ChangePasswordForm
            onDone={() => {
              notifications.show({ color: 'teal', message: m.done });
              void queryClient.invalidateQueries({ queryKey: authQueries.session().queryKey });
            }}
            secondary={{ label: m.signOut, onClick: () => void signOut() }}
          />
        </Stack>
      </Card>
    </FullScreen>
  );
}
