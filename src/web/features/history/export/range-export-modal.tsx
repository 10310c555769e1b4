/** The "export a time range" dialog: pick a window, collect with progress and cancel, then download. */
import { Alert, Button, Group, Modal, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { EmptyState, ErrorState } from '../../../components/page-states';
import { useOperator } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { CLOCK_SKEW_SECONDS } from '../api';
import type { TranscriptTarget } from '../model';
import { localTime, renderExport, exportFileName, type ExportFormat, type ExportMeta } from './formats';
import { exportMessages } from './messages';
import { MAX_EXPORT_MESSAGES, type TimeWindow } from './range';
import { saveExport } from './save-file';
import { useRangeExport } from './use-range-export';

type Preset = 'day' | 'week' | 'all' | 'custom';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/** The window a preset stands for, ending now (with slack for a service clock ahead of this browser's). */
function presetWindow(preset: Exclude<Preset, 'custom'>, now: number): TimeWindow {
  const to = now + CLOCK_SKEW_SECONDS;
  if (preset === 'day') return { from: now - 86_400, to };
  if (preset === 'week') return { from: now - 7 * 86_400, to };
  return { from: 0, to };
}

/** Dialog to export `target` over a time window. */
export function RangeExportModal({
  target,
  opened,
  onClose,
}: {
  target: TranscriptTarget;
  opened: boolean;
  onClose: () => void;
}) {
  const m = useMessages(exportMessages);
  const { lang } = useLanguage();
  const operator = useOperator();
  const { state, start, cancel, reset } = useRangeExport(target);
  const [preset, setPreset] = useState<Preset>('week');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();

  const close = () => {
    cancel();
    reset();
    onClose();
  };

  const begin = () => {
    const now = Math.floor(Date.now() / 1000);
    if (preset !== 'custom') {
      setProblem(undefined);
      start(presetWindow(preset, now));
      return;
    }
    if (!from || !to) return setProblem(m.range.required);
    const window = { from: dayjs(from).unix(), to: dayjs(to).unix() };
    if (!(window.from < window.to)) return setProblem(m.range.fromBeforeTo);
    setProblem(undefined);
    start(window);
  };

  const download = (format: ExportFormat) => {
    if (state.phase !== 'done') return;
    const meta: ExportMeta = {
      target,
      scope: { kind: 'range', from: state.window.from, to: state.window.to },
      exportedAt: Date.now(),
      lang,
      ...(operator ? { operator: { username: operator.username, displayName: operator.displayName } } : {}),
    };
    saveExport(exportFileName(meta, format), renderExport(format, state.messages, meta), format);
  };

  const fmt = (seconds: number) => localTime(seconds, zone());
  let content;
  if (state.phase === 'running') {
    const { progress } = state;
    content = (
      <Stack gap="sm">
        <Progress
          value={Math.round(progress.fraction * 100)}
          animated
          aria-label={m.range.progressLabel}
          aria-valuetext={m.range.progress(progress.messages, progress.pages)}
        />
        <Text size="sm" role="status" aria-live="polite">
          {m.range.progress(progress.messages, progress.pages)}
          {progress.reached !== undefined ? ` · ${m.range.reached(fmt(progress.reached))}` : ''}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={cancel}>
            {m.range.cancel}
          </Button>
        </Group>
      </Stack>
    );
  } else if (state.phase === 'done') {
    const first = state.messages.find((x) => x.time !== undefined)?.time;
    const last = state.messages.findLast((x) => x.time !== undefined)?.time;
    content =
      state.messages.length === 0 ? (
        <Stack>
          <EmptyState title={m.range.empty}>{m.range.emptyHint}</EmptyState>
          <Group justify="flex-end">
            <Button variant="default" onClick={reset}>
              {m.range.again}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Alert color="teal" variant="light" title={m.range.done(state.messages.length)} role="status">
            {first !== undefined && last !== undefined ? m.range.doneSpan(fmt(first), fmt(last)) : null}
            {state.truncated && (
              <Text size="sm" mt={4}>
                {m.range.truncated(MAX_EXPORT_MESSAGES)}
              </Text>
            )}
          </Alert>
          <Group>
            {(['json', 'csv', 'html'] as const).map((format) => (
              <Button
                key={format}
                leftSection={<IconDownload size={16} aria-hidden />}
                variant="light"
                onClick={() => download(format)}
              >
                {m.range.download[format]}
              </Button>
            ))}
            <Button variant="subtle" onClick={reset} ml="auto">
              {m.range.again}
            </Button>
          </Group>
        </Stack>
      );
  } else {
    content = (
      <Stack gap="sm">
        {state.phase === 'failed' && <ErrorState error={state.error} onRetry={() => start(state.window)} />}
        {state.phase === 'cancelled' && (
          <Alert color="gray" variant="light" role="status">
            {m.range.cancelled}
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="export-range-preset">
            {m.range.preset}
          </Text>
          <SegmentedControl
            aria-labelledby="export-range-preset"
            value={preset}
            onChange={(v) => setPreset(v as Preset)}
            data={(['day', 'week', 'all', 'custom'] as const).map((p) => ({
              value: p,
              label: m.range.presets[p],
            }))}
          />
        </Stack>
        {preset === 'custom' && (
          <Group grow align="flex-start">
            <DateTimePicker
              label={m.range.from}
              value={from}
              onChange={setFrom}
              valueFormat="YYYY-MM-DD HH:mm"
              clearable
            />
            <DateTimePicker
              label={m.range.to}
              value={to}
              onChange={setTo}
              valueFormat="YYYY-MM-DD HH:mm"
              clearable
            />
          </Group>
        )}
        {problem && (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {m.range.close}
          </Button>
          <Button onClick={begin}>{m.range.start}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={m.range.title} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {m.range.intro}
        </Text>
        <Alert variant="light" color="blue" icon={<IconInfoCircle />} p="xs" role="note">
          <Text size="xs">
            {target.kind === 'c2c' ? m.range.c2cNote(target.viewpoint) : m.range.groupNote}
          </Text>
        </Alert>
        {content}
      </Stack>
    </Modal>
  );
}
