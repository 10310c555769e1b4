/**
 * A semantic table whose body is virtualized: only the rows in view are in the DOM, so tens of thousands
 * of rows scroll smoothly. Spacer rows keep the scroll height; aria-rowcount/rowindex keep screen readers
 * told how many rows there are.
 */
import { Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactElement, type ReactNode } from 'react';

/** One column: its header and how to render a row's cell. */
export interface VirtualColumn<Row> {
  key: string;
  header: ReactNode;
  width?: number | string;
  render: (row: Row) => ReactNode;
}

/** Props of `VirtualTable`. */
export interface VirtualTableProps<Row> {
  rows: readonly Row[];
  columns: readonly VirtualColumn<Row>[];
  rowKey: (row: Row) => string;
  /** Accessible name of the table. */
  label: string;
  /** Estimated row height in pixels. */
  rowHeight?: number;
  /** Height of the scroll area in pixels. */
  maxHeight?: number;
  /** Told the first and last row index in the DOM whenever they change (e.g. to fetch data for visible rows). */
  onRangeChange?: (first: number, last: number) => void;
  /**
   * Render synchronously on every scroll event (the virtualizer's default, `true`). `false` lets React batch
   * them, one render per frame at most: smoother on long lists on a busy CPU, at the cost of an edge row
   * showing a frame late during very fast scrolls (the overscan usually hides it).
   */
  syncScrollRender?: boolean;
  /** Rows rendered beyond the view on each side. */
  overscan?: number;
  /** More rows exist than are loaded (a paged list): the row count is announced as unknown. */
  moreRows?: boolean;
  /** Minimum width of the table in pixels (it scrolls sideways below it). */
  minWidth?: number;
  /** `fixed`: column widths come from the headers, not from the rows in view (no jumps while scrolling). */
  layout?: 'auto' | 'fixed';
  /** Called when a row is clicked (the row shows a pointer); keep it stable so rows stay memoized. */
  onRowClick?: (row: Row) => void;
}

/**
 * One body row. Memoized: while scrolling, only rows entering the view render, as long as the caller keeps
 * `columns` (and each row object) stable between renders (e.g. with `useMemo`).
 */
const VirtualRow = memo(function VirtualRow<Row>({
  row,
  index,
  columns,
  height,
  onClick,
}: {
  row: Row;
  index: number;
  columns: readonly VirtualColumn<Row>[];
  height: number;
  onClick?: (row: Row) => void;
}) {
  return (
    <Table.Tr
      aria-rowindex={index + 2}
      style={onClick ? { height, cursor: 'pointer' } : { height }}
      onClick={onClick ? () => onClick(row) : undefined}
    >
      {columns.map((c) => (
        <Table.Td key={c.key}>{c.render(row)}</Table.Td>
      ))}
    </Table.Tr>
  );
}) as <Row>(props: {
  row: Row;
  index: number;
  columns: readonly VirtualColumn<Row>[];
  height: number;
  onClick?: (row: Row) => void;
}) => ReactElement;

/** Renders `rows` in a scrollable, virtualized table. */
export function VirtualTable<Row>({
  rows,
  columns,
  rowKey,
  label,
  rowHeight = 52,
  maxHeight = 560,
  onRangeChange,
  syncScrollRender = true,
  overscan = 8,
  moreRows = false,
  minWidth,
  layout,
  onRowClick,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    useFlushSync: syncScrollRender,
    // Without layout (tests, first paint) still render a first screenful.
    initialRect: { width: 1000, height: maxHeight },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const first = items[0]?.index ?? -1;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (first >= 0) onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  return (
    <div
      ref={scrollRef}
      style={{ maxHeight, overflow: 'auto' }}
      tabIndex={0}
      aria-label={label}
      role="region"
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        aria-label={label}
        aria-rowcount={moreRows ? -1 : rows.length + 1}
        miw={minWidth}
        layout={layout}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((c) => (
              <Table.Th key={c.key} style={{ width: c.width }}>
                {c.header}
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
            const row = rows[item.index]!;
            return (
              <VirtualRow
                key={rowKey(row)}
                row={row}
                index={item.index}
                columns={columns}
                height={rowHeight}
                onClick={onRowClick}
              />
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
  );
}
