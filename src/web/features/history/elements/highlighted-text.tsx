/** Text with every case-insensitive occurrence of `highlight` wrapped in <mark>. */
import { Mark } from '@mantine/core';
import { findMatches, markParts } from './element-view';

/** Plain text (no emoji codes) with the highlight marked. */
export function HighlightedText({ text, highlight }: { text: string; highlight?: string | undefined }) {
  const parts = markParts(text, findMatches(text, highlight));
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <Mark key={i} color="yellow">
            {p.text}
          </Mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
