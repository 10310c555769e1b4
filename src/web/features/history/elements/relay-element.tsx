/** `TIMRelayElem` (merged/forwarded messages): title, abstract, and the messages inside on demand. */
import { Button, Code, Collapse, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ResponseMsgBody } from '../../../../api/elements';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import type { RelayView } from './element-view';
import { HighlightedText } from './highlighted-text';
import { elementMessages } from './messages';

/** Merged messages nest; deeper than this the raw JSON is the honest view. */
export const MAX_RELAY_DEPTH = 3;

/** One merged-messages element; `renderBody` draws a nested message's elements. */
export function RelayElement({
  content,
  highlight,
  depth,
  renderBody,
}: {
  content: RelayView;
  highlight?: string | undefined;
  depth: number;
  renderBody: (body: ResponseMsgBody) => ReactNode;
}) {
  const m = useMessages(elementMessages);
  const { lang } = useLanguage();
  const [open, setOpen] = useState(false);
  const list = content.MsgList ?? [];
  const count = content.MsgNum ?? list.length;
  const title = content.Title || m.relay.untitled;
  return (
    <Paper withBorder radius="md" p="xs" maw={520} data-element="relay">
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap">
          <IconMessages size={16} aria-hidden />
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            <HighlightedText text={title} highlight={highlight} />
          </Text>
          <Text size="xs" c="dimmed">
            {m.relay.label} · {m.relay.count(count)}
          </Text>
        </Group>
        {(content.AbstractList ?? []).map((line, i) => (
          <Text key={i} size="xs" c="dimmed" lineClamp={1}>
            <HighlightedText text={line} highlight={highlight} />
          </Text>
        ))}
        {list.length > 0 && (
          <>
            <Group>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setOpen((o) => !o)}
                aria-expanded={open}
              >
                {open ? m.relay.hide : m.relay.show}
              </Button>
            </Group>
            <Collapse expanded={open}>
              {open && (
                <Stack gap={6} role="list" aria-label={m.relay.nested}>
                  {list.map((item, i) => (
                    <Stack key={i} gap={2} role="listitem">
                      {i > 0 && <Divider />}
                      <Text size="xs" c="dimmed">
                        {[
                          item.From_Account,
                          item.MsgTimeStamp ? formatUnixSeconds(item.MsgTimeStamp, lang) : undefined,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                      {depth + 1 >= MAX_RELAY_DEPTH ? (
                        <>
                          <Text size="xs" c="dimmed">
                            {m.relay.tooDeep}
                          </Text>
                          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            {JSON.stringify(item.MsgBody ?? [], null, 2)}
                          </Code>
                        </>
                      ) : (
                        renderBody(item.MsgBody ?? [])
                      )}
                    </Stack>
                  ))}
                </Stack>
              )}
            </Collapse>
          </>
        )}
      </Stack>
    </Paper>
  );
}
