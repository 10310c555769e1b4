/**
 * The read routes the proxy's append-only logs share (the audit log, the push log): `GET /`, a page of
 * entries newest first (the log's filters validated by its contract schema, keyset paging on `id`), and
 * `GET /:id`, one entry. Nothing here edits or deletes an entry; each log's triggers refuse it anyway.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { toFieldIssues } from '../api/proxy-error';
import type { KeysetFilters } from './db/keyset';
import { proxyError } from './error-response';
import type { ProxyEnv } from './request-id';

/** An entry id, and so a cursor (the id of a page's last entry): what SQLite's rowid can be. */
export const LOG_ID = /^[1-9][0-9]{0,14}$/;

/** What a log's query string has besides its filters: the cursor and the page size. */
export interface LogQueryPaging {
  cursor?: string | undefined;
  limit: number;
}

/** A validated query string, or the 400 answer to send instead. */
export type ParsedLogQuery<Q extends LogQueryPaging> =
  { ok: true; filters: KeysetFilters<Q>; limit: number } | { ok: false; response: Response };

/** Validates a log's query string; a bad filter or cursor is a 400 naming the field and the rule. */
export function parseLogQuery<Q extends LogQueryPaging>(
  c: Context<ProxyEnv>,
  schema: z.ZodType<Q>,
  noun: string,
): ParsedLogQuery<Q> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error.issues);
    return {
      ok: false,
      response: proxyError(
        c,
        400,
        'invalid_request',
        `The ${noun} filters break ${issues.length === 1 ? 'a rule' : `${issues.length} rules`}.`,
        issues,
      ),
    };
  }
  const { cursor, limit, ...filters } = parsed.data;
  if (cursor !== undefined && !LOG_ID.test(cursor)) {
    return {
      ok: false,
      response: proxyError(c, 400, 'invalid_request', `The ${noun} filters break a rule.`, [
        { path: 'cursor', message: 'must be the nextCursor of a previous page' },
      ]),
    };
  }
  return {
    ok: true,
    filters: { ...filters, beforeId: cursor === undefined ? undefined : Number(cursor) },
    limit,
  };
}

/** One log as its routes read it. */
export interface ReadableLog<Q extends LogQueryPaging, Entry extends { id: number }, Detail> {
  /** The contract schema of the query string. */
  schema: z.ZodType<Q>;
  /** What the log is called in error messages ("audit" → "The audit filters…", "There is no audit entry…"). */
  noun: string;
  /** The entries matching `filters`, newest first, at most `limit`. */
  list: (filters: KeysetFilters<Q>, limit: number) => Entry[];
  /** One entry, or undefined. */
  get: (id: number) => Detail | undefined;
}

/** `GET /` (a page: `{ entries, nextCursor }`) and `GET /:id` (one entry, or 404) of `log`. */
export function logRoutes<Q extends LogQueryPaging, Entry extends { id: number }, Detail>(
  log: ReadableLog<Q, Entry, Detail>,
): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();

  app.get('/', (c) => {
    const q = parseLogQuery(c, log.schema, log.noun);
    if (!q.ok) return q.response;
    // One row more than asked tells whether another page follows.
    const rows = log.list(q.filters, q.limit + 1);
    const entries = rows.slice(0, q.limit);
    const nextCursor = rows.length > q.limit ? String(entries[entries.length - 1]!.id) : null;
    return c.json({ entries, nextCursor });
  });

  app.get('/:id', (c) => {
    const raw = c.req.param('id');
    const entry = LOG_ID.test(raw) ? log.get(Number(raw)) : undefined;
    if (!entry) return proxyError(c, 404, 'not_found', `There is no ${log.noun} entry ${raw.slice(0, 40)}.`);
    return c.json(entry);
  });

  return app;
}
