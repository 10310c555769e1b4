/** `TIMSoundElem`: duration, size, an audio player that loads only when played, and the download link. */
import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconMicrophone } from '@tabler/icons-react';
import { useMessages } from '../../../lib/i18n/i18n';
import { formatDuration, safeUrl, type SoundView } from './element-view';
import { ExternalLink } from './external-link';
import { elementMessages } from './messages';
import { useBytes } from './use-bytes';

/** One voice element. */
export function SoundElement({ content }: { content: SoundView }) {
  const m = useMessages(elementMessages);
  const bytes = useBytes();
  const duration = content.Second !== undefined ? formatDuration(content.Second) : '';
  const url = safeUrl(content.Url);
  return (
    <Paper withBorder radius="md" p="xs" maw={360} data-element="sound">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          <IconMicrophone size={18} aria-hidden />
          <Text size="sm" fw={500}>
            {m.sound.label}
          </Text>
          <Text size="xs" c="dimmed">
            {[duration, content.Size !== undefined ? bytes(content.Size) : ''].filter(Boolean).join(' · ')}
          </Text>
        </Group>
        {url && (
          <audio
            controls
            preload="none"
            src={url}
            aria-label={m.sound.player(duration || '?')}
            style={{ width: '100%', height: 32 }}
          />
        )}
        <ExternalLink href={content.Url} size="xs" download>
          <Group gap={4} component="span" wrap="nowrap">
            <IconDownload size={12} aria-hidden />
            {m.sound.download}
          </Group>
        </ExternalLink>
      </Stack>
    </Paper>
  );
}
