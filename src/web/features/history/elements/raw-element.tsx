/** An element the console cannot render as its kind: the type and the content exactly as returned. */
import { Alert, Code, Text } from '@mantine/core';
import { IconQuestionMark } from '@tabler/icons-react';
import { useMessages } from '../../../lib/i18n/i18n';
import { HighlightedText } from './highlighted-text';
import { elementMessages } from './messages';

/** An unknown or malformed element, never dropped. */
export function RawElement({
  type,
  reason,
  content,
  highlight,
}: {
  type: string;
  reason: 'unknown' | 'malformed';
  content: unknown;
  highlight?: string | undefined;
}) {
  const m = useMessages(elementMessages);
  const name = type || m.raw.noType;
  const json = JSON.stringify(content, null, 2) ?? String(content);
  return (
    <Alert
      variant="light"
      color={reason === 'unknown' ? 'gray' : 'orange'}
      p="xs"
      icon={<IconQuestionMark size={16} />}
      title={reason === 'unknown' ? m.raw.unknown(name) : m.raw.malformed(name)}
      maw={520}
      data-element="raw"
      data-element-type={type}
    >
      <Text size="xs" c="dimmed" mb={4}>
        {reason === 'unknown' ? m.raw.unknownHint : m.raw.malformedHint}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <HighlightedText text={json} highlight={highlight} />
      </Code>
    </Alert>
  );
}
