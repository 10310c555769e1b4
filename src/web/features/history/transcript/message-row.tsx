/**
 * One message as a chat bubble: the viewpoint user's messages on the right, everyone else's on the
 * left (groups: every sender on the left, named and coloured). Local time shown, UTC on hover.
 * Below the bubble: select, raw JSON, copy link and the per-message actions menu (mounted when first
 * pressed). Plain elements styled by `message-row.module.css`, not Mantine components: a row mounts on
 * every scrolled frame (see that file).
 */
import { Badge, CheckIcon, Text } from '@mantine/core';
import { IconBraces, IconLink } from '@tabler/icons-react';
import { memo } from 'react';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ModifiedMark } from '../actions/modified-mark';
import { MessageBody } from '../elements/message-body';
import { historyMessages } from '../messages';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { useControlClasses } from './control-classes';
import { LazyMessageActions } from './lazy-message-actions';
import classes from './message-row.module.css';

const senderColours = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'red', 'yellow'];

/** A stable Mantine colour for a sender id. */
export function senderColour(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return senderColours[Math.abs(h) % senderColours.length] as string;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per language: building an `Intl.DateTimeFormat` costs more than drawing a row. */
function timeFormat(lang: 'en' | 'zh'): Intl.DateTimeFormat {
  let f = timeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    timeFormats.set(lang, f);
  }
  return f;
}

/** Local `HH:mm:ss` (en-GB / zh-CN) and the full UTC text for the hover. */
export function formatTimes(seconds: number, lang: 'en' | 'zh'): { local: string; utc: string; iso: string } {
  const d = new Date(seconds * 1000);
  const iso = d.toISOString();
  return { local: timeFormat(lang).format(d), utc: iso.replace('T', ' ').replace('.000Z', ''), iso };
}

/** Props of `MessageRow`. */
export interface MessageRowProps {
  target: TranscriptTarget;
  message: TranscriptMessage;
  /** Position in the loaded transcript (1-based) and the count, for the feed's aria attributes. */
  position: number;
  setSize: number;
  selected: boolean;
  onToggle: (id: string) => void;
  onRaw: (message: TranscriptMessage) => void;
  onCopyLink: (message: TranscriptMessage) => void;
  onChanged: (change: { kind: 'recalled' | 'modified'; ids: string[] }) => void;
  /** The search query to mark, if any. */
  highlight?: string;
  /** The current search match or the deep-linked message. */
  focused: boolean;
  /** Modified through this console (the only modifications anyone can know of; the mark says so). */
  modified?: boolean;
}

/** One message bubble with its controls. */
export const MessageRow = memo(function MessageRow({
  target,
  message,
  position,
  setSize,
  selected,
  onToggle,
  onRaw,
  onCopyLink,
  onChanged,
  highlight,
  focused,
  modified,
}: MessageRowProps) {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  const mine = target.kind === 'c2c' && message.from === target.viewpoint;
  const sender = message.from || m.viewer.unknownSender;
  const who = target.kind === 'c2c' && mine ? m.viewer.you(sender) : sender;
  const times = message.time !== undefined ? formatTimes(message.time, lang) : undefined;
  const colour = target.kind === 'c2c' ? (mine ? 'blue' : 'gray') : senderColour(sender);
  const labelId = `msg-${message.id}-label`;
  const control = useControlClasses();
  const buttonClass = `${control.focus} ${control.active} ${classes.iconButton}`;

  return (
    <div
      role="article"
      aria-labelledby={labelId}
      aria-posinset={position}
      aria-setsize={setSize}
      data-message-id={message.id}
      data-focused={focused || undefined}
      data-mine={mine || undefined}
      className={classes.row}
    >
      <div id={labelId} className={classes.header}>
        <p
          className={classes.sender}
          style={target.kind === 'c2c' ? undefined : { color: `var(--mantine-color-${colour}-7)` }}
        >
          {who}
        </p>
        {times && (
          <time className={classes.meta} dateTime={times.iso} title={m.viewer.utcTitle(times.utc)}>
            {times.local}
          </time>
        )}
        {target.kind !== 'c2c' && <p className={classes.meta}>{m.viewer.seq(message.seq)}</p>}
        {message.recalled && (
          <Badge size="xs" color="red" variant="light">
            {m.viewer.recalled}
          </Badge>
        )}
        {modified && <ModifiedMark target={target} message={message} />}
      </div>
      <div className={classes.bubble} data-dim={message.recalled || message.placeholder || undefined}>
        {message.placeholder ? (
          <Text size="sm" c="dimmed" fs="italic">
            {m.viewer.placeholder}
          </Text>
        ) : message.recalled && message.body.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            {m.viewer.recalledBody}
          </Text>
        ) : (
          <MessageBody body={message.body} {...(highlight ? { highlight } : {})} />
        )}
      </div>
      <div className={classes.controls}>
        <span className={classes.checkbox}>
          <input
            type="checkbox"
            className={`${control.focus} ${classes.checkboxInput}`}
            checked={selected}
            onChange={() => onToggle(message.id)}
            aria-label={m.viewer.select(sender, times?.local ?? m.viewer.seq(message.seq))}
          />
          <CheckIcon className={classes.checkboxIcon} aria-hidden />
        </span>
        <button
          type="button"
          className={buttonClass}
          aria-label={m.viewer.raw}
          title={m.viewer.raw}
          onClick={() => onRaw(message)}
        >
          <IconBraces size={14} />
        </button>
        <button
          type="button"
          className={buttonClass}
          aria-label={m.viewer.copyLink}
          title={m.viewer.copyLink}
          onClick={() => onCopyLink(message)}
        >
          <IconLink size={14} />
        </button>
        <LazyMessageActions target={target} message={message} onChanged={onChanged} />
      </div>
    </div>
  );
});
