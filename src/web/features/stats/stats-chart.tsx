/**
 * One metric over the chosen period as a line or bar chart, with the previous period of the same length
 * laid over it day by day. Readable without colour: the previous period is dashed with hollow dots (line)
 * or light outlined bars (bar), the legend names both periods with their dates, and a sentence says which
 * is which. Blue and orange stay apart for the common colour-vision deficiencies, in both themes.
 */
import { BarChart, LineChart } from '@mantine/charts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { statMetric } from '../../../api/app-stats';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { describeChange, formatNumber } from './format';
import { statsMessages } from './messages';
import { change, daysBetween, isoDay, numberOf, summarise, type DayRow, type Period } from './series';

const CURRENT = 'current';
const PREVIOUS = 'previous';

/** The chart of one metric. */
export function StatsChart({
  metric,
  byDate,
  period,
  previous,
  type,
}: {
  metric: AppInfoMetric;
  byDate: ReadonlyMap<string, DayRow>;
  period: Period;
  /** The comparison period, or undefined when comparing with nothing. */
  previous: Period | undefined;
  type: 'line' | 'bar';
}) {
  const m = useMessages(statsMessages);
  const { lang } = useLanguage();
  const meta = statMetric(metric);
  const days = daysBetween(period.from, period.to);
  const prevDays = previous ? daysBetween(previous.from, previous.to) : [];
  const data = days.map((day, i) => ({
    day: isoDay(day).slice(5),
    [CURRENT]: numberOf(byDate.get(day), metric),
    ...(previous ? { [PREVIOUS]: numberOf(byDate.get(prevDays[i]!), metric) } : {}),
  }));
  const series = [
    { name: CURRENT, label: m.chart.current(isoDay(period.from), isoDay(period.to)), color: 'blue.6' },
    ...(previous
      ? [
          {
            name: PREVIOUS,
            label: m.chart.previous(isoDay(previous.from), isoDay(previous.to)),
            color: 'orange.6',
            strokeDasharray: '6 4',
          },
        ]
      : []),
  ];
  const valueFormatter = (v: number) => formatNumber(v, lang);
  const now = summarise(
    days.map((d) => numberOf(byDate.get(d), metric)),
    meta.kind,
  );
  const before = previous
    ? summarise(
        prevDays.map((d) => numberOf(byDate.get(d), metric)),
        meta.kind,
      )
    : null;
  const diff = change(now, before);

  const common = {
    h: 300,
    data,
    dataKey: 'day',
    series,
    valueFormatter,
    withLegend: true,
    legendProps: { verticalAlign: 'bottom' as const, height: 40 },
    gridAxis: 'xy' as const,
    tooltipAnimationDuration: 0,
  };

  return (
    <Paper withBorder p="md">
      <section aria-label={m.chart.region(meta.label[lang])}>
        <Stack gap="xs">
          <div>
            <Title order={2} size="h4">
              {meta.label[lang]}
            </Title>
            <Text size="sm" c="dimmed">
              {meta.explain[lang]}
            </Text>
          </div>
          <Group gap="lg" align="baseline">
            <Text size="sm">
              {m.chart.summary[meta.kind]}:{' '}
              <Text span fw={700} data-testid="period-summary">
                {now === null ? m.kpi.noData : formatNumber(now, lang)}
              </Text>
            </Text>
            {previous && (
              <Text size="sm" c="dimmed" data-testid="previous-summary">
                {before === null
                  ? m.chart.previousNone
                  : m.chart.previousValue(
                      `${formatNumber(before, lang)}${diff ? ` — ${describeChange(diff, lang, m.kpi).text}` : ''}`,
                    )}
              </Text>
            )}
          </Group>
          {type === 'line' ? (
            <LineChart
              {...common}
              curveType="linear"
              connectNulls={false}
              strokeWidth={2}
              lineProps={(s) =>
                s.name === PREVIOUS
                  ? { dot: { r: 3, strokeWidth: 2, fill: 'var(--mantine-color-body)' } }
                  : { dot: { r: 3, strokeWidth: 1 } }
              }
            />
          ) : (
            <BarChart
              {...common}
              barProps={(s) =>
                s.name === PREVIOUS
                  ? { fillOpacity: 0.3, strokeOpacity: 1, strokeWidth: 1.5, strokeDasharray: '4 2' }
                  : {}
              }
            />
          )}
          {previous && (
            <Text size="xs" c="dimmed">
              {type === 'line' ? m.chart.legendNote : m.chart.barNote}
            </Text>
          )}
        </Stack>
      </section>
    </Paper>
  );
}
