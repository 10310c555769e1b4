/**
 * The audit page's filters, kept in the URL (a filtered view is a link to paste into a ticket), and the
 * query string the proxy's `/api/audit` and `/api/audit/export.csv` take (`AuditQuery`).
 */
import { auditKinds, auditResults, type AuditKind } from '../../../api/console-api';
import { endpointPermissions } from '../../../api/roles';
import { isoParam, urlFilters } from '../../lib/log-url';

export type AuditResult = (typeof auditResults)[number];

/** What the operator filters by; absent fields match everything. `from`/`to` are ISO instants (UTC). */
export interface AuditFilters {
  operator?: string;
  endpoint?: string;
  kind?: AuditKind;
  result?: AuditResult;
  from?: string;
  to?: string;
}

const url = urlFilters(['operator', 'endpoint', 'kind', 'result', 'from', 'to'] as const);

/** Every registry endpoint (`service/command`), sorted, for the endpoint filter. */
export const auditEndpoints: readonly string[] = Object.keys(endpointPermissions).sort();

/** Reads the filters from the URL, dropping values the proxy would refuse (a hand-edited link). */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const f: AuditFilters = {};
  const operator = params.get('operator')?.trim();
  if (operator) f.operator = operator.slice(0, 64);
  const endpoint = params.get('endpoint');
  if (endpoint && auditEndpoints.includes(endpoint)) f.endpoint = endpoint;
  const kind = params.get('kind');
  if (kind && (auditKinds as readonly string[]).includes(kind)) f.kind = kind as AuditKind;
  const result = params.get('result');
  if (result && (auditResults as readonly string[]).includes(result)) f.result = result as AuditResult;
  const from = isoParam(params.get('from'));
  if (from) f.from = from;
  const to = isoParam(params.get('to'));
  if (to) f.to = to;
  return f;
}

/** The filters as query parameters (only the set ones, in a stable order). */
export const filtersToParams: (filters: AuditFilters) => URLSearchParams = url.toParams;

/** Writes filters into the page's URL params, keeping unrelated params except the open entry. */
export const withFilters: (current: URLSearchParams, filters: AuditFilters) => URLSearchParams =
  url.withFilters;

/** Whether any filter is set. */
export const hasFilters: (filters: AuditFilters) => boolean = url.hasFilters;

/** `/api/audit/export.csv?…` for the current filters. */
export function exportUrl(filters: AuditFilters): string {
  const qs = filtersToParams(filters).toString();
  return `/api/audit/export.csv${qs ? `?${qs}` : ''}`;
}
