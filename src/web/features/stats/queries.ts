/**
 * Statistics queries (house-style.md "Data fetching"): `getappinfo` asked for only the metrics the view
 * shows (`RequestField`), rows turned into `DayRow`s, oldest first.
 */
import { queryOptions } from '@tanstack/react-query';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { endpoint as getappinfo } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { callIm } from '../../lib/api-client';
import type { DayRow } from './series';

/** Published days with the asked metrics, oldest first. */
export async function fetchDays(fields: readonly AppInfoMetric[], signal?: AbortSignal): Promise<DayRow[]> {
  const res = await callIm(getappinfo, { RequestField: [...fields] }, { signal });
  return res.Result.map(({ Date: date, ...rest }) => ({
    date,
    values: Object.fromEntries(
      Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
  })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Key factories and query options of the statistics area. */
export const statsQueries = {
  all: () => ['stats'] as const,
  days: (fields: readonly AppInfoMetric[]) =>
    queryOptions({
      queryKey: [...statsQueries.all(), 'days', [...fields].sort()] as const,
      queryFn: ({ signal }) => fetchDays(fields, signal),
      // A day's figures are published once, the next day: nothing changes within minutes.
      staleTime: 10 * 60_000,
    }),
};
