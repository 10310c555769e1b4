/** Shows a generated password once, with a copy button and a warning that it will not be shown again. */
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Language } from '../../lib/i18n/i18n';
import { operatorsMessages } from './messages';

/** Opens the one-time password dialog (closing it forgets the password). */
export function showPasswordOnce(name: string, password: string, lang: Language): void {
  const m = operatorsMessages[lang].secret;
  const id = modals.open({
    title: m.title(name),
    closeOnClickOutside: false,
    children: (
      <Stack gap="sm">
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle />}>
          {m.warning}
        </Alert>
        <Text size="sm" fw={500} id="generated-password-label">
          {m.label}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code
            block
            aria-labelledby="generated-password-label"
            data-testid="generated-password"
            style={{ flex: 1, fontSize: 16 }}
          >
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? m.copied : m.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button onClick={() => modals.close(id)}>{m.done}</Button>
        </Group>
      </Stack>
    ),
  });
}
