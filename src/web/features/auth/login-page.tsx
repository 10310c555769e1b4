/** `/login`: username and password; a wrong pair never says which was wrong; a lock says when to retry. */
import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { LanguageMenu } from '../../app/language-menu';
import { ThemeMenu } from '../../app/theme-menu';
import { ErrorState } from '../../components/page-states';
import { ProxyRequestError } from '../../lib/api-client';
import { useMessages } from '../../lib/i18n/i18n';
import { FullScreen } from './full-screen';
import { retryMoment } from './lock-text';
import { authMessages } from './messages';
import { authQueries, login } from './queries';
import { safeNext } from './safe-next';

export function LoginPage() {
  const m = useMessages(authMessages).login;
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (info) => {
      // A different operator may sign in: nothing cached for the previous one survives.
      queryClient.clear();
      queryClient.setQueryData(authQueries.session().queryKey, info);
      await navigate(safeNext(params.get('next')), { replace: true });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      ...(username.trim() ? {} : { username: m.required(m.username) }),
      ...(password ? {} : { password: m.required(m.password) }),
    };
    setMissing(next);
    if (!next.username && !next.password) mutation.mutate({ username: username.trim(), password });
  }

  const error = mutation.error;
  let problem: { title: string; text: string } | undefined;
  if (error instanceof ProxyRequestError && error.kind === 'locked') {
    const { time, minutes } = retryMoment(error.retryAfterSeconds ?? 15 * 60);
    problem = { title: m.lockedTitle, text: m.locked(time, minutes) };
  } else if (error instanceof ProxyRequestError && error.status === 401) {
    problem = { title: m.wrongTitle, text: m.wrong };
  }

  return (
    <FullScreen>
      <Stack w="100%" maw={400} gap="md">
        <Group justify="flex-end" gap="xs">
          <ThemeMenu />
          <LanguageMenu />
        </Group>
        <Card withBorder shadow="sm" p="xl">
          <form onSubmit={submit} aria-label={m.formLabel} noValidate>
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {m.title}
                </Title>
                <Text c="dimmed" size="sm">
                  {m.intro}
                </Text>
              </div>
              {expired && !problem && (
                <Alert color="blue" variant="light" role="status">
                  {m.expired}
                </Alert>
              )}
              <TextInput
                label={m.username}
                required
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={missing.username}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label={m.password}
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={missing.password}
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': m.showPassword }}
              />
              {problem && (
                <Alert color="red" variant="light" title={problem.title} icon={<IconLock />} role="alert">
                  {problem.text}
                </Alert>
              )}
              {error && !problem && <ErrorState error={error} />}
              <Button type="submit" loading={mutation.isPending} fullWidth>
                {m.submit}
              </Button>
            </Stack>
          </form>
        </Card>
      </Stack>
    </FullScreen>
  );
}
