/** The pushes as a log table (time, operator and details come with it). */
import { Group, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import type { PushLogEntry } from '../../../../api/push-log';
import { LogTable, type LogTableEntries, type LogTableLayout } from '../../../components/log/log-table';
import type { VirtualColumn } from '../../../components/virtual-table';
import { describeImError } from '../../../lib/im-error-text';
import { useLanguage, useMessages, type Language } from '../../../lib/i18n/i18n';
import { AudienceLine, OutcomeBadge, useContentLine } from './bits';
import { pushLogMessages } from './messages';

function ContentCell({ entry }: { entry: PushLogEntry }) {
  const line = useContentLine(entry.request);
  return (
    <Text size="sm" truncate title={line}>
      {line}
    </Text>
  );
}

const layout: LogTableLayout = {
  rowHeight: 56,
  minWidth: 960,
  widths: { time: 165, operator: 110, details: 60 },
};

const operatorOf = (e: PushLogEntry) => ({ name: e.operator, role: e.role });

/** The loaded pushes; their own columns are content, audience, outcome (with the IM code) and TaskId. */
export function PushLogTable(props: LogTableEntries<PushLogEntry>) {
  const m = useMessages(pushLogMessages);
  const { lang } = useLanguage();
  const columns = useMemo(() => pushLogColumns(m, lang), [m, lang]);

  return <LogTable {...props} columns={columns} operatorOf={operatorOf} copy={m} layout={layout} />;
}

/** The push log's own columns, between the operator and the details. */
function pushLogColumns(m: (typeof pushLogMessages)['en'], lang: Language): VirtualColumn<PushLogEntry>[] {
  return [
    { key: 'content', header: m.columns.content, render: (e) => <ContentCell entry={e} /> },
    {
      key: 'audience',
      header: m.columns.audience,
      width: 210,
      render: (e) => <AudienceLine entry={e} compact />,
    },
    {
      key: 'outcome',
      header: m.columns.outcome,
      width: 150,
      render: (e) => {
        const explained = e.errorCode ? describeImError(e.errorCode, lang) : undefined;
        return (
          <Group gap={6} wrap="nowrap">
            <OutcomeBadge outcome={e.outcome} />
            {explained && (
              <Tooltip label={`${explained.meaning} ${explained.hint}`} multiline w={320} withArrow>
                <Text size="xs" fw={600}>
                  {e.errorCode}
                </Text>
              </Tooltip>
            )}
          </Group>
        );
      },
    },
    {
      key: 'task',
      header: m.columns.task,
      width: 130,
      render: (e) => (
        <Text size="xs" ff="monospace" truncate title={e.taskId ?? undefined}>
          {e.taskId ?? '—'}
        </Text>
      ),
    },
  ];
}
