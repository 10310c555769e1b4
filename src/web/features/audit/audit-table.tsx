/**
 * The audit entries as a virtualized table: only the rows in view are in the DOM, and the next page is
 * fetched as the operator scrolls near the end (hundreds of thousands of entries stay smooth).
 */
import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { AuditEntry } from '../../../api/console-api';
import { roleLabels } from '../../../api/roles';
import { describeImError } from '../../lib/im-error-text';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { auditMessages } from './messages';
import { ResultBadge } from './result-badge';
import { TimeText } from '../../components/time-text';

const ROW_HEIGHT = 52;
const HEIGHT = 600;

export function AuditTable({
  entries,
  hasMore,
  loadingMore,
  onLoadMore,
  onOpen,
}: {
  entries: readonly AuditEntry[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (id: number) => void;
}) {
  const m = useMessages(auditMessages);
  const { lang } = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1200, height: HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= entries.length - 20) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, entries.length, onLoadMore]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const c = m.columns;
  const columns: [string, number | undefined][] = [
    [c.time, 160],
    [c.operator, 120],
    [c.event, undefined],
    [c.result, 100],
    [c.code, 140],
    [c.failed, 64],
    [c.duration, 90],
    [c.details, 64],
  ];

  return (
    <Stack gap="xs">
      <div
        ref={scrollRef}
        style={{ maxHeight: HEIGHT, overflow: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label={m.tableLabel}
      >
        <Table
          striped
          highlightOnHover
          stickyHeader
          aria-label={m.tableLabel}
          aria-rowcount={hasMore ? -1 : entries.length + 1}
          miw={1000}
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {columns.map(([h, w]) => (
                <Table.Th key={h} style={{ width: w }}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {top > 0 && (
              <tr aria-hidden style={{ height: top }}>
                <td colSpan={columns.length} />
              </tr>
            )}
            {items.map((item) => {
              const e = entries[item.index]!;
              const explained = e.errorCode ? describeImError(e.errorCode, lang) : undefined;
              return (
                <Table.Tr
                  key={e.id}
                  aria-rowindex={item.index + 2}
                  style={{ height: ROW_HEIGHT, cursor: 'pointer' }}
                  onClick={() => onOpen(e.id)}
                >
                  <Table.Td>
                    <TimeText iso={e.at} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate>
                      {e.username ?? m.system}
                    </Text>
                    {e.role && (
                      <Text size="xs" c="dimmed">
                        {roleLabels[e.role][lang]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {e.endpoint ? (
                      <Text size="xs" ff="monospace" truncate title={e.endpoint}>
                        {e.endpoint}
                      </Text>
                    ) : (
                      <Text size="sm" truncate>
                        {m.kinds[e.kind]}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" truncate title={e.summary}>
                      {e.endpoint && e.kind !== 'im_call' ? `${m.kinds[e.kind]} · ` : ''}
                      {e.summary}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ResultBadge result={e.result} />
                  </Table.Td>
                  <Table.Td>
                    {explained ? (
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
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={e.failedItems ? 'red' : 'dimmed'}>
                      {e.failedItems ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {e.durationMs === null ? '—' : m.ms(Math.round(e.durationMs))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="light"
                      aria-label={m.detailsOf(e.id)}
                      onClick={(ev) => {
                        ev.stopPropagation();
                        onOpen(e.id);
                      }}
                    >
                      <IconFileSearch size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden style={{ height: bottom }}>
                <td colSpan={columns.length} />
              </tr>
            )}
          </Table.Tbody>
        </Table>
      </div>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {loadingMore
            ? m.loadingMore
            : hasMore
              ? m.loaded(entries.length, true)
              : `${m.loaded(entries.length, false)} · ${m.end}`}
        </Text>
        {hasMore && (
          <Button size="xs" variant="default" onClick={onLoadMore} loading={loadingMore}>
            {m.loadMore}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
