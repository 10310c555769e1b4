/**
 * The push log's filters, kept in the URL (a filtered view is a link to paste), and the query string
 * the proxy's `/api/console/push-log` takes (`PushLogQuery`).
 */
import {
  pushAudienceKinds,
  pushOutcomes,
  type PushAudienceKind,
  type PushOutcome,
} from '../../../../api/push-log';
import { isoParam, urlFilters } from '../../../lib/log-url';

/** What the operator filters by; absent fields match everything. `from`/`to` are ISO instants (UTC). */
export interface PushLogFilters {
  operator?: string;
  outcome?: PushOutcome;
  audience?: PushAudienceKind;
  from?: string;
  to?: string;
  q?: string;
}

const url = urlFilters(['operator', 'outcome', 'audience', 'from', 'to', 'q'] as const);

/** Reads the filters from the URL, dropping values the proxy would refuse (a hand-edited link). */
export function filtersFromParams(params: URLSearchParams): PushLogFilters {
  const f: PushLogFilters = {};
  const operator = params.get('operator')?.trim();
  if (operator) f.operator = operator.slice(0, 64);
  const outcome = params.get('outcome');
  if (outcome && (pushOutcomes as readonly string[]).includes(outcome)) f.outcome = outcome as PushOutcome;
  const audience = params.get('audience');
  if (audience && (pushAudienceKinds as readonly string[]).includes(audience)) {
    f.audience = audience as PushAudienceKind;
  }
  const from = isoParam(params.get('from'));
  if (from) f.from = from;
  const to = isoParam(params.get('to'));
  if (to && (!from || Date.parse(to) > Date.parse(from))) f.to = to;
  const q = params.get('q')?.trim();
  if (q) f.q = q.slice(0, 100);
  return f;
}

/** The filters as query parameters (only the set ones, in a stable order). */
export const filtersToParams: (filters: PushLogFilters) => URLSearchParams = url.toParams;

/** Writes filters into the page's URL params, keeping unrelated params except the open entry. */
export const withFilters: (current: URLSearchParams, filters: PushLogFilters) => URLSearchParams =
  url.withFilters;

/** Whether any filter is set. */
export const hasFilters: (filters: PushLogFilters) => boolean = url.hasFilters;
