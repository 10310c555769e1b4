/**
 * Reading the audit log: the list query (filters + keyset paging on `id`, newest first), the detail,
 * and the row → entry mapping. Every page query is an index search: equality filters have an index
 * ending in `id`, and a time range becomes an id range (times never go backwards, migration 002), so
 * a page costs the same at row 10 and at row 500,000.
 */
import { auditSummarySchema, type AuditSummary } from '../../api/audit-summary';
import type { AuditEntry, AuditEntryDetail, AuditQuery } from '../../api/console-api';
import type { Db } from '../db/database';
import { keysetSql, type KeysetFilters, type ListSql } from '../db/keyset';

/** A row of `audit_log` as SQLite returns it. */
export interface AuditRow {
  id: number;
  at_ms: number;
  kind: AuditEntry['kind'];
  operator_id: number | null;
  username: string | null;
  role: AuditEntry['role'];
  endpoint: string | null;
  access: AuditEntry['access'];
  request_id: string | null;
  ip: string | null;
  result: AuditEntry['result'];
  http_status: number | null;
  action_status: string | null;
  error_code: number | null;
  failed_items: number | null;
  duration_ms: number | null;
  summary: string;
  /** JSON of the structured summary; NULL for entries written before migration 004. */
  summary_data: string | null;
}

/** A row with its bodies, for the detail. */
export interface AuditDetailRow extends AuditRow {
  request_body: string | null;
  request_truncated: number;
  response_body: string | null;
  response_truncated: number;
}

const LIST_COLUMNS = `id, at_ms, kind, operator_id, username, role, endpoint, access, request_id, ip, result,
  http_status, action_status, error_code, failed_items, duration_ms, summary, summary_data`;

/** The filters of a list query, after validation; `beforeId` is the cursor (exclusive). */
export type AuditFilters = KeysetFilters<AuditQuery>;

/** The page query for `filters`, or null when the time range matches nothing. */
export function listSql(db: Db, filters: AuditFilters, limit: number): ListSql | null {
  return keysetSql(db, {
    table: 'audit_log',
    columns: LIST_COLUMNS,
    limit,
    equals: {
      username: filters.operator,
      endpoint: filters.endpoint,
      kind: filters.kind,
      result: filters.result,
    },
    from: filters.from,
    to: filters.to,
    beforeId: filters.beforeId,
  });
}

/** The entries matching `filters`, newest first, at most `limit`. */
export function listEntries(db: Db, filters: AuditFilters, limit: number): AuditEntry[] {
  const q = listSql(db, filters, limit);
  if (!q) return [];
  return (db.prepare(q.sql).all(q.params) as AuditRow[]).map(toEntry);
}

/** One entry with its bodies, or undefined. */
export function getEntry(db: Db, id: number): AuditEntryDetail | undefined {
  const row = db
    .prepare(
      `SELECT ${LIST_COLUMNS}, request_body, request_truncated, response_body, response_truncated FROM audit_log WHERE id = ?`,
    )
    .get(id) as AuditDetailRow | undefined;
  if (!row) return undefined;
  return {
    ...toEntry(row),
    requestBody: row.request_body,
    requestTruncated: row.request_truncated === 1,
    responseBody: row.response_body,
    responseTruncated: row.response_truncated === 1,
  };
}

/** The stored structured summary, or null when there is none (an old entry) or it does not fit the contract. */
function summaryDataOf(json: string | null): AuditSummary | null {
  if (json === null) return null;
  try {
    const parsed = auditSummarySchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A row as the console API shapes it. */
export function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at_ms).toISOString(),
    kind: row.kind,
    operatorId: row.operator_id,
    username: row.username,
    role: row.role,
    endpoint: row.endpoint,
    access: row.access,
    requestId: row.request_id,
    ip: row.ip,
    result: row.result,
    httpStatus: row.http_status,
    actionStatus: row.action_status,
    errorCode: row.error_code,
    failedItems: row.failed_items,
    durationMs: row.duration_ms,
    summary: row.summary,
    summaryData: summaryDataOf(row.summary_data),
  };
}
