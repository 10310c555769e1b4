/** `TIMFileElem`: the file name, its size and the download link. */
import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconFile } from '@tabler/icons-react';
import { useMessages } from '../../../lib/i18n/i18n';
import type { FileView } from './element-view';
import { ExternalLink } from './external-link';
import { HighlightedText } from './highlighted-text';
import { elementMessages } from './messages';
import { useBytes } from './use-bytes';

/** One file element. */
export function FileElement({ content, highlight }: { content: FileView; highlight?: string | undefined }) {
  const m = useMessages(elementMessages);
  const bytes = useBytes();
  const name = content.FileName || m.file.unnamed;
  return (
    <Paper withBorder radius="md" p="xs" maw={360} data-element="file">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconFile size={28} stroke={1.4} aria-hidden style={{ flexShrink: 0 }} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            <HighlightedText text={name} highlight={highlight} />
          </Text>
          <Text size="xs" c="dimmed">
            {m.file.label}
            {content.FileSize !== undefined ? ` · ${bytes(content.FileSize)}` : ''}
          </Text>
          <ExternalLink href={content.Url} size="xs" download label={m.file.download(name)}>
            <Group gap={4} component="span" wrap="nowrap">
              <IconDownload size={12} aria-hidden />
              {m.file.download(name)}
            </Group>
          </ExternalLink>
        </Stack>
      </Group>
    </Paper>
  );
}
