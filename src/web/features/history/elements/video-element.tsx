/** `TIMVideoFileElem`: the thumbnail with duration and size, playing in a dialog, and the download link. */
import { Box, Center, Group, Image, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconDownload, IconPlayerPlayFilled, IconVideo } from '@tabler/icons-react';
import { useState } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { formatDuration, safeUrl, type VideoView } from './element-view';
import { ExternalLink } from './external-link';
import { elementMessages } from './messages';
import { useBytes } from './use-bytes';

const MAX_SIDE = 220;

/** One video element. */
export function VideoElement({ content }: { content: VideoView }) {
  const m = useMessages(elementMessages);
  const bytes = useBytes();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const duration = content.VideoSecond !== undefined ? formatDuration(content.VideoSecond) : '';
  const details = [
    content.VideoFormat?.toUpperCase() ?? '',
    duration,
    content.VideoSize !== undefined ? bytes(content.VideoSize) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const w = content.ThumbWidth ?? 0;
  const h = content.ThumbHeight ?? 0;
  const scale = w > 0 && h > 0 ? Math.min(1, MAX_SIDE / Math.max(w, h)) : 0;
  const box = scale
    ? { width: Math.round(w * scale), height: Math.round(h * scale) }
    : { width: 200, height: 120 };
  const thumb = safeUrl(content.ThumbUrl);
  const video = safeUrl(content.VideoUrl);

  return (
    <Stack gap={4} data-element="video">
      <UnstyledButton
        onClick={() => setOpen(true)}
        disabled={!video}
        aria-label={m.video.play(details || m.video.label)}
        style={{
          position: 'relative',
          width: box.width,
          height: box.height,
          borderRadius: 8,
          overflow: 'hidden',
        }}
      >
        {thumb && !failed ? (
          <Image
            src={thumb}
            alt=""
            w={box.width}
            h={box.height}
            fit="cover"
            loading="lazy"
            referrerPolicy="no-referrer"
            onError={() => setFailed(true)}
          />
        ) : (
          <Box
            w={box.width}
            h={box.height}
            bg="var(--mantine-color-default-hover)"
            style={{ border: '1px dashed var(--mantine-color-default-border)', borderRadius: 8 }}
          >
            <Center h="100%">
              <IconVideo size={28} aria-hidden color="var(--mantine-color-dimmed)" />
            </Center>
          </Box>
        )}
        <Center style={{ position: 'absolute', inset: 0 }}>
          <Center
            w={44}
            h={44}
            style={{ borderRadius: '50%', background: 'rgba(0,0,0,0.55)', color: 'white' }}
          >
            <IconPlayerPlayFilled size={22} aria-hidden />
          </Center>
        </Center>
        {duration && (
          <Text
            size="xs"
            c="white"
            style={{
              position: 'absolute',
              right: 6,
              bottom: 4,
              background: 'rgba(0,0,0,0.55)',
              borderRadius: 4,
              padding: '0 4px',
            }}
          >
            {duration}
          </Text>
        )}
      </UnstyledButton>
      <Text size="xs" c="dimmed">
        {m.video.label}
        {details ? ` · ${details}` : ''}
      </Text>
      <ExternalLink href={content.VideoUrl} size="xs" download>
        <Group gap={4} component="span" wrap="nowrap">
          <IconDownload size={12} aria-hidden />
          {m.video.download}
        </Group>
      </ExternalLink>
      <Modal opened={open} onClose={() => setOpen(false)} title={m.video.modalTitle} size="xl" centered>
        {video && (
          <video
            controls
            autoPlay
            preload="metadata"
            src={video}
            {...(thumb ? { poster: thumb } : {})}
            style={{ width: '100%', maxHeight: '70vh', background: 'black' }}
            aria-label={m.video.play(details || m.video.label)}
          />
        )}
      </Modal>
    </Stack>
  );
}
