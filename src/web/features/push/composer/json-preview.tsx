/** The exact JSON body that `im_push` will receive, with its size and a copy button. */
import { Button, Card, Code, CopyButton, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { byteLength } from '../../../../api/rules';
import { useMessages } from '../../../lib/i18n/i18n';
import { composerMessages } from './messages';

/** Shows `request` as pretty JSON. */
export function JsonPreview({ request }: { request: { MsgBody: unknown } }) {
  const m = useMessages(composerMessages).json;
  const json = JSON.stringify(request, null, 2);
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5" id="push-json-title">
            {m.title}
          </Title>
          <CopyButton value={json}>
            {({ copied, copy }) => (
              <Button size="xs" variant="subtle" onClick={copy}>
                {copied ? m.copied : m.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
        <ScrollArea.Autosize mah={360} type="auto">
          <Code block aria-label={m.body} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {json}
          </Code>
        </ScrollArea.Autosize>
        <Text size="xs" c="dimmed">
          {m.size(byteLength(JSON.stringify(request.MsgBody)))}
        </Text>
      </Stack>
    </Card>
  );
}
