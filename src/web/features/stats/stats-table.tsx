/**
 * Every metric of the group for each day of the period, newest first, in a focusable scroll region (arrow
 * keys scroll it). `tableCells` builds the cells once, so the CSV export is exactly what the table shows.
 */
import { Table, Text, Tooltip } from '@mantine/core';
import { statMetric } from '../../../api/app-stats';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { useLanguage, useMessages, type Language } from '../../lib/i18n/i18n';
import { statsMessages } from './messages';
import { daysBetween, isQuietDay, isoDay, type DayRow, type Period } from './series';

/** The header and rows of the table as text: the CSV's content too. Values stay unformatted digits. */
export function tableCells(
  metrics: readonly AppInfoMetric[],
  byDate: ReadonlyMap<string, DayRow>,
  period: Period,
  lang: Language,
): { header: string[]; rows: { date: string; quiet: boolean; missing: boolean; cells: string[] }[] } {
  const t = statsMessages[lang].table;
  const counters = metrics.filter((n) => statMetric(n).kind !== 'info');
  const header = [t.date, ...metrics.map((n) => `${statMetric(n).label[lang]} (${n})`)];
  const rows = daysBetween(period.from, period.to)
    .reverse()
    .map((day) => {
      const row = byDate.get(day);
      return {
        date: day,
        missing: !row,
        quiet: !!row && counters.length > 0 && isQuietDay(row, counters),
        cells: [isoDay(day), ...metrics.map((n) => (row ? (row.values[n] ?? '') : t.noData))],
      };
    });
  return { header, rows };
}

/** The daily table. */
export function StatsTable({
  metrics,
  byDate,
  period,
}: {
  metrics: readonly AppInfoMetric[];
  byDate: ReadonlyMap<string, DayRow>;
  period: Period;
}) {
  const m = useMessages(statsMessages);
  const { lang } = useLanguage();
  const { rows } = tableCells(metrics, byDate, period, lang);
  const label = m.table.label(isoDay(period.from), isoDay(period.to));

  return (
    <>
      <Text size="xs" c="dimmed" px="sm" pt="xs">
        {m.table.caption}
      </Text>
      <Table.ScrollContainer
        minWidth={Math.max(600, 140 + metrics.length * 130)}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={label}
        maxHeight={560}
      >
        <Table striped highlightOnHover stickyHeader aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {m.table.date}
              </Table.Th>
              {metrics.map((n) => {
                const meta = statMetric(n);
                return (
                  <Table.Th key={n} scope="col" ta="right">
                    <Tooltip label={meta.explain[lang]} multiline maw={280} withArrow>
                      <span>
                        {meta.label[lang]}{' '}
                        <Text span size="xs" c="dimmed" ff="monospace">
                          ({n})
                        </Text>
                      </span>
                    </Tooltip>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.date}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {row.cells[0]}
                  {row.quiet && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {m.table.quiet}
                    </Text>
                  )}
                </Table.Th>
                {row.cells.slice(1).map((cell, i) => (
                  <Table.Td
                    key={metrics[i]}
                    style={{ whiteSpace: 'nowrap' }}
                    ta="right"
                    ff={row.missing ? undefined : 'monospace'}
                    c={row.missing ? 'dimmed' : undefined}
                  >
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
