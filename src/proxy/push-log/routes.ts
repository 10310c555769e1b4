/**
 * The push log's read-only routes, mounted at `/api/console/push-log` behind the session and
 * `directory.read` (every signed-in operator): `GET /` (a page, PushLogQuery → PushLogPage) and
 * `GET /:id` (one entry). Nothing edits or deletes an entry; the table's triggers refuse it anyway.
 */
import type { Hono } from 'hono';
import { pushLogQuerySchema } from '../../api/push-log';
import type { Db } from '../db/database';
import { logRoutes } from '../log-routes';
import type { ProxyEnv } from '../request-id';
import { getPush, listPushes } from './query';

/** The push log routes over the proxy's database. */
export function pushLogRoutes(deps: { db: Db }): Hono<ProxyEnv> {
  const { db } = deps;
  return logRoutes({
    schema: pushLogQuerySchema,
    noun: 'push log',
    list: (filters, limit) => listPushes(db, filters, limit),
    get: (id) => getPush(db, id),
  });
}
