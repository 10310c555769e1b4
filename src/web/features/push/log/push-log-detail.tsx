/** One push in the drawer: who, when, role, outcome (IM error explained), TaskId, audience, content, the request JSON; Duplicate. */
import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { roleLabels } from '../../../../api/roles';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { describeImError } from '../../../lib/im-error-text';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { TimeText } from '../../../components/time-text';
import { AudienceLine, OutcomeBadge } from './bits';
import { contentOf, offlineTextOf } from './describe';
import { pushLogMessages } from './messages';
import { pushLogQueries } from './queries';

export function PushLogDetail({ id }: { id: number }) {
  const m = useMessages(pushLogMessages);
  const d = m.detail;
  const { lang } = useLanguage();
  const query = useQuery(pushLogQueries.entry(id));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const e = query.data;
  const explained = e.errorCode ? describeImError(e.errorCode, lang) : undefined;
  const json = JSON.stringify(e.request, null, 2);
  const life = e.request.MsgLifeTime;
  const from = e.request.From_Account;

  const rows: [string, ReactNode][] = [
    [d.when, <TimeText key="at" iso={e.at} />],
    [d.operator, e.operator],
    [d.role, roleLabels[e.role][lang]],
    [d.outcome, <OutcomeBadge key="o" outcome={e.outcome} />],
    [
      d.taskId,
      e.taskId ? (
        <Group key="t" gap={4} wrap="nowrap">
          <Code>{e.taskId}</Code>
          <CopyButton value={e.taskId}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="subtle" onClick={copy} leftSection={<IconCopy size={12} />}>
                {copied ? d.copied : d.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
      ) : (
        <Text key="t" size="sm" c="dimmed">
          {d.noTask}
        </Text>
      ),
    ],
    [d.audience, <AudienceLine key="a" entry={e} />],
    [
      d.content,
      <Stack key="c" gap={2}>
        {contentOf(e.request).map((el, i) => (
          <Text key={i} size="sm">
            <Text span fw={600} size="sm">
              {m.elements[el.kind]}
            </Text>
            {el.text ? `: ${el.text}` : ''}
          </Text>
        ))}
      </Stack>,
    ],
    [d.sender, typeof from === 'string' ? from : d.senderAdmin],
    [
      d.lifetime,
      typeof life === 'number' ? (life === 0 ? d.lifetimeOnline : d.seconds(life)) : d.lifetimeDefault,
    ],
    [d.requestId, <Code key="r">{e.requestId}</Code>],
  ];
  const offline = offlineTextOf(e.request);
  if (offline.title || offline.desc) {
    rows.splice(rows.findIndex(([label]) => label === d.content) + 1, 0, [
      d.offline,
      <Stack key="off" gap={0}>
        {offline.title && (
          <Text size="sm" fw={600}>
            {offline.title}
          </Text>
        )}
        {offline.desc && <Text size="sm">{offline.desc}</Text>}
      </Stack>,
    ]);
  }
  if (e.finishedAt) rows.splice(1, 0, [d.finished, <TimeText key="f" iso={e.finishedAt} />]);

  return (
    <Stack gap="md">
      {(e.errorCode || e.errorInfo) && (
        <Alert
          color={e.outcome === 'pending' ? 'yellow' : 'red'}
          title={e.errorCode ? `${d.error} ${e.errorCode}` : d.reason}
        >
          {explained && (
            <Text size="sm" fw={600}>
              {explained.meaning}
            </Text>
          )}
          {explained && <Text size="sm">{explained.hint}</Text>}
          {e.errorInfo && (
            <Text size="sm" c="dimmed" mt={4}>
              {e.errorInfo}
            </Text>
          )}
        </Alert>
      )}
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={170}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" align="center">
        <Title order={3} size="h5">
          {d.request}
        </Title>
        <CopyButton value={json}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy} leftSection={<IconCopy size={14} />}>
              {copied ? d.copied : d.copy}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block aria-label={d.request} style={{ maxHeight: 420, overflow: 'auto' }}>
        {json}
      </Code>
      <Group>
        <AccessGate what="all_member_push/im_push">
          {(disabled) =>
            disabled ? (
              <Button disabled>{d.duplicate}</Button>
            ) : (
              <Button component={Link} to={`/push/new?duplicate=${e.id}`}>
                {d.duplicate}
              </Button>
            )
          }
        </AccessGate>
        <Text size="xs" c="dimmed">
          {d.duplicateHint}
        </Text>
      </Group>
    </Stack>
  );
}
