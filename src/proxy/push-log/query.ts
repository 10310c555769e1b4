/**
 * Reading the push log: the list query (filters + keyset paging on `id`, newest first), one entry,
 * and the row → entry mapping. Equality filters have an index ending in `id`, and a time range
 * becomes an id range (times never go backwards, migration 003). The text filter scans the request
 * bodies of the rows the other filters leave (a LIKE, case-insensitive for ASCII); the IM API allows
 * 100 pushes a day, so the table grows by at most ~36,500 rows a year.
 */
import type { PushLogEntry, PushLogQuery } from '../../api/push-log';
import type { Db } from '../db/database';
import { keysetSql, type KeysetFilters, type ListSql } from '../db/keyset';

/** A row of `push_log` as SQLite returns it. */
export interface PushLogRow {
  id: number;
  at_ms: number;
  username: string;
  role: PushLogEntry['role'];
  request_id: string;
  request_body: string;
  audience: PushLogEntry['audience'];
  outcome: PushLogEntry['outcome'];
  task_id: string | null;
  action_status: string | null;
  error_code: number | null;
  error_info: string | null;
  finished_ms: number | null;
}

const COLUMNS = `id, at_ms, username, role, request_id, request_body, audience, outcome, task_id,
  action_status, error_code, error_info, finished_ms`;

/** The filters of a list query, after validation; `beforeId` is the cursor (exclusive). */
export type PushLogFilters = KeysetFilters<PushLogQuery>;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The page query for `filters` as SQL and parameters, or null when the time range matches nothing. */
export function listSql(db: Db, filters: PushLogFilters, limit: number): ListSql | null {
  // The body is stored as sent (JSON text): non-ASCII text may be escaped there, so the JSON
  // spelling of the search text is tried too.
  const q = filters.q;
  const extra =
    q === undefined
      ? undefined
      : {
          clause: `(request_body LIKE @q ESCAPE '\\' OR request_body LIKE @qJson ESCAPE '\\' OR task_id LIKE @q ESCAPE '\\')`,
          params: {
            q: `%${likeLiteral(q)}%`,
            qJson: `%${likeLiteral(JSON.stringify(q).slice(1, -1))}%`,
          },
        };
  return keysetSql(db, {
    table: 'push_log',
    columns: COLUMNS,
    limit,
    equals: { username: filters.operator, outcome: filters.outcome, audience: filters.audience },
    from: filters.from,
    to: filters.to,
    beforeId: filters.beforeId,
    ...(extra ? { extra } : {}),
  });
}

/** The entries matching `filters`, newest first, at most `limit`. */
export function listPushes(db: Db, filters: PushLogFilters, limit: number): PushLogEntry[] {
  const q = listSql(db, filters, limit);
  if (!q) return [];
  return (db.prepare(q.sql).all(q.params) as PushLogRow[]).map(toPushEntry);
}

/** One entry, or undefined. */
export function getPush(db: Db, id: number): PushLogEntry | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM push_log WHERE id = ?`).get(id) as PushLogRow | undefined;
  return row ? toPushEntry(row) : undefined;
}

function parseRequest(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A row as the console API shapes it. */
export function toPushEntry(row: PushLogRow): PushLogEntry {
  return {
    id: row.id,
    at: new Date(row.at_ms).toISOString(),
    operator: row.username,
    role: row.role,
    request: parseRequest(row.request_body),
    audience: row.audience,
    taskId: row.task_id,
    outcome: row.outcome,
    actionStatus: row.action_status,
    errorCode: row.error_code,
    errorInfo: row.error_info,
    requestId: row.request_id,
    finishedAt: row.finished_ms === null ? null : new Date(row.finished_ms).toISOString(),
  };
}
