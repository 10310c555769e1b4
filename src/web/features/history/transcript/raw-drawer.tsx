/** The "view raw" drawer: the API's own message object and its CloudCustomData (pretty when JSON). */
import { Code, Drawer, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../../../lib/i18n/i18n';
import { historyMessages } from '../messages';
import type { TranscriptMessage } from '../model';

/** `text` pretty-printed when it is JSON, else as is. */
export function prettyJsonText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** Shows `message.raw` and `cloudCustomData`; closed when `message` is undefined. */
export function RawDrawer({
  message,
  onClose,
}: {
  message: TranscriptMessage | undefined;
  onClose: () => void;
}) {
  const m = useMessages(historyMessages);
  return (
    <Drawer
      opened={message !== undefined}
      onClose={onClose}
      position="right"
      size="lg"
      title={m.viewer.rawTitle}
    >
      {message && (
        <Stack gap="md">
          <Code
            block
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            aria-label={m.viewer.rawTitle}
          >
            {JSON.stringify(message.raw, null, 2)}
          </Code>
          <Title order={3} size="h5">
            {m.viewer.cloudCustomData}
          </Title>
          {message.cloudCustomData ? (
            <Code
              block
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
              aria-label={m.viewer.cloudCustomData}
            >
              {prettyJsonText(message.cloudCustomData)}
            </Code>
          ) : (
            <Text size="sm" c="dimmed">
              {m.viewer.cloudCustomDataNone}
            </Text>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
