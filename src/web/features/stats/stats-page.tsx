/**
 * `/stats`, the console's home page: the app's daily statistics (`openconfigsvr/getappinfo`) by metric
 * group, with KPI cards for the newest day, a chart against the previous period, a table of every field
 * and a CSV export of what is shown. Every choice lives in the URL (`view-state.ts`).
 */
import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { statGroup, statGroups, statMetric } from '../../../api/app-stats';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { downloadText } from '../../lib/download';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { KpiCards } from './kpi-cards';
import { statsMessages } from './messages';
import { statsQueries } from './queries';
import { isoDay, previousPeriod, statsCsv, type DayRow } from './series';
import { StatsChart } from './stats-chart';
import { StatsTable, tableCells } from './stats-table';
import { presets, resolvePeriod, useStatsView, type StatsView } from './view-state';

/** The statistics dashboard. */
export function StatsPage() {
  const m = useMessages(statsMessages);
  const { lang } = useLanguage();
  const [view, update] = useStatsView();
  const fields: readonly AppInfoMetric[] =
    view.group.key === 'all' ? ['AppName', 'AppId', 'Company', ...view.group.metrics] : view.group.metrics;
  const query = useQuery(statsQueries.days(fields));

  const header = (
    <div>
      <Title order={1}>{m.title}</Title>
      <Text c="dimmed">{m.intro}</Text>
    </div>
  );

  const groupTabs = (
    <Tabs value={view.group.key} onChange={(g) => g && update({ group: g, metric: undefined })}>
      <Tabs.List aria-label={m.controls.group}>
        {statGroups.map((g) => (
          <Tabs.Tab key={g.key} value={g.key}>
            {g.label[lang]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );

  let body;
  if (query.isPending) body = <LoadingState label={m.loading} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.length === 0) body = <EmptyState title={m.empty.title}>{m.empty.body}</EmptyState>;
  else body = <Dashboard rows={query.data} fields={fields} view={view} update={update} />;

  return (
    <Stack gap="lg">
      {header}
      {groupTabs}
      <Text size="sm" c="dimmed">
        {view.group.explain[lang]}
      </Text>
      {body}
    </Stack>
  );
}

/** Everything below the group tabs once the days are loaded. */
function Dashboard({
  rows,
  fields,
  view,
  update,
}: {
  rows: DayRow[];
  fields: readonly AppInfoMetric[];
  view: StatsView;
  update: (changes: Record<string, string | undefined>) => void;
}) {
  const m = useMessages(statsMessages);
  const { lang } = useLanguage();
  const byDate = new Map(rows.map((r) => [r.date, r]));
  const latest = rows[rows.length - 1]!.date;
  const period = resolvePeriod(view, latest);
  const previous = view.compare === 'previous' ? previousPeriod(period) : undefined;
  const metrics = view.group.metrics;
  const dateOptions = rows.map((r) => ({ value: r.date, label: isoDay(r.date) })).reverse();
  const inPeriod = rows.some((r) => r.date >= period.from && r.date <= period.to);

  const exportCsv = () => {
    const { header, rows: tableRows } = tableCells(fields, byDate, period, lang);
    downloadText(
      `statistics-${view.group.key}-${period.from}-${period.to}.csv`,
      statsCsv(
        header,
        tableRows.map((r) => r.cells),
      ),
    );
  };

  return (
    <Stack gap="lg">
      <Alert variant="light" color="blue" icon={<IconInfoCircle />} title={m.source.title}>
        <Text size="sm">{m.source.body(isoDay(latest))}</Text>
        <Text size="sm" mt={4}>
          {m.source.empty}
        </Text>
      </Alert>

      <KpiCards
        metrics={view.group.key === 'all' ? statGroup('overview').metrics : metrics}
        byDate={byDate}
        latest={latest}
        selected={view.metric}
        onSelect={(metric) => update({ metric, view: view.view === 'table' ? 'chart' : undefined })}
      />

      <Card withBorder>
        <Group gap="md" align="flex-end" wrap="wrap" role="group" aria-label={m.controls.label}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="stats-range-label">
              {m.controls.range}
            </Text>
            <SegmentedControl
              aria-labelledby="stats-range-label"
              value={String(view.range)}
              onChange={(v) =>
                v === 'custom'
                  ? update({ from: period.from, to: period.to, days: undefined })
                  : update({ days: v, from: undefined, to: undefined })
              }
              data={[
                ...presets.map((n) => ({ value: String(n), label: m.controls.last(n) })),
                { value: 'custom', label: m.controls.custom },
              ]}
            />
          </Stack>
          {view.range === 'custom' && (
            <>
              <Select
                label={m.controls.from}
                data={dateOptions}
                value={period.from}
                allowDeselect={false}
                onChange={(v) => v && update({ from: v, to: v > period.to ? v : period.to })}
                w={150}
              />
              <Select
                label={m.controls.to}
                data={dateOptions}
                value={period.to}
                allowDeselect={false}
                onChange={(v) => v && update({ to: v, from: v < period.from ? v : period.from })}
                w={150}
              />
            </>
          )}
          <Select
            label={m.controls.compare}
            data={[
              { value: 'previous', label: m.controls.comparePrevious },
              { value: 'none', label: m.controls.compareNone },
            ]}
            value={view.compare}
            allowDeselect={false}
            onChange={(v) => v && update({ compare: v === 'previous' ? undefined : v })}
            w={180}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="stats-view-label">
              {m.controls.view}
            </Text>
            <SegmentedControl
              aria-labelledby="stats-view-label"
              value={view.view}
              onChange={(v) => update({ view: v === 'chart' ? undefined : v })}
              data={[
                { value: 'chart', label: m.controls.viewChart },
                { value: 'table', label: m.controls.viewTable },
              ]}
            />
          </Stack>
          {view.view === 'chart' && (
            <>
              <Stack gap={4}>
                <Text size="sm" fw={500} id="stats-chart-label">
                  {m.controls.chartType}
                </Text>
                <SegmentedControl
                  aria-labelledby="stats-chart-label"
                  value={view.chart}
                  onChange={(v) => update({ chart: v === 'line' ? undefined : v })}
                  data={[
                    { value: 'line', label: m.controls.line },
                    { value: 'bar', label: m.controls.bar },
                  ]}
                />
              </Stack>
              <Select
                label={m.controls.metric}
                data={metrics.map((n) => ({ value: n, label: statMetric(n).label[lang] }))}
                value={view.metric}
                allowDeselect={false}
                onChange={(v) => v && update({ metric: v })}
                w={260}
              />
            </>
          )}
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={exportCsv}
            disabled={!inPeriod}
            title={m.controls.exportHint}
            ml="auto"
          >
            {m.controls.export}
          </Button>
        </Group>
      </Card>

      {!inPeriod ? (
        <EmptyState title={m.empty.title}>{m.empty.range}</EmptyState>
      ) : view.view === 'chart' ? (
        <StatsChart
          metric={view.metric}
          byDate={byDate}
          period={period}
          previous={previous}
          type={view.chart}
        />
      ) : (
        <Card withBorder p={0}>
          <StatsTable metrics={fields} byDate={byDate} period={period} />
        </Card>
      )}
    </Stack>
  );
}
