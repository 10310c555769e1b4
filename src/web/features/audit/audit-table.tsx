/** The audit entries as a log table (time, operator and details come with it). */
import { Text, Tooltip } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import type { AuditEntry } from '../../../api/console-api';
import { LogTable, type LogTableEntries, type LogTableLayout } from '../../components/log/log-table';
import type { VirtualColumn } from '../../components/virtual-table';
import { describeImError } from '../../lib/im-error-text';
import { useLanguage, useMessages, type Language } from '../../lib/i18n/i18n';
import { auditMessages } from './messages';
import { ResultBadge } from './result-badge';
import { summaryText } from './summary-text';

const layout: LogTableLayout = {
  rowHeight: 52,
  minWidth: 1000,
  widths: { time: 160, operator: 120, details: 64 },
};

/** The loaded audit entries; their own columns are event, result, IM code, failed items and duration. */
export function AuditTable(props: LogTableEntries<AuditEntry>) {
  const m = useMessages(auditMessages);
  const { lang } = useLanguage();
  const columns = useMemo(() => auditColumns(m, lang), [m, lang]);
  const operatorOf = useCallback((e: AuditEntry) => ({ name: e.username ?? m.system, role: e.role }), [m]);

  return <LogTable {...props} columns={columns} operatorOf={operatorOf} copy={m} layout={layout} />;
}

/** The audit log's own columns, between the operator and the details. */
function auditColumns(m: (typeof auditMessages)['en'], lang: Language): VirtualColumn<AuditEntry>[] {
  return [
    {
      key: 'event',
      header: m.columns.event,
      render: (e) => {
        const summary = summaryText(e, lang);
        return (
          <>
            {e.endpoint ? (
              <Text size="xs" ff="monospace" truncate title={e.endpoint}>
                {e.endpoint}
              </Text>
            ) : (
              <Text size="sm" truncate>
                {m.kinds[e.kind]}
              </Text>
            )}
            <Text size="xs" c="dimmed" truncate title={summary}>
              {e.endpoint && e.kind !== 'im_call' ? `${m.kinds[e.kind]} · ` : ''}
              {summary}
            </Text>
          </>
        );
      },
    },
    {
      key: 'result',
      header: m.columns.result,
      width: 100,
      render: (e) => <ResultBadge result={e.result} />,
    },
    {
      key: 'code',
      header: m.columns.code,
      width: 140,
      render: (e) => {
        const explained = e.errorCode ? describeImError(e.errorCode, lang) : undefined;
        return explained ? (
          <Tooltip label={explained.hint} multiline w={320} withArrow>
            <Text size="xs" lineClamp={2}>
              <Text span fw={600} size="xs">
                {e.errorCode}
              </Text>{' '}
              {explained.meaning}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            {e.errorCode === 0 ? '0' : '—'}
          </Text>
        );
      },
    },
    {
      key: 'failed',
      header: m.columns.failed,
      width: 64,
      render: (e) => (
        <Text size="sm" c={e.failedItems ? 'red' : 'dimmed'}>
          {e.failedItems ?? '—'}
        </Text>
      ),
    },
    {
      key: 'duration',
      header: m.columns.duration,
      width: 90,
      render: (e) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {e.durationMs === null ? '—' : m.ms(Math.round(e.durationMs))}
        </Text>
      ),
    },
  ];
}
