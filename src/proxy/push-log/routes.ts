/**
 * The push log's read-only routes, mounted at `/api/console/push-log` behind the session and
 * `directory.read` (every signed-in operator): `GET /` (a page, PushLogQuery → PushLogPage) and
 * `GET /:id` (one entry). Nothing edits or deletes an entry; the table's triggers refuse it anyway.
 */
import { Hono } from 'hono';
import { pushLogQuerySchema } from '../../api/push-log';
import { toFieldIssues } from '../../api/proxy-error';
import type { Db } from '../db/database';
import { proxyError } from '../error-response';
import type { ProxyEnv } from '../request-id';
import { getPush, listPushes } from './query';

const ID = /^[1-9][0-9]{0,14}$/;

/** The push log routes over the proxy's database. */
export function pushLogRoutes(deps: { db: Db }): Hono<ProxyEnv> {
  const { db } = deps;
  const app = new Hono<ProxyEnv>();

  app.get('/', (c) => {
    const parsed = pushLogQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues);
      return proxyError(
        c,
        400,
        'invalid_request',
        `The push log filters break ${issues.length === 1 ? 'a rule' : `${issues.length} rules`}.`,
        issues,
      );
    }
    const { cursor, limit, ...filters } = parsed.data;
    // One row more than asked tells whether another page follows.
    const rows = listPushes(
      db,
      { ...filters, beforeId: cursor === undefined ? undefined : Number(cursor) },
      limit + 1,
    );
    const entries = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? String(entries[entries.length - 1]!.id) : null;
    return c.json({ entries, nextCursor });
  });

  app.get('/:id', (c) => {
    const raw = c.req.param('id');
    const entry = ID.test(raw) ? getPush(db, Number(raw)) : undefined;
    if (!entry) return proxyError(c, 404, 'not_found', `There is no push log entry ${raw.slice(0, 40)}.`);
    return c.json(entry);
  });

  return app;
}
