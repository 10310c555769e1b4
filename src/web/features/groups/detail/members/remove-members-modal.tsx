/** The "Remove members" dialog: UserIDs (prefilled with the selection), reason and silent option, then a confirmation. */
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { parseUserIds } from '../../../../lib/parse-user-ids';
import type { Job } from '../../../../lib/jobs/runner';
import { useMessages } from '../../../../lib/i18n/i18n';
import { IdListInput } from './id-list-input';
import { membersMessages } from './messages';
import { removeMembersJob } from './tasks';

/** Most UserIDs one remove job takes. */
const MAX_REMOVE_IDS = 100_000;

/** Props: the group, the ids to start with, and what to do with the started job. */
export interface RemoveMembersModalProps {
  groupId: string;
  initialIds: readonly string[];
  onClose: () => void;
  onStart: (job: Job<string>, count: number) => void;
}

/** The dialog; asks again before anything is removed. */
export function RemoveMembersModal({ groupId, initialIds, onClose, onStart }: RemoveMembersModalProps) {
  const m = useMessages(membersMessages);
  const [text, setText] = useState(initialIds.join('\n'));
  const [reason, setReason] = useState('');
  const [silent, setSilent] = useState(false);
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const parsed = useMemo(() => parseUserIds(text, MAX_REMOVE_IDS), [text]);
  const count = parsed.ids.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (count > 0) setConfirming(true);
  }

  function confirm() {
    const job = removeMembersJob(groupId, parsed.ids, { silent, reason });
    job.start();
    onStart(job, count);
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={confirming ? m.remove.confirmTitle : m.remove.title}
      size="lg"
      centered
    >
      {confirming ? (
        <Stack gap="sm">
          <Text size="sm">{m.remove.confirmBody(count, groupId)}</Text>
          {reason.trim() && (
            <Text size="sm" c="dimmed">
              {m.remove.reason}: {reason.trim()}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {m.remove.cancel}
            </Button>
            <Button color="red" onClick={confirm} data-autofocus>
              {m.remove.confirm}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={m.remove.title}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {m.remove.help}
            </Text>
            <IdListInput
              value={text}
              onChange={(v) => {
                setText(v);
                setTouched(true);
              }}
              parsed={parsed}
              max={MAX_REMOVE_IDS}
              touched={touched && text.trim() !== ''}
            />
            <TextInput
              label={m.remove.reason}
              description={m.remove.reasonHelp}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Checkbox
              label={m.remove.silent}
              description={m.remove.silentHelp}
              checked={silent}
              onChange={(e) => setSilent(e.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {m.remove.cancel}
              </Button>
              <Button type="submit" color="red" disabled={count === 0}>
                {m.remove.submit(count)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
