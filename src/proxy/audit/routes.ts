/**
 * The audit log's read-only routes, mounted at `/api/audit` behind the session and `audit.read`
 * permission (P1's middleware): `GET /` (a page, AuditQuery → AuditPage), `GET /export.csv` (every
 * matching entry, streamed) and `GET /:id` (one entry with its bodies). There is no route that edits
 * or deletes an entry, and the table's triggers refuse it anyway (migration 002).
 */
import { Hono } from 'hono';
import { auditQuerySchema } from '../../api/console-api';
import type { Db } from '../db/database';
import { logRoutes, parseLogQuery } from '../log-routes';
import type { ProxyEnv } from '../request-id';
import { csvHeader, csvLine } from './csv';
import { getEntry, listEntries } from './query';

/** Rows read per step of the CSV export (the database is never held between steps). */
const EXPORT_BATCH = 1000;

/** The audit routes over the proxy's database. */
export function auditRoutes(deps: { db: Db }): Hono<ProxyEnv> {
  const { db } = deps;
  const app = new Hono<ProxyEnv>();

  // Before `/:id`, which would take `export.csv` for an id.
  app.get('/export.csv', (c) => {
    const q = parseLogQuery(c, auditQuerySchema, 'audit');
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

  app.route(
    '/',
    logRoutes({
      schema: auditQuerySchema,
      noun: 'audit',
      list: (filters, limit) => listEntries(db, filters, limit),
      get: (id) => getEntry(db, id),
    }),
  );

  return app;
}
