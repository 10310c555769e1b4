/** A link to a URL taken from a message: opened in a new tab only when it is http(s), else shown as text. */
import { Anchor, Text, VisuallyHidden, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { safeUrl } from './element-view';
import { elementMessages } from './messages';

/** An external link that never runs a `javascript:` URL or similar. */
export function ExternalLink({
  href,
  children,
  download,
  label,
  ...props
}: AnchorProps & { href: string | undefined; children: ReactNode; download?: boolean; label?: string }) {
  const m = useMessages(elementMessages);
  const url = safeUrl(href);
  if (!url) {
    return (
      <Text span size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {m.unsafeLink} <code>{href ?? ''}</code>
      </Text>
    );
  }
  return (
    <Anchor
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow"
      referrerPolicy="no-referrer"
      {...(download ? { download: '' } : {})}
      {...(label ? { 'aria-label': label } : {})}
      {...props}
    >
      {children}
      {!label && <VisuallyHidden>{m.newTab}</VisuallyHidden>}
    </Anchor>
  );
}
