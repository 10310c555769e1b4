/** `TIMCustomElem`: the app's `Data` (pretty-printed when it is JSON), with `Desc`, `Ext` and `Sound`. */
import { Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useState } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { prettyJson, type CustomView } from './element-view';
import { HighlightedText } from './highlighted-text';
import { elementMessages } from './messages';

/** Lines shown before "Show all". */
const FOLDED_LINES = 12;

/** One custom element. */
export function CustomElement({
  content,
  highlight,
}: {
  content: CustomView;
  highlight?: string | undefined;
}) {
  const m = useMessages(elementMessages);
  const [open, setOpen] = useState(false);
  const data = content.Data ?? '';
  const pretty = prettyJson(data);
  const shown = pretty ?? data;
  const lines = shown.split('\n');
  const folded = lines.length > FOLDED_LINES && !open;
  const visible = folded ? lines.slice(0, FOLDED_LINES).join('\n') + '\n…' : shown;
  const extra = (
    [
      ['desc', content.Desc],
      ['ext', content.Ext],
      ['sound', content.Sound],
    ] as const
  ).filter((e): e is readonly ['desc' | 'ext' | 'sound', string] => e[1] !== undefined && e[1] !== '');
  return (
    <Paper withBorder radius="md" p="xs" maw={520} data-element="custom">
      <Stack gap={6}>
        <Group gap={6}>
          <IconBraces size={16} aria-hidden />
          <Text size="xs" c="dimmed">
            {m.custom.label}
          </Text>
          {pretty !== undefined && (
            <Badge size="xs" variant="light" color="grape">
              {m.custom.json}
            </Badge>
          )}
        </Group>
        {data === '' ? (
          <Text size="xs" c="dimmed">
            {m.custom.data}: {m.custom.emptyData}
          </Text>
        ) : (
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: '100%' }}>
            <HighlightedText text={visible} highlight={highlight} />
          </Code>
        )}
        {lines.length > FOLDED_LINES && (
          <Group>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
            >
              {open ? m.custom.showLess : m.custom.showAll}
            </Button>
          </Group>
        )}
        {extra.map(([key, value]) => (
          <Text key={key} size="xs" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" size="xs">
              {m.custom[key]}:
            </Text>{' '}
            <HighlightedText text={value} highlight={highlight} />
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
