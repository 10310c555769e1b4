/**
 * A keyset-paged log (the audit log, the push log) as a virtualized table: only the rows in view are in
 * the DOM, the next page is fetched as the operator scrolls near the end (or presses "Load more"), and
 * each row opens its detail, by a click or by its details button. Every entry has a time and an operator
 * (first columns) and a detail (last column); the log brings the columns in between.
 */
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { roleLabels, type Role } from '../../../api/roles';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { TimeText } from '../time-text';
import { VirtualTable, type VirtualColumn } from '../virtual-table';
import { logMessages } from './messages';

/** Height of the scroll area in pixels. */
const HEIGHT = 600;
/** The next page is asked for when the last row in the DOM is this close to the end of what is loaded. */
const PREFETCH_ROWS = 20;

/** The loaded pages of a log and how to ask for the next one. */
export interface LogPaging {
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** An entry of a log: its id (the cursor and the detail's key) and when it was made (ISO). */
export interface LogRow {
  id: number;
  at: string;
}

/** Who made an entry: a name to show and their role, when known. */
export interface LogOperator {
  name: string;
  role: Role | null;
}

/** The log's own words for its table (each log counts its own kind of entry). */
export interface LogTableCopy {
  tableLabel: string;
  columns: { time: string; operator: string; details: string };
  loaded: (n: number, more: boolean) => string;
  loadingMore: string;
  end: string;
  detailsOf: (id: number) => string;
}

/** What a log's own table component takes: the loaded entries, their paging and how to open one. */
export type LogTableEntries<Row extends LogRow> = Pick<
  LogTableProps<Row>,
  'rows' | 'onOpen' | keyof LogPaging
>;

/** The sizes of a log's table, in pixels. */
export interface LogTableLayout {
  rowHeight: number;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  /** Widths of the columns every log has. */
  widths: { time: number; operator: number; details: number };
}

/** Props of `LogTable`. */
export interface LogTableProps<Row extends LogRow> extends LogPaging {
  rows: readonly Row[];
  /** The log's own columns, between the operator and the details (keep them stable, e.g. with `useMemo`). */
  columns: readonly VirtualColumn<Row>[];
  /** Who made an entry (keep it stable). */
  operatorOf: (row: Row) => LogOperator;
  copy: LogTableCopy;
  /** Keep it stable (e.g. a module constant). */
  layout: LogTableLayout;
  /** Opens an entry's detail. */
  onOpen: (id: number) => void;
}

/** Renders the loaded entries, newest first, with the paging status under them. */
export function LogTable<Row extends LogRow>({
  rows,
  columns,
  operatorOf,
  copy,
  layout,
  onOpen,
  hasMore,
  loadingMore,
  onLoadMore,
}: LogTableProps<Row>) {
  const { lang } = useLanguage();
  const shared = useMessages(logMessages);
  const allColumns = useMemo<VirtualColumn<Row>[]>(
    () => [
      {
        key: 'time',
        header: copy.columns.time,
        width: layout.widths.time,
        render: (row) => <TimeText iso={row.at} />,
      },
      {
        key: 'operator',
        header: copy.columns.operator,
        width: layout.widths.operator,
        render: (row) => {
          const { name, role } = operatorOf(row);
          return (
            <>
              <Text size="sm" truncate>
                {name}
              </Text>
              {role && (
                <Text size="xs" c="dimmed">
                  {roleLabels[role][lang]}
                </Text>
              )}
            </>
          );
        },
      },
      ...columns,
      {
        key: 'details',
        header: copy.columns.details,
        width: layout.widths.details,
        render: (row) => (
          <ActionIcon
            variant="light"
            aria-label={copy.detailsOf(row.id)}
            onClick={(ev) => {
              ev.stopPropagation();
              onOpen(row.id);
            }}
          >
            <IconFileSearch size={16} aria-hidden />
          </ActionIcon>
        ),
      },
    ],
    [columns, operatorOf, copy, layout, lang, onOpen],
  );
  const openRow = useCallback((row: Row) => onOpen(row.id), [onOpen]);
  const loadNear = useCallback(
    (_first: number, last: number) => {
      if (hasMore && !loadingMore && last >= rows.length - PREFETCH_ROWS) onLoadMore();
    },
    [hasMore, loadingMore, rows.length, onLoadMore],
  );

  return (
    <Stack gap="xs">
      <VirtualTable
        rows={rows}
        columns={allColumns}
        rowKey={(row) => String(row.id)}
        label={copy.tableLabel}
        rowHeight={layout.rowHeight}
        maxHeight={HEIGHT}
        overscan={10}
        moreRows={hasMore}
        minWidth={layout.minWidth}
        layout="fixed"
        onRowClick={openRow}
        onRangeChange={loadNear}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {loadingMore
            ? copy.loadingMore
            : hasMore
              ? copy.loaded(rows.length, true)
              : `${copy.loaded(rows.length, false)} · ${copy.end}`}
        </Text>
        {hasMore && (
          <Button size="xs" variant="default" onClick={onLoadMore} loading={loadingMore}>
            {shared.loadMore}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
