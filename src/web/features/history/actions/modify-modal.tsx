/** Edits a stored one-to-one message (`modify_c2c_msg`): its body, its CloudCustomData, or both. */
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { endpoint as modifyC2cMsg } from '../../../../api/endpoints/openim/modify_c2c_msg';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage } from '../model';
import { buildBody, draftFromBody, type BodyDraft } from './body-draft';
import { BodyEditor } from './body-editor';
import { actionMessages } from './messages';
import { actionQueries } from './queries';

/** The modify dialog for a C2C message of the `viewpoint`/`peer` transcript. */
export function ModifyModal({
  viewpoint,
  peer,
  message,
  onClose,
  onDone,
}: {
  viewpoint: string;
  peer: string;
  message: TranscriptMessage;
  onClose: () => void;
  onDone: () => void;
}) {
  const m = useMessages(actionMessages);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<BodyDraft>(() => draftFromBody(message.body));
  const [replaceBody, setReplaceBody] = useState(true);
  const [replaceCustom, setReplaceCustom] = useState(false);
  const [custom, setCustom] = useState(message.cloudCustomData ?? '');
  const [tried, setTried] = useState(false);
  const built = useMemo(() => buildBody(draft), [draft]);
  const modify = useMutation({
    mutationFn: () => {
      if (!message.msgKey || !message.from || !message.to) throw new Error('The message has no MsgKey.');
      return callIm(modifyC2cMsg, {
        From_Account: message.from,
        To_Account: message.to,
        MsgKey: message.msgKey,
        ...(replaceBody && built.ok ? { MsgBody: built.body } : {}),
        ...(replaceCustom ? { CloudCustomData: custom } : {}),
      });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: actionQueries.modified(viewpoint, peer).queryKey });
      notifications.show({ color: 'teal', message: m.modify.done });
      onDone();
      onClose();
    },
  });
  const nothing = !replaceBody && !replaceCustom;
  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (nothing || (replaceBody && !built.ok)) return;
    modify.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={m.modify.title} centered size="lg">
      <form onSubmit={submit} noValidate aria-label={m.modify.title}>
        <Stack gap="sm">
          <Text size="sm">
            {m.modify.body}{' '}
            <Text span fw={600}>
              {m.common.irreversible}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {m.modify.marking}
          </Text>
          <Checkbox
            label={m.modify.replaceBody}
            checked={replaceBody}
            onChange={(e) => setReplaceBody(e.currentTarget.checked)}
          />
          {replaceBody && (
            <BodyEditor
              draft={draft}
              onChange={setDraft}
              issues={built.ok ? [] : built.issues}
              showIssues={tried}
            />
          )}
          <Checkbox
            label={m.modify.replaceCustom}
            checked={replaceCustom}
            onChange={(e) => setReplaceCustom(e.currentTarget.checked)}
          />
          {replaceCustom && (
            <Textarea
              label={m.modify.custom}
              description={m.modify.customHelp}
              value={custom}
              onChange={(e) => setCustom(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            />
          )}
          {tried && nothing && (
            <Alert color="red" variant="light" role="alert">
              {m.modify.nothing}
            </Alert>
          )}
          {modify.isError && <ErrorState error={modify.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.common.cancel}
            </Button>
            <Button type="submit" loading={modify.isPending}>
              {m.modify.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
