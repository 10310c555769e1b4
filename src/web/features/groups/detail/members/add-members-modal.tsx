/** The "Add members" dialog: a pasted list of UserIDs and the silent option; starts a paced job with per-user results. */
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { parseUserIds } from '../../../../lib/parse-user-ids';
import type { Job } from '../../../../lib/jobs/runner';
import { useMessages } from '../../../../lib/i18n/i18n';
import { IdListInput } from './id-list-input';
import { membersMessages } from './messages';
import { ADD_BATCH, addMembersJob } from './tasks';

/** Most UserIDs one add job takes (the largest documented group size). */
export const MAX_ADD_IDS = 100_000;

/** Props: the group, its free places (when known), and what to do with the started job. */
export interface AddMembersModalProps {
  groupId: string;
  free: number | undefined;
  onClose: () => void;
  onStart: (job: Job<string>, count: number) => void;
}

/** The dialog; `onStart` receives the job already started. */
export function AddMembersModal({ groupId, free, onClose, onStart }: AddMembersModalProps) {
  const m = useMessages(membersMessages);
  const [text, setText] = useState('');
  const [silent, setSilent] = useState(false);
  const [touched, setTouched] = useState(false);
  const parsed = useMemo(() => parseUserIds(text, MAX_ADD_IDS), [text]);
  const count = parsed.ids.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (count === 0) return;
    const job = addMembersJob(groupId, parsed.ids, silent);
    job.start();
    onStart(job, count);
  }

  return (
    <Modal opened onClose={onClose} title={m.add.title} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={m.add.title}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {m.add.help(ADD_BATCH)}
          </Text>
          {free !== undefined && (
            <Text size="sm" c={count > free ? 'orange' : 'dimmed'}>
              {m.add.capacity(free)}
            </Text>
          )}
          <IdListInput
            value={text}
            onChange={(v) => {
              setText(v);
              setTouched(true);
            }}
            parsed={parsed}
            max={MAX_ADD_IDS}
            touched={touched && text.trim() !== ''}
          />
          <Checkbox
            label={m.add.silent}
            description={m.add.silentHelp}
            checked={silent}
            onChange={(e) => setSilent(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.remove.cancel}
            </Button>
            <Button type="submit" disabled={count === 0}>
              {m.add.submit(count)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
