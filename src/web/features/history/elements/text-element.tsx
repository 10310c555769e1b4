/** `TIMTextElem`: the text as sent, line breaks kept, emoji codes shown as codes, the search marked. */
import { Mark, Text } from '@mantine/core';
import { useMessages } from '../../../lib/i18n/i18n';
import { segmentText, type TextView } from './element-view';
import { elementMessages } from './messages';

const emojiStyle = {
  display: 'inline-block',
  padding: '0 4px',
  margin: '0 1px',
  borderRadius: 4,
  fontSize: '0.9em',
  lineHeight: 1.35,
  background: 'var(--mantine-color-default-hover)',
  border: '1px solid var(--mantine-color-default-border)',
  color: 'var(--mantine-color-dimmed)',
} as const;

/** One text element. */
export function TextElement({ content, highlight }: { content: TextView; highlight?: string | undefined }) {
  const m = useMessages(elementMessages);
  const runs = segmentText(content.Text, highlight);
  return (
    <Text
      component="div"
      size="sm"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      data-element="text"
    >
      {runs.map((run, i) => {
        const parts = run.parts.map((p, j) =>
          p.mark ? (
            <Mark key={j} color="yellow">
              {p.text}
            </Mark>
          ) : (
            p.text
          ),
        );
        if (!run.emoji) return <span key={i}>{parts}</span>;
        const code = run.parts.map((p) => p.text).join('');
        return (
          <span key={i} style={emojiStyle} title={m.emojiCode(code)} data-emoji-code={code}>
            {parts}
          </span>
        );
      })}
    </Text>
  );
}
