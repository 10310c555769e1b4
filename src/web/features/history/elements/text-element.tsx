/** `TIMTextElem`: the text as sent, line breaks kept, emoji codes shown as codes, the search marked. */
import { Mark } from '@mantine/core';
import { useMessages } from '../../../lib/i18n/i18n';
import { segmentText, type TextView } from './element-view';
import { elementMessages } from './messages';
import classes from './text-element.module.css';

/** One text element. */
export function TextElement({ content, highlight }: { content: TextView; highlight?: string | undefined }) {
  const m = useMessages(elementMessages);
  const runs = segmentText(content.Text, highlight);
  return (
    <div className={classes.text} data-element="text">
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
          <span key={i} className={classes.emoji} title={m.emojiCode(code)} data-emoji-code={code}>
            {parts}
          </span>
        );
      })}
    </div>
  );
}
