/** `TIMImageElem`: the thumbnail, opening the large image with every rendition's size and link. */
import { Center, Group, Image, Modal, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconPhoto, IconPhotoOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { imageRenditions, safeUrl, type ImageInfoView, type ImageView } from './element-view';
import { ExternalLink } from './external-link';
import { elementMessages } from './messages';
import { useBytes } from './use-bytes';

const MAX_SIDE = 220;

/** The preview's box: the rendition's aspect ratio, at most MAX_SIDE on either side. */
function previewBox(info: ImageInfoView | undefined): { width: number; height: number } {
  const w = info?.Width ?? 0;
  const h = info?.Height ?? 0;
  if (w <= 0 || h <= 0) return { width: 160, height: 120 };
  const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
  return { width: Math.max(48, Math.round(w * scale)), height: Math.max(48, Math.round(h * scale)) };
}

/** One image element. */
export function ImageElement({ content }: { content: ImageView }) {
  const m = useMessages(elementMessages);
  const bytes = useBytes();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [largeFailed, setLargeFailed] = useState(false);
  const { preview, large, original } = imageRenditions(content);
  const format = content.ImageFormat !== undefined ? (m.image.format[content.ImageFormat] ?? '') : '';
  const main = original ?? large;
  const details = [
    format,
    main?.Width && main.Height ? `${main.Width}×${main.Height}` : '',
    main?.Size !== undefined ? bytes(main.Size) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const box = previewBox(preview);
  const previewUrl = safeUrl(preview?.URL);
  const largeUrl = safeUrl(large?.URL);

  return (
    <Stack gap={4} data-element="image">
      {previewUrl ? (
        <UnstyledButton
          onClick={() => setOpen(true)}
          aria-label={m.image.open(details || m.image.label)}
          style={{ width: box.width, height: box.height, borderRadius: 8, overflow: 'hidden' }}
        >
          {failed ? (
            <Center
              h="100%"
              bg="var(--mantine-color-default-hover)"
              style={{ border: '1px dashed var(--mantine-color-default-border)', borderRadius: 8 }}
            >
              <Stack gap={4} align="center" p="xs">
                <IconPhotoOff size={24} aria-hidden color="var(--mantine-color-dimmed)" />
                <Text size="xs" c="dimmed" ta="center">
                  {m.image.failed}
                </Text>
              </Stack>
            </Center>
          ) : (
            <Image
              src={previewUrl}
              alt={m.image.alt(details || m.image.label)}
              w={box.width}
              h={box.height}
              fit="cover"
              loading="lazy"
              referrerPolicy="no-referrer"
              onError={() => setFailed(true)}
            />
          )}
        </UnstyledButton>
      ) : (
        <Paper withBorder p="xs" radius="md">
          <Group gap={6}>
            <IconPhoto size={18} aria-hidden />
            <Text size="xs" c="dimmed">
              {m.image.noPreview}
            </Text>
          </Group>
        </Paper>
      )}
      <Text size="xs" c="dimmed">
        {m.image.label}
        {details ? ` · ${details}` : ''}
      </Text>
      <Modal opened={open} onClose={() => setOpen(false)} title={m.image.modalTitle} size="xl" centered>
        <Stack gap="sm">
          {largeUrl && !largeFailed && (
            <Center>
              <Image
                src={largeUrl}
                alt={m.image.alt(details || m.image.label)}
                fit="contain"
                mah="65vh"
                w="auto"
                referrerPolicy="no-referrer"
                onError={() => setLargeFailed(true)}
              />
            </Center>
          )}
          {(!largeUrl || largeFailed) && (
            <Center
              h={160}
              bg="var(--mantine-color-default-hover)"
              style={{ border: '1px dashed var(--mantine-color-default-border)', borderRadius: 8 }}
            >
              <Stack gap={4} align="center">
                <IconPhotoOff size={28} aria-hidden color="var(--mantine-color-dimmed)" />
                <Text size="sm" c="dimmed">
                  {m.image.failed}
                </Text>
              </Stack>
            </Center>
          )}
          <Table withTableBorder fz="xs" aria-label={m.image.renditions}>
            <Table.Tbody>
              {content.ImageInfoArray.map((info, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    {info.Type !== undefined
                      ? (m.image.rendition[info.Type] ?? m.image.unknownRendition(info.Type))
                      : '—'}
                  </Table.Td>
                  <Table.Td>{info.Width && info.Height ? `${info.Width}×${info.Height}` : '—'}</Table.Td>
                  <Table.Td>{info.Size !== undefined ? bytes(info.Size) : '—'}</Table.Td>
                  <Table.Td>
                    <ExternalLink href={info.URL} size="xs">
                      {m.image.download}
                    </ExternalLink>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {content.UUID && (
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              UUID {content.UUID}
            </Text>
          )}
        </Stack>
      </Modal>
    </Stack>
  );
}
