/**
 * Recalls the selected messages at once: a typed confirmation (the count), then the recall job with
 * live progress, pause/cancel and every message's result (src/web/lib/jobs).
 */
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { JobProgress } from '../../../lib/jobs/job-progress';
import type { Job } from '../../../lib/jobs/runner';
import { useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { actionMessages } from './messages';
import { recallable, recallJob } from './recall';

/** The bulk recall dialog over the selection. `onDone` gets the ids recalled (or found already recalled). */
export function BulkRecallModal({
  target,
  selected,
  onClose,
  onDone,
}: {
  target: TranscriptTarget;
  selected: readonly TranscriptMessage[];
  onClose: () => void;
  onDone: (ids: string[]) => void;
}) {
  const m = useMessages(actionMessages);
  // Frozen when the job starts: the viewer marks recalled messages at once, which would empty the live list.
  const [frozen, setFrozen] = useState<TranscriptMessage[]>();
  const live = useMemo(() => selected.filter((msg) => recallable(target, msg)), [selected, target]);
  const items = frozen ?? live;
  const skipped = frozen ? 0 : selected.length - items.length;
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [job, setJob] = useState<Job<TranscriptMessage>>();
  const reported = useRef(false);
  const count = items.length;

  useEffect(() => {
    if (!job) return;
    let mounted = true;
    void job.finished().then((snap) => {
      if (!mounted || reported.current) return;
      reported.current = true;
      onDone(snap.results.filter((r) => r.status === 'ok' || r.status === 'existed').map((r) => r.item.id));
    });
    return () => {
      mounted = false;
    };
  }, [job, onDone]);

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== String(count)) {
      setTypedError(m.bulkRecall.mismatch(count));
      return;
    }
    const next = recallJob(target, items, { reason });
    setFrozen(items);
    setJob(next);
    next.start();
  }

  const close = () => {
    const state = job?.getSnapshot().state;
    if (state === 'running' || state === 'paused') job?.cancel();
    onClose();
  };

  return (
    <Modal opened onClose={close} title={m.bulkRecall.title(count)} centered size="xl">
      {job ? (
        <Stack gap="sm">
          <JobProgress
            job={job}
            title={m.bulkRecall.job(count)}
            okLabel={m.bulkRecall.ok}
            existedLabel={m.bulkRecall.existed}
            columns={[
              target.kind === 'c2c'
                ? { header: m.bulkRecall.key, value: (i: TranscriptMessage) => i.msgKey, width: 320 }
                : { header: m.bulkRecall.seq, value: (i: TranscriptMessage) => i.seq, width: 120 },
              { header: m.bulkRecall.from, value: (i: TranscriptMessage) => i.from, width: 160 },
            ]}
            itemKey={(i) => i.id}
            reportName="recall"
            defaultFilter="all"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {m.common.close}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={confirm} noValidate aria-label={m.bulkRecall.title(count)}>
          <Stack gap="sm">
            <Text size="sm">
              {target.kind === 'c2c' ? m.bulkRecall.c2cBody : m.bulkRecall.groupBody}{' '}
              <Text span fw={600}>
                {m.common.irreversible}
              </Text>
            </Text>
            {skipped > 0 && (
              <Alert color="yellow" variant="light">
                {m.bulkRecall.skipped(skipped)}
              </Alert>
            )}
            {count === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {m.bulkRecall.none}
              </Alert>
            ) : (
              <>
                {target.kind !== 'c2c' && (
                  <TextInput
                    label={m.recall.reason}
                    description={m.recall.reasonHelp}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    maxLength={200}
                  />
                )}
                <TextInput
                  label={m.bulkRecall.typeLabel(count)}
                  value={typed}
                  onChange={(e) => {
                    setTyped(e.currentTarget.value);
                    setTypedError(null);
                  }}
                  error={typedError}
                  autoComplete="off"
                  inputMode="numeric"
                  data-autofocus
                />
              </>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {m.common.cancel}
              </Button>
              <Button type="submit" color="red" disabled={count === 0 || typed.trim() !== String(count)}>
                {m.bulkRecall.confirm}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
