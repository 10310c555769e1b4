/**
 * The four states every page renders: loading, error (with the IM error explained and a retry), empty
 * (saying what to do next) and data. Nothing renders `null` on error (house-style.md "Screens").
 */
import {
  Alert,
  Button,
  Center,
  Code,
  Group,
  List,
  Loader,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { shellMessages } from '../app/messages';
import { ContractError, ImApiError, ProxyRequestError } from '../lib/api-client';
import { describeImError } from '../lib/im-error-text';
import { useLanguage, useMessages } from '../lib/i18n/i18n';

/** A centred loader with a label screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const m = useMessages(shellMessages);
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? m.states.loading}</Text>
      </Group>
    </Center>
  );
}

/** An empty list or result: what is missing and what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Stack align="center" py="xl" gap="xs" role="status">
      <ThemeIcon variant="light" size="xl" radius="xl" color="gray" aria-hidden>
        <IconInbox size={22} />
      </ThemeIcon>
      <Title order={3} size="h4">
        {title}
      </Title>
      {children && (
        <Text c="dimmed" ta="center" maw={520}>
          {children}
        </Text>
      )}
      {action}
    </Stack>
  );
}

/** Explains any error in place: IM code with meaning and hint, proxy refusal with field issues, or network/contract trouble. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const m = useMessages(shellMessages);
  const { lang } = useLanguage();
  let title = m.states.errorTitle;
  let body: ReactNode = (
    <Text size="sm">{error instanceof Error ? error.message : m.states.unknownError}</Text>
  );
  let requestId: string | undefined;

  if (error instanceof ImApiError) {
    const explained = describeImError(error.code, lang);
    title = `${m.states.imErrorTitle(error.code)}: ${explained.meaning}`;
    requestId = error.requestId;
    body = (
      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={600}>
            {m.states.hint}:{' '}
          </Text>
          {explained.hint}
        </Text>
        {error.errorInfo && (
          <Text size="sm" c="dimmed">
            {m.states.serviceSaid}: <Code>{error.errorInfo}</Code> ({error.path})
          </Text>
        )}
      </Stack>
    );
  } else if (error instanceof ProxyRequestError) {
    requestId = error.requestId;
    title = error.kind === 'network' ? m.states.networkErrorTitle : m.states.proxyErrorTitle;
    body = (
      <Stack gap={4}>
        <Text size="sm">{error.kind === 'network' ? m.states.networkErrorHint : error.message}</Text>
        {error.issues.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {m.states.fieldIssues}
            </Text>
            <List size="sm">
              {error.issues.map((issue) => (
                <List.Item key={`${issue.path}:${issue.message}`}>
                  <Code>{issue.path}</Code> {issue.message}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    );
  } else if (error instanceof ContractError) {
    requestId = error.requestId;
    title = m.states.contractErrorTitle;
    body = (
      <Stack gap={4}>
        <Text size="sm">{m.states.contractErrorHint}</Text>
        <Code block>{error.message}</Code>
      </Stack>
    );
  }

  return (
    <Alert variant="light" color="red" title={title} icon={<IconAlertTriangle />} role="alert">
      <Stack gap="xs">
        {body}
        {requestId && (
          <Text size="xs" c="dimmed">
            {m.states.requestId}: <Code>{requestId}</Code>
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {m.states.retry}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
