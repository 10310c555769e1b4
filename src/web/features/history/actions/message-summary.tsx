/** A compact card naming a message (sender, time, key or seq) with its rendered body, for confirmations. */
import { Card, Group, Stack, Text } from '@mantine/core';
import { useLanguage } from '../../../lib/i18n/i18n';
import { MessageBody } from '../elements/message-body';
import type { TranscriptMessage } from '../model';

/** The message as the confirmation shows it. */
export function MessageSummary({ message, label }: { message: TranscriptMessage; label: string }) {
  const { lang } = useLanguage();
  const time =
    message.time !== undefined
      ? new Date(message.time * 1000).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')
      : undefined;
  return (
    <Card withBorder padding="sm" radius="md" aria-label={label} component="section">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {message.from && (
            <Text size="sm" fw={600}>
              {message.from}
            </Text>
          )}
          {time && (
            <Text size="xs" c="dimmed">
              {time}
            </Text>
          )}
          <Text size="xs" c="dimmed" ff="monospace">
            {message.msgKey ?? `seq ${message.seq}`}
          </Text>
        </Group>
        <div style={{ maxHeight: 180, overflow: 'auto' }}>
          <MessageBody body={message.body} />
        </div>
      </Stack>
    </Card>
  );
}
