/** One audit entry in full: every field, and the request and response bodies pretty-printed. */
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconScissors } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AUDIT_TRUNCATION_MARKER, type AuditEntryDetail } from '../../../api/console-api';
import { roleLabels } from '../../../api/roles';
import { ErrorState, LoadingState } from '../../components/page-states';
import { describeImError } from '../../lib/im-error-text';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { auditMessages } from './messages';
import { auditQueries } from './queries';
import { ResultBadge } from './result-badge';
import { summaryText } from './summary-text';
import { localTime } from '../../components/time-text';

/** JSON bodies indented; a truncated or non-JSON body shown as stored (its marker stays visible). */
export function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function Body({ title, body, truncated }: { title: string; body: string | null; truncated: boolean }) {
  const m = useMessages(auditMessages).detail;
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {truncated && (
          <Badge
            color="yellow"
            variant="light"
            tt="none"
            leftSection={<IconScissors size={12} aria-hidden />}
          >
            {m.truncatedBadge}
          </Badge>
        )}
      </Group>
      {truncated && (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="xs">
            {m.truncated} <Code>{AUDIT_TRUNCATION_MARKER}</Code>
          </Text>
        </Alert>
      )}
      {body === null ? (
        <Text size="sm" c="dimmed">
          {m.none}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto">
          <Code block aria-label={title} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {prettyBody(body)}
          </Code>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

function Fields({ entry }: { entry: AuditEntryDetail }) {
  const m = useMessages(auditMessages);
  const d = m.detail;
  const { lang } = useLanguage();
  const explained = entry.errorCode ? describeImError(entry.errorCode, lang) : undefined;
  const rows: [string, ReactNode][] = [
    [d.time, localTime(entry.at, lang)],
    [d.timeUtc, <Code key="utc">{entry.at}</Code>],
    [d.kind, m.kinds[entry.kind]],
    [d.operator, entry.username ?? m.system],
    [d.role, entry.role ? roleLabels[entry.role][lang] : '—'],
    [d.endpoint, entry.endpoint ? <Code key="ep">{entry.endpoint}</Code> : '—'],
    [d.access, entry.access ? m.access[entry.access] : '—'],
    [d.result, <ResultBadge key="result" result={entry.result} />],
    [d.httpStatus, entry.httpStatus ?? '—'],
    [d.actionStatus, entry.actionStatus ?? '—'],
    [
      d.errorCode,
      entry.errorCode === null ? (
        '—'
      ) : explained ? (
        <Stack gap={2} key="code">
          <Text size="sm">
            <Text span fw={600}>
              {entry.errorCode}
            </Text>{' '}
            {explained.meaning}
          </Text>
          <Text size="xs" c="dimmed">
            {explained.hint}
          </Text>
        </Stack>
      ) : (
        entry.errorCode
      ),
    ],
    [d.failed, entry.failedItems ?? '—'],
    [d.duration, entry.durationMs === null ? '—' : m.ms(Math.round(entry.durationMs))],
    [d.ip, entry.ip ?? '—'],
    [
      d.requestId,
      entry.requestId ? (
        <Group gap="xs" key="rid" wrap="nowrap">
          <Code>{entry.requestId}</Code>
          <CopyButton value={entry.requestId}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? d.copied : d.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
      ) : (
        '—'
      ),
    ],
    [d.summary, summaryText(entry, lang)],
  ];
  return (
    <Table aria-label={d.fields} variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={150}>{label}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The detail of entry `id`, loaded on open. */
export function AuditDetail({ id }: { id: number }) {
  const m = useMessages(auditMessages).detail;
  const query = useQuery(auditQueries.detail(id));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const entry = query.data;
  return (
    <Stack gap="lg">
      <Fields entry={entry} />
      <Body title={m.request} body={entry.requestBody} truncated={entry.requestTruncated} />
      <Body title={m.response} body={entry.responseBody} truncated={entry.responseTruncated} />
    </Stack>
  );
}
