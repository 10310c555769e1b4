/**
 * The per-message "…" menu, mounted on first use. A Mantine Menu (popover, floating position, focus
 * handling) costs more to mount than the rest of a transcript row together, and rows mount on every
 * scrolled frame, so each row starts with a plain button of the same name and look; pressing it (click,
 * Enter or Space) puts the real `MessageActions` in its place and opens it, keeping the focus on its button.
 */
import { IconDots } from '@tabler/icons-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { MessageActions, type MessageChange } from '../actions/message-actions';
import { actionMessages } from '../actions/messages';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { useControlClasses } from './control-classes';
import classes from './message-row.module.css';

/** Props of `LazyMessageActions` (those of `MessageActions`). */
export interface LazyMessageActionsProps {
  target: TranscriptTarget;
  message: TranscriptMessage;
  onChanged: (change: MessageChange) => void;
}

/** A stand-in "…" button that becomes the message's action menu when pressed. */
export function LazyMessageActions({ target, message, onChanged }: LazyMessageActionsProps) {
  const m = useMessages(actionMessages);
  const control = useControlClasses();
  const [mounted, setMounted] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    if (!mounted) return;
    // The menu's own button replaced the stand-in that was pressed: focus it and open the menu.
    const button = wrapper.current?.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
    button?.focus();
    button?.click();
  }, [mounted]);

  if (mounted) {
    return (
      <span ref={wrapper} style={{ display: 'contents' }}>
        <MessageActions target={target} message={message} onChanged={onChanged} />
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`${control.focus} ${control.active} ${classes.iconButton}`}
      aria-label={m.menu.label(message.msgKey ?? `seq ${message.seq}`)}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => setMounted(true)}
    >
      <IconDots size={16} aria-hidden />
    </button>
  );
}
