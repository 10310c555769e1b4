/**
 * The audit log's read-only routes, mounted at `/api/audit` behind the session and `audit.read`
 * permission (P1's middleware): `GET /` (a page, AuditQuery → AuditPage), `GET /export.csv` (every
 * matching entry, streamed) and `GET /:id` (one entry with its bodies). There is no route that edits
 * or deletes an entry, and the table's triggers refuse it anyway (migration 002).
 */
import { Hono, type Context } from 'hono';
import { auditQuerySchema, type AuditQuery } from '../../api/console-api';
import { toFieldIssues } from '../../api/proxy-error';
import type { Db } from '../db/database';
import { proxyError } from '../error-response';
import type { ProxyEnv } from '../request-id';
import { csvHeader, csvLine } from './csv';
import { getEntry, listEntries, type AuditFilters } from './query';

/** Rows read per step of the CSV export (the database is never held between steps). */
const EXPORT_BATCH = 1000;
const CURSOR = /^[1-9][0-9]{0,14}$/;

type Parsed = { ok: true; filters: AuditFilters; limit: number } | { ok: false; response: Response };

/** Validates the query string; a bad filter is a 400 naming the field and the rule. */
function parseQuery(c: Context<ProxyEnv>): Parsed {
  const parsed = auditQuerySchema.safeParse(c.req.query());
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error.issues);
    return {
      ok: false,
      response: proxyError(
        c,
        400,
        'invalid_request',
        `The audit filters break ${issues.length === 1 ? 'a rule' : `${issues.length} rules`}.`,
        issues,
      ),
    };
  }
  const { cursor, limit, ...rest }: AuditQuery = parsed.data;
  if (cursor !== undefined && !CURSOR.test(cursor)) {
    return {
      ok: false,
      response: proxyError(c, 400, 'invalid_request', 'The audit filters break a rule.', [
        { path: 'cursor', message: 'must be the nextCursor of a previous page' },
      ]),
    };
  }
  return {
    ok: true,
    filters: { ...rest, beforeId: cursor === undefined ? undefined : Number(cursor) },
    limit,
  };
}

/** The audit routes over the proxy's database. */
export function auditRoutes(deps: { db: Db }): Hono<ProxyEnv> {
  const { db } = deps;
  const app = new Hono<ProxyEnv>();

  app.get('/', (c) => {
    const q = parseQuery(c);
    if (!q.ok) return q.response;
    // One row more than asked tells whether another page follows.
    const rows = listEntries(db, q.filters, q.limit + 1);
    const entries = rows.slice(0, q.limit);
    const nextCursor = rows.length > q.limit ? String(entries[entries.length - 1]!.id) : null;
    return c.json({ entries, nextCursor });
  });

  app.get('/export.csv', (c) => {
    const q = parseQuery(c);
    if (!q.ok) return q.response;
    const encoder = new TextEncoder();
    let beforeId = q.filters.beforeId;
    let started = false;
    let done = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(csvHeader()));
          return;
        }
        if (done) return;
        const rows = listEntries(db, { ...q.filters, beforeId }, EXPORT_BATCH);
        if (rows.length > 0) {
          controller.enqueue(encoder.encode(rows.map(csvLine).join('')));
          beforeId = rows[rows.length - 1]!.id;
        }
        if (rows.length < EXPORT_BATCH) {
          done = true;
          controller.close();
        }
      },
    });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return c.body(stream, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="audit-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    });
  });

  app.get('/:id', (c) => {
    const raw = c.req.param('id');
    const entry = CURSOR.test(raw) ? getEntry(db, Number(raw)) : undefined;
    if (!entry) return proxyError(c, 404, 'not_found', `There is no audit entry ${raw.slice(0, 40)}.`);
    return c.json(entry);
  });

  return app;
}
