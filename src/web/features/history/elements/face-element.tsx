/** `TIMFaceElem`: an app-defined emoji, shown as its index and data (the console has no emoji set). */
import { Badge, Group, Text } from '@mantine/core';
import { IconMoodSmile } from '@tabler/icons-react';
import { useMessages } from '../../../lib/i18n/i18n';
import type { FaceView } from './element-view';
import { HighlightedText } from './highlighted-text';

import { elementMessages } from './messages';

/** One face element. */
export function FaceElement({ content, highlight }: { content: FaceView; highlight?: string | undefined }) {
  const m = useMessages(elementMessages);
  return (
    <Group gap={6} wrap="nowrap" data-element="face">
      <Badge
        variant="light"
        color="yellow"
        leftSection={<IconMoodSmile size={14} aria-hidden />}
        style={{ textTransform: 'none' }}
      >
        {m.face.label(content.Index)}
      </Badge>
      {content.Data !== undefined && content.Data !== '' && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {m.face.data}: <HighlightedText text={content.Data} highlight={highlight} />
        </Text>
      )}
    </Group>
  );
}
