/**
 * The per-message action menu of a transcript: recall (C2C by MsgKey, groups and topics by seq) and,
 * for one-to-one messages, modify. Each item is gated by role (the proxy is the authority) and opens
 * a confirmation; `onChanged` tells the viewer which message to refetch or patch.
 */
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconPencil } from '@tabler/icons-react';
import { useState, type ReactElement } from 'react';
import { endpoint as adminMsgwithdraw } from '../../../../api/endpoints/openim/admin_msgwithdraw';
import { endpoint as modifyC2cMsg } from '../../../../api/endpoints/openim/modify_c2c_msg';
import { endpoint as groupMsgRecall } from '../../../../api/endpoints/group_open_http_svc/group_msg_recall';
import { useCan } from '../../../lib/access';
import { useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { actionMessages } from './messages';
import { ModifyModal } from './modify-modal';
import { recallable } from './recall';
import { RecallModal } from './recall-modal';

/** What changed, for the viewer to refetch or patch. */
export interface MessageChange {
  kind: 'recalled' | 'modified';
  /** `TranscriptMessage.id`s of the changed messages. */
  ids: string[];
}

/** Props of `MessageActions`. */
export interface MessageActionsProps {
  target: TranscriptTarget;
  message: TranscriptMessage;
  /** Called after a change so the viewer refetches or patches the message. */
  onChanged?: (change: MessageChange) => void;
}

/** The per-message action menu (a "…" button). */
export function MessageActions({ target, message, onChanged }: MessageActionsProps) {
  const m = useMessages(actionMessages);
  const [open, setOpen] = useState<'recall' | 'modify' | null>(null);
  const recallAccess = useCan(target.kind === 'c2c' ? adminMsgwithdraw.path : groupMsgRecall.path);
  const modifyAccess = useCan(modifyC2cMsg.path);
  const canRecall = recallable(target, message);
  const canModify =
    target.kind === 'c2c' && !message.recalled && Boolean(message.msgKey && message.from && message.to);
  const what = message.msgKey ?? `seq ${message.seq}`;
  const recallHint = !recallAccess.allowed
    ? recallAccess.reason
    : message.placeholder
      ? m.menu.placeholder
      : message.recalled
        ? m.menu.recalled
        : undefined;
  const modifyHint =
    target.kind !== 'c2c'
      ? m.menu.c2cOnly
      : !modifyAccess.allowed
        ? modifyAccess.reason
        : message.recalled
          ? m.menu.recalled
          : undefined;
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={240}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={m.menu.label(what)}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <ItemWithHint hint={recallHint}>
            <Menu.Item
              color="red"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              disabled={!canRecall || !recallAccess.allowed}
              onClick={() => setOpen('recall')}
            >
              {m.menu.recall}
            </Menu.Item>
          </ItemWithHint>
          {target.kind === 'c2c' && (
            <ItemWithHint hint={modifyHint}>
              <Menu.Item
                leftSection={<IconPencil size={14} aria-hidden />}
                disabled={!canModify || !modifyAccess.allowed}
                onClick={() => setOpen('modify')}
              >
                {m.menu.modify}
              </Menu.Item>
            </ItemWithHint>
          )}
        </Menu.Dropdown>
      </Menu>
      {open === 'recall' && (
        <RecallModal
          target={target}
          message={message}
          onClose={() => setOpen(null)}
          onDone={() => onChanged?.({ kind: 'recalled', ids: [message.id] })}
        />
      )}
      {open === 'modify' && target.kind === 'c2c' && (
        <ModifyModal
          viewpoint={target.viewpoint}
          peer={target.peer}
          message={message}
          onClose={() => setOpen(null)}
          onDone={() => onChanged?.({ kind: 'modified', ids: [message.id] })}
        />
      )}
    </>
  );
}

/** A disabled menu item with the reason as a tooltip (and in its accessible description). */
function ItemWithHint({ hint, children }: { hint: string | undefined; children: ReactElement }) {
  if (!hint) return children;
  return (
    <Tooltip label={hint} position="left" withArrow multiline w={240}>
      <div>{children}</div>
    </Tooltip>
  );
}
