/**
 * Progress and report of a bulk job: a labelled progress bar with counts, rate and time left;
 * pause, resume and cancel; when finished, every item's result (virtualized) and CSV downloads.
 */
import { Badge, Button, Group, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPlayerPause, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { EmptyState } from '../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { downloadText } from '../download';
import { describeImError } from '../im-error-text';
import { useLanguage, useMessages } from '../i18n/i18n';
import { jobMessages } from './messages';
import { jobReportCsv, type ReportColumn } from './report';
import type { ItemResult, ItemStatus } from './item-results';
import type { Job } from './runner';
import { useJobSnapshot } from './use-job';

const statusColor: Record<ItemStatus | 'pending', string> = {
  ok: 'teal',
  existed: 'blue',
  failed: 'red',
  cancelled: 'gray',
  pending: 'gray',
};

/** Props: the job, how to name and show its items, and the words for `ok` and `existed` in this task. */
export interface JobProgressProps<I> {
  job: Job<I>;
  /** Heading of the job ("Import 2,500 accounts"). */
  title: string;
  /** Words for a successful item and an item already in that state, e.g. "Imported" / "Already existed". */
  okLabel: string;
  /** Omit for tasks where nothing can already be in the wanted state. */
  existedLabel?: string;
  /** Words for a task-specific note (e.g. an account state); shown as is when omitted. */
  noteText?: (note: string) => string;
  /** Columns identifying an item, in the table and the CSV. */
  columns: readonly (ReportColumn<I> & { render?: (item: I) => ReactNode; width?: number })[];
  /** Key of an item in the results table. */
  itemKey: (item: I, index: number) => string;
  /** File name of the report, without extension. */
  reportName: string;
  /** A result's reason in the operator's language (default: the recorded reason, as is). */
  reasonText?: (result: ItemResult<I>) => string | undefined;
  /** Which results the table shows first (default: failed only). */
  defaultFilter?: 'all' | 'failed';
}

type Row<I> = ItemResult<I> & { index: number };

/** The job's live progress, controls and final report. */
export function JobProgress<I>({
  job,
  title,
  okLabel,
  existedLabel,
  columns,
  itemKey,
  reportName,
  defaultFilter = 'failed',
  noteText = (note) => note,
  reasonText = (r) => r.reason,
}: JobProgressProps<I>) {
  const m = useMessages(jobMessages);
  const { lang } = useLanguage();
  const snap = useJobSnapshot(job);
  const [filter, setFilter] = useState<'all' | 'failed'>(defaultFilter);
  const busy =
    snap !== undefined && snap.state !== 'done' && snap.state !== 'cancelled' && snap.state !== 'idle';
  useEffect(() => {
    if (!busy) return;
    // Leaving the page would stop the job: let the browser ask first.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);
  if (!snap) return null;

  const statusText = (s: ItemStatus | 'pending') =>
    s === 'ok'
      ? okLabel
      : s === 'existed'
        ? (existedLabel ?? s)
        : s === 'failed'
          ? m.failed
          : s === 'cancelled'
            ? m.notRun
            : m.pending;
  const finished = snap.state === 'done' || snap.state === 'cancelled';
  const pct = snap.total === 0 ? 100 : (snap.done / snap.total) * 100;
  const fmtRate =
    snap.ratePerSecond >= 10 ? Math.round(snap.ratePerSecond).toString() : snap.ratePerSecond.toFixed(1);

  const download = (only?: (ItemStatus | 'pending')[]) => {
    const csv = jobReportCsv(
      snap.results.map((r) => ({ ...r, reason: reasonText(r) })),
      {
        columns,
        statusText,
        headers: {
          status: m.status,
          code: m.code,
          reason: m.reason,
          explanation: m.explanation,
          note: m.note,
        },
        lang,
        only,
        noteText,
      },
    );
    downloadText(`${reportName}${only ? '-failures' : ''}.csv`, csv);
  };

  const rows: Row<I>[] = [];
  snap.results.forEach((r, index) => {
    if (filter === 'all' || r.status === 'failed' || r.status === 'cancelled') rows.push({ ...r, index });
  });
  const tableColumns: VirtualColumn<Row<I>>[] = [
    ...columns.map((c) => ({
      key: c.header,
      header: c.header,
      width: c.width,
      render: (r: Row<I>) => {
        if (c.render) return c.render(r.item);
        const v = c.value(r.item);
        return (
          <Text
            size="sm"
            lineClamp={1}
            maw={220}
            style={{ wordBreak: 'break-all' }}
            title={v === undefined ? undefined : String(v)}
          >
            {v}
          </Text>
        );
      },
    })),
    {
      key: 'status',
      header: m.status,
      width: 150,
      render: (r) => (
        <Badge color={statusColor[r.status]} variant="light">
          {statusText(r.status)}
        </Badge>
      ),
    },
    {
      key: 'reason',
      header: m.reason,
      render: (r) => {
        const reason = reasonText(r);
        return r.code !== undefined || reason || r.note ? (
          <Stack gap={0}>
            {r.code !== undefined && (
              <Text size="sm">
                {r.code}: {describeImError(r.code, lang).meaning}
              </Text>
            )}
            {reason && (
              <Text size="xs" c="dimmed" lineClamp={2} title={reason}>
                {reason}
              </Text>
            )}
            {r.note && <Text size="sm">{noteText(r.note)}</Text>}
          </Stack>
        ) : (
          <Text c="dimmed">—</Text>
        );
      },
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge
          variant="outline"
          color={finished ? (snap.failed > 0 ? 'orange' : 'teal') : 'blue'}
          role="status"
        >
          {m.state[snap.state]}
        </Badge>
      </Group>
      <Progress
        value={pct}
        size="lg"
        animated={snap.state === 'running'}
        aria-label={m.progressLabel}
        aria-valuetext={m.counts(snap.done, snap.total)}
      />
      <Group gap="lg" aria-live="polite" aria-atomic="true">
        <Text size="sm" fw={600}>
          {m.counts(snap.done, snap.total)}
        </Text>
        <Text size="sm">
          {okLabel}: <b>{snap.ok.toLocaleString()}</b>
        </Text>
        {existedLabel && (
          <Text size="sm">
            {existedLabel}: <b>{snap.existed.toLocaleString()}</b>
          </Text>
        )}
        <Text size="sm" c={snap.failed > 0 ? 'red' : undefined}>
          {m.failed}: <b>{snap.failed.toLocaleString()}</b>
        </Text>
        {snap.cancelled > 0 && (
          <Text size="sm">
            {m.notRun}: <b>{snap.cancelled.toLocaleString()}</b>
          </Text>
        )}
      </Group>
      <Group gap="lg">
        <Text size="sm" c="dimmed">
          {m.rate(fmtRate)}
        </Text>
        <Text size="sm" c="dimmed">
          {finished || snap.state === 'paused'
            ? m.elapsed(m.seconds(snap.elapsedMs / 1000))
            : snap.etaSeconds !== undefined
              ? m.eta(m.seconds(snap.etaSeconds))
              : m.etaUnknown}
        </Text>
        <Text size="sm" c="dimmed">
          {m.batches(snap.batches.done, snap.batches.total, snap.batches.inFlight)}
        </Text>
        {snap.retries > 0 && (
          <Text size="sm" c="dimmed">
            {m.retries(snap.retries)}
          </Text>
        )}
      </Group>
      {!finished && (
        <Group>
          {snap.state === 'paused' ? (
            <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => job.resume()}>
              {m.resume}
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconPlayerPause size={16} aria-hidden />}
              onClick={() => job.pause()}
              disabled={snap.state !== 'running'}
            >
              {m.pause}
            </Button>
          )}
          <Button
            color="red"
            variant="light"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => job.cancel()}
            disabled={snap.state === 'cancelling'}
            title={m.cancelHint}
          >
            {m.cancel}
          </Button>
        </Group>
      )}
      {finished && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={4} size="h5">
              {m.resultsTitle}
            </Title>
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => download()}
              >
                {m.downloadAll}
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => download(['failed', 'cancelled'])}
                disabled={snap.failed + snap.cancelled === 0}
              >
                {m.downloadFailed}
              </Button>
            </Group>
          </Group>
          <SegmentedControl
            aria-label={m.filter}
            value={filter}
            onChange={(v) => setFilter(v as 'all' | 'failed')}
            data={[
              { value: 'failed', label: m.filterFailed },
              { value: 'all', label: m.filterAll },
            ]}
            w="fit-content"
          />
          {rows.length === 0 ? (
            <EmptyState title={m.noFailures} />
          ) : (
            <VirtualTable
              rows={rows}
              columns={tableColumns}
              rowKey={(r) => itemKey(r.item, r.index)}
              label={m.resultsTable}
              maxHeight={420}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
