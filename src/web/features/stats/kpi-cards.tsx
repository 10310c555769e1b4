/**
 * One card per metric of the group for the newest published day, with the change against the day before
 * and against the same day a week earlier (arrow, sign and words; colour only repeats them). A card is a
 * toggle that puts its metric in the chart.
 */
import { Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { statMetric } from '../../../api/app-stats';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { describeChange, formatNumber } from './format';
import { statsMessages } from './messages';
import { addDays, change, isoDay, numberOf, type DayRow } from './series';

const icons = { up: IconArrowUpRight, down: IconArrowDownRight, same: IconArrowRight };
/** Direction, not good or bad (more disbanded groups is not good news): blue up, orange down. */
const colors = {
  up: 'var(--mantine-color-blue-text)',
  down: 'var(--mantine-color-orange-text)',
  same: 'var(--mantine-color-dimmed)',
};

/** KPI cards of the newest day. */
export function KpiCards({
  metrics,
  byDate,
  latest,
  selected,
  onSelect,
}: {
  metrics: readonly AppInfoMetric[];
  byDate: ReadonlyMap<string, DayRow>;
  latest: string;
  selected: AppInfoMetric;
  onSelect: (metric: AppInfoMetric) => void;
}) {
  const m = useMessages(statsMessages);
  const { lang } = useLanguage();
  const day = byDate.get(latest);
  const dayBefore = byDate.get(addDays(latest, -1));
  const weekBefore = byDate.get(addDays(latest, -7));

  const comparison = (label: string, now: number | null, then: number | null) => {
    const c = change(now, then);
    if (!c) {
      return (
        <Text size="xs" c="dimmed">
          {label} {m.kpi.noData}
        </Text>
      );
    }
    const d = describeChange(c, lang, m.kpi);
    const Icon = icons[d.direction];
    return (
      <Group gap={4} wrap="nowrap">
        <Icon size={14} aria-hidden color={colors[d.direction]} />
        <Text size="xs">
          {label}{' '}
          <Text span fw={600} c={colors[d.direction]} inherit>
            {d.text}
          </Text>
        </Text>
      </Group>
    );
  };

  return (
    <section aria-label={m.kpi.region(isoDay(latest))}>
      <Title order={2} size="h4" mb="xs">
        {m.kpi.title(isoDay(latest))}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: metrics.length > 6 ? 4 : 3 }} spacing="sm">
        {metrics.map((name) => {
          const meta = statMetric(name);
          const value = numberOf(day, name);
          const active = name === selected;
          return (
            <UnstyledButton
              key={name}
              onClick={() => onSelect(name)}
              aria-pressed={active}
              aria-label={`${meta.label[lang]}: ${value === null ? m.kpi.noData : formatNumber(value, lang)}. ${m.kpi.showInChart(meta.label[lang])}`}
            >
              <Paper
                withBorder
                p="sm"
                h="100%"
                style={{
                  borderColor: active ? 'var(--mantine-primary-color-filled)' : undefined,
                  borderWidth: active ? 2 : undefined,
                }}
              >
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {meta.label[lang]}
                  </Text>
                  <Text fz={26} fw={700} lh={1.1} data-metric={name}>
                    {value === null ? m.kpi.noData : formatNumber(value, lang)}
                  </Text>
                  {comparison(m.kpi.vsDayBefore, value, numberOf(dayBefore, name))}
                  {comparison(m.kpi.vsLastWeek, value, numberOf(weekBefore, name))}
                  <Text size="xs" c="dimmed">
                    {meta.explain[lang]}
                  </Text>
                </Stack>
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
