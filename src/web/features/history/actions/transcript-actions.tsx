/**
 * The transcript's action toolbar: recall the selected messages at once (per-message results), the
 * unread count with "Mark read" (one-to-one), send a message (as either side or the admin; in groups
 * as the admin or a member), send the same message to many users, and import a historical message.
 * Every button is gated by role through `AccessGate` (the proxy stays the authority).
 */
import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconFileImport, IconSend, IconUsersGroup } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { endpoint as sendGroupMsg } from '../../../../api/endpoints/group_open_http_svc/send_group_msg';
import { endpoint as groupMsgRecall } from '../../../../api/endpoints/group_open_http_svc/group_msg_recall';
import { endpoint as adminMsgwithdraw } from '../../../../api/endpoints/openim/admin_msgwithdraw';
import { endpoint as batchsendmsg } from '../../../../api/endpoints/openim/batchsendmsg';
import { endpoint as importmsg } from '../../../../api/endpoints/openim/importmsg';
import { endpoint as sendmsg } from '../../../../api/endpoints/openim/sendmsg';
import { AccessGate } from '../../../lib/access';
import { useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { BatchSendModal } from './batch-send-modal';
import { BulkRecallModal } from './bulk-recall-modal';
import { ImportModal } from './import-modal';
import { actionMessages } from './messages';
import { SendModal } from './send-modal';
import { UnreadControl } from './unread-control';

/** What changed, for the viewer to refetch or patch. */
export interface TranscriptChange {
  kind: 'recalled' | 'sent' | 'read' | 'imported';
  /** `TranscriptMessage.id`s concerned (new messages: their MsgKey or `seq:<n>`; `read`: none). */
  ids: string[];
}

/** Props of `TranscriptActions`. */
export interface TranscriptActionsProps {
  target: TranscriptTarget;
  /** The messages the operator selected in the viewer. */
  selected: TranscriptMessage[];
  onChanged?: (change: TranscriptChange) => void;
  clearSelection?: () => void;
}

type Dialog = 'recall' | 'send' | 'batch' | 'import' | null;

/** The transcript's action toolbar. */
export function TranscriptActions({ target, selected, onChanged, clearSelection }: TranscriptActionsProps) {
  const m = useMessages(actionMessages);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = useCallback(() => setDialog(null), []);
  const recalled = useCallback(
    (ids: string[]) => {
      onChanged?.({ kind: 'recalled', ids });
      clearSelection?.();
    },
    [onChanged, clearSelection],
  );
  const c2c = target.kind === 'c2c' ? target : undefined;
  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label={m.toolbar.label}>
      <AccessGate what={c2c ? adminMsgwithdraw.path : groupMsgRecall.path}>
        {(disabled) => (
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconArrowBackUp size={14} aria-hidden />}
            disabled={disabled || selected.length === 0}
            onClick={() => setDialog('recall')}
          >
            {m.bulkRecall.button(selected.length)}
          </Button>
        )}
      </AccessGate>
      <AccessGate what={c2c ? sendmsg.path : sendGroupMsg.path}>
        {(disabled) => (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconSend size={14} aria-hidden />}
            disabled={disabled}
            onClick={() => setDialog('send')}
          >
            {m.send.button}
          </Button>
        )}
      </AccessGate>
      <AccessGate what={batchsendmsg.path}>
        {(disabled) => (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconUsersGroup size={14} aria-hidden />}
            disabled={disabled}
            onClick={() => setDialog('batch')}
          >
            {m.batch.button}
          </Button>
        )}
      </AccessGate>
      {c2c && (
        <AccessGate what={importmsg.path}>
          {(disabled) => (
            <Button
              size="xs"
              variant="subtle"
              color="orange"
              leftSection={<IconFileImport size={14} aria-hidden />}
              disabled={disabled}
              onClick={() => setDialog('import')}
            >
              {m.import.button}
            </Button>
          )}
        </AccessGate>
      )}
      {c2c && (
        <UnreadControl
          viewpoint={c2c.viewpoint}
          peer={c2c.peer}
          onRead={() => onChanged?.({ kind: 'read', ids: [] })}
        />
      )}

      {dialog === 'recall' && (
        <BulkRecallModal target={target} selected={selected} onClose={close} onDone={recalled} />
      )}
      {dialog === 'send' && (
        <SendModal
          target={target}
          onClose={close}
          onSent={(id) => onChanged?.({ kind: 'sent', ids: [id] })}
        />
      )}
      {dialog === 'batch' && <BatchSendModal onClose={close} />}
      {dialog === 'import' && c2c && (
        <ImportModal
          viewpoint={c2c.viewpoint}
          peer={c2c.peer}
          onClose={close}
          onImported={(key) => onChanged?.({ kind: 'imported', ids: [key] })}
        />
      )}
    </Group>
  );
}
