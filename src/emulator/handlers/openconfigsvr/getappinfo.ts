/** `openconfigsvr/getappinfo`: daily operations statistics of the last 30 days (../shared/im-api/13-operations.md). */
import { appInfoMetrics, endpoint } from '../../../api/endpoints/openconfigsvr/getappinfo';
import type { AppInfoMetric } from '../../../api/endpoints/openconfigsvr/getappinfo';
import { defineHandler } from '../../handler';

/** The descriptive fields of every row (the emulated app's name and owner). */
export const EMULATED_APP_NAME = 'IM emulator demo app';
/** The owner shown in `Company`. */
export const EMULATED_COMPANY = 'Local emulator';

/**
 * One row per finished Beijing-time day, newest first, each holding `Date` plus the requested
 * metrics (all when `RequestField` is absent or empty; unknown names ignored), every value a
 * decimal string; `ErrorInfo` is "OK" as in the documented answers.
 */
export const getappinfo = defineHandler(endpoint, (req, ctx) => {
  const known = new Set<string>(appInfoMetrics.map((m) => m.name));
  const asked = (req.RequestField ?? []).filter((name) => known.has(name)) as AppInfoMetric[];
  const wanted: readonly AppInfoMetric[] = req.RequestField?.length
    ? asked
    : appInfoMetrics.map((m) => m.name);
  const descriptive: Partial<Record<AppInfoMetric, string>> = {
    AppName: EMULATED_APP_NAME,
    AppId: String(ctx.config.sdkAppId),
    Company: EMULATED_COMPANY,
  };
  const Result = ctx.store.stats.rows(ctx.nowSeconds).map(({ date, figures }) => {
    const row: Record<string, string> = { Date: date };
    for (const metric of wanted) row[metric] = descriptive[metric] ?? String(figures[metric] ?? 0);
    return row as { Date: string };
  });
  return { ErrorInfo: 'OK', Result };
});
