/**
 * Guard rails and the send: the quota and 1-second spacing from the proxy's counters, a summary, and a
 * typed confirmation (`PUSH` for a segment, `PUSH ALL` for everyone) before `im_push`. The result is
 * the TaskId with a link to the push log.
 */
import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { ImApiError } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n/i18n';
import { pushLogKeys, pushLogQueries } from '../log/queries';
import type { ComposerForm, toPushRequest } from './form-state';
import { composerMessages } from './messages';
import { composerKeys, composerQueries, sendPush } from './queries';
import { pushQuota, waitMs } from './quota';
import { PushSummary } from './summary';

/** The word the operator types: a push to everyone asks for more. */
export function confirmWord(form: Pick<ComposerForm, 'audience'>): 'PUSH' | 'PUSH ALL' {
  return form.audience === 'all' ? 'PUSH ALL' : 'PUSH';
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [active]);
  return active ? now : Date.now();
}

/** The quota lines (pushes left today, spacing). */
function QuotaLines({
  wait,
  left,
  perDay,
  error,
}: {
  wait: number;
  left: number;
  perDay: number;
  error: boolean;
}) {
  const m = useMessages(composerMessages).quota;
  return (
    <Stack gap={2} aria-live="polite">
      {error ? (
        <Text size="sm" c="dimmed">
          {m.statsError}
        </Text>
      ) : (
        <>
          <Text size="sm" fw={500} c={left === 0 ? 'red' : undefined}>
            {left === 0 ? m.none : m.left(left, perDay)}
          </Text>
          <Text size="xs" c="dimmed">
            {m.leftHint}
          </Text>
        </>
      )}
      <Group gap={4} wrap="nowrap">
        <IconClockHour4 size={14} aria-hidden />
        <Text size="sm" c={wait > 0 ? 'orange' : 'dimmed'}>
          {wait > 0 ? m.spacingWait((Math.ceil(wait / 100) / 10).toFixed(1)) : m.spacingReady}
        </Text>
      </Group>
    </Stack>
  );
}

/** The accepted push: its TaskId and a link to its push log entry (found by the TaskId). */
function SentResult({ taskId }: { taskId: string }) {
  const m = useMessages(composerMessages).send;
  const log = useInfiniteQuery(pushLogQueries.list({ q: taskId }));
  const entry = log.data?.pages[0]?.entries.find((e) => e.taskId === taskId);
  const params = new URLSearchParams({ q: taskId });
  if (entry) params.set('entry', String(entry.id));
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck />} title={m.sent} role="status">
      <Stack gap={4}>
        <Text size="sm">
          {m.taskId}: <Code>{taskId}</Code>
        </Text>
        <Anchor component={Link} to={`/push?${params.toString()}`} size="sm">
          {m.openLog}
        </Anchor>
        <Text size="xs" c="dimmed">
          {m.sentHint}
        </Text>
      </Stack>
    </Alert>
  );
}

/** The send card and its confirmation modal. */
export function SendPanel({
  form,
  request,
  problemCount,
  onReveal,
  onSent,
}: {
  form: ComposerForm;
  request: ReturnType<typeof toPushRequest>;
  problemCount: number;
  onReveal: () => void;
  onSent: () => void;
}) {
  const all = useMessages(composerMessages);
  const m = all.send;
  const queryClient = useQueryClient();
  const stats = useQuery(composerQueries.stats());
  const quota = pushQuota(stats.data, stats.dataUpdatedAt);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const now = useNow(quota.nextAllowedAtMs > Date.now());
  const wait = waitMs(quota, now);
  const word = confirmWord(form);

  const push = useMutation({
    mutationFn: () => sendPush(request),
    onSuccess: () => {
      setOpen(false);
      onSent();
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: composerKeys.stats() }),
        queryClient.invalidateQueries({ queryKey: pushLogKeys.all() }),
      ]);
    },
  });
  const [sent, setSent] = useState<string | undefined>();
  useEffect(() => {
    if (push.data) setSent(push.data.TaskId);
  }, [push.data]);

  const review = () => {
    onReveal();
    if (problemCount > 0) {
      setShowProblems(true);
      return;
    }
    setShowProblems(false);
    setTyped('');
    push.reset();
    setOpen(true);
  };

  const confirm = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim() !== word || wait > 0 || push.isPending) return;
    push.mutate();
  };

  const code = push.error instanceof ImApiError ? push.error.code : undefined;
  return (
    <Card withBorder component="section" aria-labelledby="push-send-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="push-send-title">
          {all.summary.title}
        </Title>
        <PushSummary form={form} request={request} />
        <QuotaLines wait={wait} left={quota.leftToday} perDay={quota.perDay} error={stats.isError} />
        {sent && <SentResult taskId={sent} />}
        {showProblems && problemCount > 0 && (
          <Alert color="red" variant="light" role="alert">
            {m.fixFirst(problemCount)}
          </Alert>
        )}
        <Group justify="flex-end">
          <AccessGate what="all_member_push/im_push">
            {(disabled) => (
              <Button
                color={form.audience === 'all' ? 'red' : undefined}
                disabled={disabled}
                onClick={review}
              >
                {m.review}
              </Button>
            )}
          </AccessGate>
        </Group>
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={m.modalTitle} size="lg" centered>
        <form onSubmit={confirm} noValidate>
          <Stack gap="sm">
            <Alert
              color={form.audience === 'all' ? 'red' : 'orange'}
              variant="light"
              icon={<IconAlertTriangle />}
            >
              {m.irreversible}
            </Alert>
            <PushSummary form={form} request={request} />
            <QuotaLines wait={wait} left={quota.leftToday} perDay={quota.perDay} error={stats.isError} />
            <TextInput
              label={m.typeWord(word)}
              description={m.typeHint(word)}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            {push.isError && (
              <Stack gap={4}>
                {code === 90024 && (
                  <Alert color="orange" variant="light" role="alert" title={m.failed}>
                    {m.spacing}
                  </Alert>
                )}
                {code === 90047 && (
                  <Alert color="red" variant="light" role="alert" title={m.failed}>
                    {m.quota}
                  </Alert>
                )}
                <ErrorState error={push.error} />
                {code === undefined && (
                  <Text size="xs" c="dimmed">
                    {m.retrySafe}
                  </Text>
                )}
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {m.cancel}
              </Button>
              <Button
                type="submit"
                color="red"
                disabled={typed.trim() !== word || wait > 0}
                loading={push.isPending}
              >
                {form.audience === 'all' ? m.confirmAll : m.confirm}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
