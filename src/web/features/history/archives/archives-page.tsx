/**
 * `/history/archives`: the hourly message archives of `open_msg_svc/get_history` (13-operations.md).
 * Pick one-to-one or group messages, a Beijing day (today and the 7 before) and an hour; the page
 * lists the hour's files with sizes, checksums and link expiry, and explains an hour that is not
 * over or not processed yet, and one whose archive is gone. Type, day and hour live in the URL.
 */
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconChevronLeft,
  IconChevronRight,
  IconClockHour4,
  IconInfoCircle,
  IconLock,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { archiveChatTypes } from '../../../../api/endpoints/open_msg_svc/get_history';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { useCan } from '../../../lib/access';
import { ImApiError } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ArchiveFiles } from './archive-files';
import {
  archiveDays,
  dayOf,
  hourKeyOf,
  hourStart,
  hourStatus,
  isoDay,
  ARCHIVE_READY_AFTER_SECONDS,
  type HourStatus,
} from './hours';
import { archiveMessages } from './messages';
import { archiveQueries } from './queries';

type ChatType = (typeof archiveChatTypes)[number];

/** The current Unix second, re-read every `everyMs` so link expiry and "not over" stay true. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const hh = (n: number) => String(n).padStart(2, '0');

/** The archives page. */
export function ArchivesPage() {
  const m = useMessages(archiveMessages);
  const { lang } = useLanguage();
  const access = useCan('open_msg_svc/get_history');
  const now = useNow(30_000);
  const [params, setParams] = useSearchParams();

  const type: ChatType = params.get('type') === 'Group' ? 'Group' : 'C2C';
  const hourParam = params.get('hour') ?? undefined;
  const validHour = hourParam !== undefined && hourStart(hourParam) !== undefined ? hourParam : undefined;
  const days = archiveDays(now);
  const dayParam = params.get('day');
  const day = validHour ? dayOf(validHour) : dayParam && /^\d{8}$/.test(dayParam) ? dayParam : days[0]!;
  const status: HourStatus | undefined = validHour ? hourStatus(validHour, now) : undefined;
  const askable = access.allowed && validHour !== undefined && (status === 'available' || status === 'fresh');
  const query = useQuery({ ...archiveQueries.hour(type, validHour ?? ''), enabled: askable });

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: false },
    );

  const selectHour = (key: string) => update({ hour: key, day: undefined });
  const step = (delta: number) => {
    if (!validHour) return;
    selectHour(hourKeyOf(hourStart(validHour)! + delta * 3600));
  };

  const local = (unix: number, opts: Intl.DateTimeFormatOptions) =>
    new Date(unix * 1000).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', opts);
  const hm: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const dayHm: Intl.DateTimeFormatOptions = { ...hm, month: 'short', day: 'numeric' };

  const header = (
    <Stack gap={4}>
      <Group gap="xs">
        <Anchor component={Link} to="/history" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {m.back}
          </Group>
        </Anchor>
      </Group>
      <Title order={1}>{m.title}</Title>
      <Text c="dimmed">{m.intro}</Text>
    </Stack>
  );

  if (!access.allowed) {
    return (
      <Stack gap="lg">
        {header}
        <Alert color="gray" variant="light" icon={<IconLock />} title={m.noAccess} role="status">
          {access.reason}
        </Alert>
      </Stack>
    );
  }

  const hourStates = Array.from({ length: 24 }, (_, h) => {
    const key = `${day}${hh(h)}`;
    return { h, key, status: hourStatus(key, now) };
  });

  let result;
  if (hourParam !== undefined && !validHour) {
    result = (
      <Alert color="orange" variant="light" title={m.invalidTitle} role="alert">
        {m.invalidBody}
      </Alert>
    );
  } else if (!validHour) {
    result = <EmptyState title={m.pickTitle}>{m.pickBody}</EmptyState>;
  } else if (status === 'notOver') {
    const readyAt = hourStart(validHour)! + 3600 + ARCHIVE_READY_AFTER_SECONDS;
    result = (
      <Alert color="blue" variant="light" icon={<IconClockHour4 />} title={m.notReadyTitle} role="status">
        {m.notReadyOver(local(readyAt, dayHm))}
      </Alert>
    );
  } else if (status === 'expired') {
    result = (
      <Alert color="gray" variant="light" title={m.expiredTitle} role="status">
        {m.expiredBody}
      </Alert>
    );
  } else if (query.isPending) {
    result = <LoadingState label={m.loading} />;
  } else if (query.isError) {
    const code = query.error instanceof ImApiError ? query.error.code : undefined;
    result = (
      <Stack gap="sm">
        {code === 1004 && (
          <Alert color="blue" variant="light" icon={<IconClockHour4 />} title={m.notReadyTitle} role="status">
            {m.notReadyService}
          </Alert>
        )}
        {code === 1002 && (
          <Alert color="gray" variant="light" title={m.expiredTitle} role="status">
            {m.serviceExpired}
          </Alert>
        )}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  } else if (query.data.length === 0) {
    result = <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>;
  } else {
    result = (
      <Stack gap="sm">
        {status === 'fresh' && (
          <Text size="sm" c="dimmed">
            {m.freshNote}
          </Text>
        )}
        <ArchiveFiles
          files={query.data}
          now={now}
          onRefresh={() => void query.refetch()}
          refreshing={query.isFetching}
        />
        <Alert
          variant="light"
          color="blue"
          icon={<IconInfoCircle />}
          title={m.verifyTitle}
          p="sm"
          role="note"
        >
          <Text size="sm">{m.verify}</Text>
          <Text size="sm" mt={4}>
            {m.mediaNote}
          </Text>
        </Alert>
      </Stack>
    );
  }

  const start = validHour ? hourStart(validHour)! : undefined;
  const utcRange =
    start !== undefined
      ? `${new Date(start * 1000).toISOString().slice(0, 16).replace('T', ' ')}–${new Date((start + 3599) * 1000).toISOString().slice(11, 16)}`
      : '';

  return (
    <Stack gap="lg">
      {header}
      <Alert variant="light" color="blue" icon={<IconInfoCircle />} role="note">
        <Text size="sm">{m.rules}</Text>
      </Alert>
      <Card withBorder>
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="archives-type-label">
                {m.chatType}
              </Text>
              <SegmentedControl
                aria-labelledby="archives-type-label"
                value={type}
                onChange={(v) => update({ type: v === 'Group' ? 'Group' : undefined })}
                data={archiveChatTypes.map((t) => ({ value: t, label: m.chatTypes[t] }))}
              />
            </Stack>
            <Select
              label={m.day}
              w={220}
              allowDeselect={false}
              data={days.map((d, i) => ({ value: d, label: i === 0 ? m.today(isoDay(d)) : isoDay(d) }))}
              value={days.includes(day) ? day : null}
              placeholder={isoDay(day)}
              onChange={(v) => v && update({ day: v, hour: undefined })}
            />
            <Group gap={4} ml="auto">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconChevronLeft size={14} aria-hidden />}
                onClick={() => step(-1)}
                disabled={!validHour}
              >
                {m.previous}
              </Button>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconChevronRight size={14} aria-hidden />}
                onClick={() => step(1)}
                disabled={!validHour}
              >
                {m.next}
              </Button>
            </Group>
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="archives-hour-label">
              {m.hours}
            </Text>
            <SimpleGrid
              cols={{ base: 6, sm: 12 }}
              spacing={6}
              role="group"
              aria-labelledby="archives-hour-label"
            >
              {hourStates.map(({ h, key, status: s }) => {
                const selected = key === validHour;
                const dim = s === 'notOver' || s === 'expired';
                return (
                  <Button
                    key={key}
                    size="xs"
                    px={0}
                    variant={selected ? 'filled' : dim ? 'subtle' : 'light'}
                    color={dim && !selected ? 'gray' : s === 'fresh' && !selected ? 'yellow' : undefined}
                    styles={
                      dim && !selected
                        ? { label: { color: 'var(--mantine-color-dimmed)', fontWeight: 400 } }
                        : undefined
                    }
                    aria-pressed={selected}
                    aria-label={m.hourLabel(hh(h), s ? m.hourState[s] : '')}
                    onClick={() => selectHour(key)}
                  >
                    {hh(h)}
                  </Button>
                );
              })}
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {m.legend}
            </Text>
          </Stack>
        </Stack>
      </Card>
      {validHour && start !== undefined && (
        <Stack gap={2}>
          <Title order={2} size="h4">
            {m.selected(m.chatTypes[type], isoDay(dayOf(validHour)), validHour.slice(8, 10))}
          </Title>
          <Text size="sm" c="dimmed">
            {m.selectedAlso(utcRange, `${local(start, dayHm)}–${local(start + 3599, hm)}`)}
          </Text>
        </Stack>
      )}
      {result}
    </Stack>
  );
}
