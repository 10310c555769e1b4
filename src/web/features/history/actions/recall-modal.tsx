/** Confirms and recalls one message: `admin_msgwithdraw` (C2C, by MsgKey) or `group_msg_recall` (by seq). */
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../components/page-states';
import { describeImError } from '../../../lib/im-error-text';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { MessageSummary } from './message-summary';
import { actionMessages } from './messages';
import { recallBatch } from './recall';

/** The single-message recall confirmation. `onDone` runs once the message is recalled (or already was). */
export function RecallModal({
  target,
  message,
  onClose,
  onDone,
}: {
  target: TranscriptTarget;
  message: TranscriptMessage;
  onClose: () => void;
  onDone: () => void;
}) {
  const m = useMessages(actionMessages);
  const { lang } = useLanguage();
  const [reason, setReason] = useState('');
  const recall = useMutation({
    mutationFn: async () => {
      const [outcome] = await recallBatch(target, [message], new AbortController().signal, { reason });
      return outcome!;
    },
    onSuccess: (outcome) => {
      if (outcome.status === 'failed') return;
      notifications.show({
        color: 'teal',
        message: outcome.status === 'existed' ? m.recall.already : m.recall.done,
      });
      onDone();
      onClose();
    },
  });
  const failed = recall.data?.status === 'failed' ? recall.data : undefined;
  return (
    <Modal opened onClose={onClose} title={m.recall.title} centered size="lg">
      <Stack gap="sm">
        <Text size="sm">
          {target.kind === 'c2c'
            ? m.recall.c2cBody(message.from ?? '?', message.to ?? '?')
            : m.recall.groupBody(message.seq)}{' '}
          <Text span fw={600}>
            {m.common.irreversible}
          </Text>
        </Text>
        <MessageSummary message={message} label={m.recall.preview} />
        {target.kind !== 'c2c' && (
          <TextInput
            label={m.recall.reason}
            description={m.recall.reasonHelp}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={200}
          />
        )}
        {recall.isError && <ErrorState error={recall.error} />}
        {failed && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={failed.code ? `${failed.code}: ${describeImError(failed.code, lang).meaning}` : undefined}
          >
            {failed.code ? describeImError(failed.code, lang).hint : failed.reason}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {m.common.cancel}
          </Button>
          <Button color="red" loading={recall.isPending} onClick={() => recall.mutate()}>
            {m.recall.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
