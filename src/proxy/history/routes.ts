/**
 * The chat-history area's own proxy routes, mounted at `/api/history` behind the session and the
 * `messages.readPrivate` permission (app.ts): `GET /modified` lists the C2C messages of a pair that
 * were modified through the console (src/api/history-api.ts). Read-only.
 */
import { Hono } from 'hono';
import { MODIFIED_LIST_MAX, modifiedQuerySchema } from '../../api/history-api';
import { toFieldIssues } from '../../api/proxy-error';
import type { Db } from '../db/database';
import { proxyError } from '../error-response';
import type { ProxyEnv } from '../request-id';
import { listModified } from './modified';

/** The history routes over the proxy's database (the audit log is their only source). */
export function historyRoutes(deps: { db: Db; limit?: number }): Hono<ProxyEnv> {
  const { db } = deps;
  const limit = deps.limit ?? MODIFIED_LIST_MAX;
  const app = new Hono<ProxyEnv>();
  app.get('/modified', (c) => {
    const parsed = modifiedQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues);
      return proxyError(
        c,
        400,
        'invalid_request',
        `The query breaks ${issues.length === 1 ? 'a rule' : `${issues.length} rules`}.`,
        issues,
      );
    }
    c.header('Cache-Control', 'no-store');
    return c.json(listModified(db, parsed.data, limit));
  });
  return app;
}
