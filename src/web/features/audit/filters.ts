/**
 * The audit page's filters, kept in the URL (a filtered view is a link to paste into a ticket), and the
 * query string the proxy's `/api/audit` and `/api/audit/export.csv` take (`AuditQuery`).
 */
import { auditKinds, auditResults, type AuditKind } from '../../../api/console-api';
import { endpointPermissions } from '../../../api/roles';

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

const keys = ['operator', 'endpoint', 'kind', 'result', 'from', 'to'] as const;

/** Every registry endpoint (`service/command`), sorted, for the endpoint filter. */
export const auditEndpoints: readonly string[] = Object.keys(endpointPermissions).sort();

function isoOrUndefined(v: string | null): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

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
  const from = isoOrUndefined(params.get('from'));
  if (from) f.from = from;
  const to = isoOrUndefined(params.get('to'));
  if (to) f.to = to;
  return f;
}

/** The filters as query parameters (only the set ones, in a stable order). */
export function filtersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** Writes filters into the page's URL params, keeping unrelated params except the open entry. */
export function withFilters(current: URLSearchParams, filters: AuditFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of keys) next.delete(key);
  next.delete('entry');
  for (const [key, value] of filtersToParams(filters)) next.set(key, value);
  return next;
}

/** Whether any filter is set. */
export function hasFilters(filters: AuditFilters): boolean {
  return keys.some((k) => filters[k] !== undefined);
}

/** `/api/audit/export.csv?…` for the current filters. */
export function exportUrl(filters: AuditFilters): string {
  const qs = filtersToParams(filters).toString();
  return `/api/audit/export.csv${qs ? `?${qs}` : ''}`;
}
