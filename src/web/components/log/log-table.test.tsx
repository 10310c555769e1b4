import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers';
import type { VirtualColumn } from '../virtual-table';
import { LogTable, type LogTableCopy, type LogTableLayout } from './log-table';

interface Row {
  id: number;
  at: string;
  who: string;
  note: string;
}

const rowsOf = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    id: 100 - i,
    at: new Date(Date.UTC(2026, 10, 26, 10, 0, 0) - i * 60_000).toISOString(),
    who: i % 2 ? 'mia' : 'admin',
    note: `note ${100 - i}`,
  }));
const rows = rowsOf(30);
const columns: VirtualColumn<Row>[] = [{ key: 'note', header: 'Note', render: (r) => r.note }];
const operatorOf = (r: Row) => ({ name: r.who, role: r.who === 'mia' ? ('marketing' as const) : null });
const copy: LogTableCopy = {
  tableLabel: 'Things',
  columns: { time: 'Time', operator: 'Operator', details: 'Details' },
  loaded: (n, more) => `${n} loaded${more ? ', more as you scroll' : ''}`,
  loadingMore: 'Loading more…',
  end: 'The end.',
  detailsOf: (id) => `Details of thing ${id}`,
};
const layout: LogTableLayout = {
  rowHeight: 52,
  minWidth: 800,
  widths: { time: 160, operator: 120, details: 64 },
};

function renderTable(props: { hasMore: boolean; loadingMore?: boolean; rows?: Row[] }) {
  const onOpen = vi.fn();
  const onLoadMore = vi.fn();
  render(
    <Providers language="en">
      <LogTable
        rows={props.rows ?? rows}
        columns={columns}
        operatorOf={operatorOf}
        copy={copy}
        layout={layout}
        onOpen={onOpen}
        hasMore={props.hasMore}
        loadingMore={props.loadingMore ?? false}
        onLoadMore={onLoadMore}
      />
    </Providers>,
  );
  return { onOpen, onLoadMore };
}

describe('LogTable', () => {
  // happy-dom lays nothing out: give the scroll area the height it has in a browser.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows time, operator with role, the log’s columns and a details button per row', async () => {
    const { onOpen } = renderTable({ hasMore: false });
    const table = screen.getByRole('table', { name: 'Things' });
    expect(table.getAttribute('aria-rowcount')).toBe('31');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Time', 'Operator', 'Note', 'Details']);
    const row = (await within(table).findByText('note 99')).closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe('3');
    expect(row.textContent).toContain('mia');
    expect(row.textContent).toContain('Marketing');
    expect(row.textContent).toContain('note 99');
    await userEvent.click(within(row).getByRole('button', { name: 'Details of thing 99' }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(99);
    await userEvent.click(within(row).getByText('note 99'));
    expect(onOpen).toHaveBeenLastCalledWith(99);
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(screen.getByText('30 loaded · The end.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('asks for the next page when the rows in view near the end, and offers a button for it', async () => {
    const { onLoadMore } = renderTable({ hasMore: true });
    expect(screen.getByRole('table', { name: 'Things' }).getAttribute('aria-rowcount')).toBe('-1');
    // The first screen (600 px of 52 px rows, plus the overscan) ends within 20 rows of the 30th.
    await screen.findByText('note 100');
    expect(onLoadMore).toHaveBeenCalled();
    const before = onLoadMore.mock.calls.length;
    expect(screen.getByText('30 loaded, more as you scroll')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledTimes(before + 1);
  });

  it('does not ask while the rows in view are far from the end', async () => {
    const { onLoadMore } = renderTable({ hasMore: true, rows: rowsOf(100) });
    await screen.findByText('note 100');
    expect(onLoadMore).not.toHaveBeenCalled();
  });

  it('does not ask again while a page is loading, and says so', async () => {
    const { onLoadMore } = renderTable({ hasMore: true, loadingMore: true });
    await screen.findByText('note 100');
    expect(onLoadMore).not.toHaveBeenCalled();
    expect(screen.getByText('Loading more…')).toBeTruthy();
  });
});
