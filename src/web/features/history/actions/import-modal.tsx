/**
 * Imports one historical message into a one-to-one conversation (`importmsg`) with its original
 * time, history or real-time mode, and the seq/random that identify it (03-c2c-messages.md).
 */
import { Button, Group, Modal, NumberInput, Radio, Select, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { endpoint as importmsg } from '../../../../api/endpoints/openim/importmsg';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { buildBody, emptyDraft, type BodyDraft } from './body-draft';
import { BodyEditor } from './body-editor';
import { actionMessages } from './messages';
import { importmsgRequest, randomUint32 } from './send';

/** The import dialog of the `viewpoint`/`peer` transcript; `onImported` gets the new MsgKey. */
export function ImportModal({
  viewpoint,
  peer,
  onClose,
  onImported,
}: {
  viewpoint: string;
  peer: string;
  onClose: () => void;
  onImported: (msgKey: string) => void;
}) {
  const m = useMessages(actionMessages);
  const [direction, setDirection] = useState<'vp' | 'pv'>('vp');
  const [time, setTime] = useState<string | null>(null);
  const [mode, setMode] = useState<'2' | '5'>('2');
  const [seq, setSeq] = useState<number>(() => randomUint32() >>> 1);
  const [random, setRandom] = useState<number>(() => randomUint32());
  const [draft, setDraft] = useState<BodyDraft>(emptyDraft('text'));
  const [tried, setTried] = useState(false);
  const built = useMemo(() => buildBody(draft), [draft]);
  const seconds = time && dayjs(time).isValid() ? dayjs(time).unix() : undefined;

  const run = useMutation({
    mutationFn: async () => {
      if (!built.ok || seconds === undefined) throw new Error(m.common.fixFirst);
      const [from, to] = direction === 'vp' ? [viewpoint, peer] : [peer, viewpoint];
      await callIm(
        importmsg,
        importmsgRequest({
          from,
          to,
          time: seconds,
          mode: mode === '5' ? 5 : 2,
          body: built.body,
          seq,
          random,
        }),
      );
      // The stored key is {MsgSeq}_{MsgRandom}_{MsgTimeStamp} (03 §0); importmsg answers none.
      return `${seq}_${random}_${seconds}`;
    },
    onSuccess: (key) => {
      notifications.show({ color: 'teal', message: m.import.done });
      onImported(key);
      onClose();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!built.ok || seconds === undefined) return;
    run.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={m.import.title} centered size="lg">
      <form onSubmit={submit} noValidate aria-label={m.import.title}>
        <Stack gap="sm">
          <Text size="sm">{m.import.body}</Text>
          <Radio.Group
            label={m.import.direction}
            value={direction}
            onChange={(v) => setDirection(v as 'vp' | 'pv')}
          >
            <Group gap="lg" mt={6}>
              <Radio value="vp" label={m.import.from(viewpoint, peer)} />
              <Radio value="pv" label={m.import.from(peer, viewpoint)} />
            </Group>
          </Radio.Group>
          <DateTimePicker
            label={m.import.time}
            description={m.import.timeHelp}
            value={time}
            onChange={(v) => setTime(v)}
            withSeconds
            clearable
            maxDate={new Date()}
            error={tried && seconds === undefined ? m.import.timeRequired : undefined}
          />
          <Select
            label={m.import.mode}
            value={mode}
            onChange={(v) => setMode((v ?? '2') as '2' | '5')}
            allowDeselect={false}
            data={[
              { value: '2', label: m.import.mode2 },
              { value: '5', label: m.import.mode5 },
            ]}
          />
          <Group grow>
            <NumberInput
              label={m.import.seq}
              value={seq}
              onChange={(v) => setSeq(typeof v === 'number' ? v : 0)}
              min={0}
              max={4294967295}
              allowDecimal={false}
              allowNegative={false}
            />
            <NumberInput
              label={m.import.random}
              value={random}
              onChange={(v) => setRandom(typeof v === 'number' ? v : 0)}
              min={0}
              max={4294967295}
              allowDecimal={false}
              allowNegative={false}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {m.import.dedupe}
          </Text>
          <BodyEditor
            draft={draft}
            onChange={setDraft}
            issues={built.ok ? [] : built.issues}
            showIssues={tried}
          />
          {run.isError && <ErrorState error={run.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.common.cancel}
            </Button>
            <Button type="submit" color="orange" loading={run.isPending}>
              {m.import.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
