/**
 * The page query shared by the proxy's append-only logs (audit log, push log): equality filters,
 * a time range turned into an id range (their `at_ms` never goes backwards, so the first id at or
 * after a time bounds the range), keyset paging on `id` (`beforeId`, exclusive), newest first.
 * Each equality column has an index ending in `id`, so a page costs the same at any depth.
 */
import type { Db } from './database';

/** A page query as SQL and parameters (exported so tests can EXPLAIN it). */
export interface ListSql {
  sql: string;
  params: Record<string, string | number>;
}

/** A log's list filters: its query string without the paging, the cursor as `beforeId` (exclusive). */
export type KeysetFilters<Q extends { cursor?: string | undefined; limit: number }> = Omit<
  Q,
  'cursor' | 'limit'
> & {
  beforeId?: number;
};

/** One page of `table`: what to select and how to narrow it. */
export interface KeysetPage {
  table: string;
  columns: string;
  limit: number;
  /** `column = value` for each defined value (the parameter is named after the column). */
  equals: Record<string, string | number | undefined>;
  /** ISO instants: entries stamped at or after `from` and before `to`. */
  from?: string;
  to?: string;
  /** The cursor: only ids below it. */
  beforeId?: number;
  /** Further conditions with their own named parameters (e.g. a text search). */
  extra?: { clause: string; params: Record<string, string | number> };
}

/** First id of `table` stamped at or after `atMs`, or null when every entry is older (an index search on `at_ms`). */
function firstIdFrom(db: Db, table: string, atMs: number): number | null {
  const row = db.prepare(`SELECT id FROM ${table} WHERE at_ms >= ? ORDER BY at_ms, id LIMIT 1`).get(atMs) as
    { id: number } | undefined;
  return row ? row.id : null;
}

/** The page query, or null when the time range matches nothing. */
export function keysetSql(db: Db, page: KeysetPage): ListSql | null {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: page.limit };
  for (const [column, value] of Object.entries(page.equals)) {
    if (value === undefined) continue;
    where.push(`${column} = @${column}`);
    params[column] = value;
  }
  if (page.from !== undefined) {
    const fromId = firstIdFrom(db, page.table, Date.parse(page.from));
    if (fromId === null) return null;
    where.push('id >= @fromId');
    params.fromId = fromId;
  }
  if (page.to !== undefined) {
    const toId = firstIdFrom(db, page.table, Date.parse(page.to));
    if (toId !== null) {
      where.push('id < @toId');
      params.toId = toId;
    }
  }
  if (page.extra) {
    where.push(page.extra.clause);
    Object.assign(params, page.extra.params);
  }
  if (page.beforeId !== undefined) {
    where.push('id < @beforeId');
    params.beforeId = page.beforeId;
  }
  const sql = `SELECT ${page.columns} FROM ${page.table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
  ORDER BY id DESC LIMIT @limit`;
  return { sql, params };
}
