/**
 * The dashboard's view state, kept in the URL so a view is a link: metric group, period (preset or
 * custom days), comparison, charts or table, chart type and the charted metric.
 */
import { useSearchParams } from 'react-router';
import { statGroup, type StatGroup } from '../../../api/app-stats';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { addDays, isDayName, type Period } from './series';

/** Preset period lengths, in days. */
export const presets = [7, 14, 30] as const;
export type Preset = (typeof presets)[number];

/** What the URL says, before the data tells which day is the newest. */
export interface StatsView {
  group: StatGroup;
  /** A preset length, or `custom` with `from`/`to`. */
  range: Preset | 'custom';
  from: string | undefined;
  to: string | undefined;
  compare: 'previous' | 'none';
  view: 'chart' | 'table';
  chart: 'line' | 'bar';
  /** The charted metric: the URL's when it belongs to the group, else the group's first counter. */
  metric: AppInfoMetric;
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads the view from search params (unknown values fall back to the defaults). */
export function readView(params: URLSearchParams): StatsView {
  const group = statGroup(params.get('group'));
  const from = params.get('from');
  const to = params.get('to');
  const custom = isDayName(from) && isDayName(to) && from <= to;
  const days = Number(params.get('days'));
  const metricParam = params.get('metric');
  return {
    group,
    range: custom ? 'custom' : (((presets as readonly number[]).includes(days) ? days : 7) as Preset),
    from: custom ? from : undefined,
    to: custom ? to : undefined,
    compare: pick(params.get('compare'), ['previous', 'none'], 'previous'),
    view: pick(params.get('view'), ['chart', 'table'], 'chart'),
    chart: pick(params.get('chart'), ['line', 'bar'], 'line'),
    metric: group.metrics.includes(metricParam as AppInfoMetric)
      ? (metricParam as AppInfoMetric)
      : group.metrics[0]!,
  };
}

/** The period the view shows, given the newest published day. */
export function resolvePeriod(view: StatsView, latest: string): Period {
  if (view.range === 'custom' && view.from && view.to) return { from: view.from, to: view.to };
  const days = view.range === 'custom' ? 7 : view.range;
  return { from: addDays(latest, -(days - 1)), to: latest };
}

/** The view and a setter that merges changes into the URL (replacing history, as filters do). */
export function useStatsView(): [StatsView, (changes: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return [readView(params), update];
}
