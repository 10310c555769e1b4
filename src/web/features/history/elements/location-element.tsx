/** `TIMLocationElem`: the description, the coordinates and a map link. */
import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconMapPin } from '@tabler/icons-react';
import { useMessages } from '../../../lib/i18n/i18n';
import { formatCoordinate, mapUrl, type LocationView } from './element-view';
import { ExternalLink } from './external-link';
import { HighlightedText } from './highlighted-text';
import { elementMessages } from './messages';

/** One location element. */
export function LocationElement({
  content,
  highlight,
}: {
  content: LocationView;
  highlight?: string | undefined;
}) {
  const m = useMessages(elementMessages);
  const lat = formatCoordinate(content.Latitude);
  const lon = formatCoordinate(content.Longitude);
  const map = mapUrl(content.Latitude, content.Longitude);
  const desc = content.Desc ?? '';
  return (
    <Paper withBorder radius="md" p="xs" maw={360} data-element="location">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconMapPin size={20} color="var(--mantine-color-red-6)" aria-hidden style={{ flexShrink: 0 }} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {m.location.label}
          </Text>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {desc ? <HighlightedText text={desc} highlight={highlight} /> : m.location.noDesc}
          </Text>
          <Text size="xs" ff="monospace">
            {m.location.coordinates(lat, lon)}
          </Text>
          {map && (
            <ExternalLink href={map} size="xs" label={m.location.mapOf(desc || `${lat}, ${lon}`)}>
              <Group gap={4} component="span" wrap="nowrap">
                {m.location.map}
                <IconExternalLink size={12} aria-hidden />
              </Group>
            </ExternalLink>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
