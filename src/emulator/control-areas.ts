/**
 * Control routes for the emulator's areas, mounted under `/__emulator/` by `control.ts`: the push log
 * and the "push to all" feature switch (06-push.md), today's row in the statistics (13-operations.md)
 * and the active global mutes (12-global-mute.md). Not part of Tencent's API.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Clock } from './clock';
import type { Store } from './store';

type ParseBody = <S extends z.ZodType>(
  c: Context,
  schema: S,
) => Promise<{ ok: true; data: z.infer<S> } | { ok: false; res: Response }>;

/** What the area routes act on. */
export interface AreaRouteDeps {
  store: Store;
  clock: Clock;
  /** Called after every state change (schedules persistence). */
  onWrite(): void;
  parseBody: ParseBody;
}

const pushSwitchSchema = z.object({ enabled: z.boolean() }).strict();
const statsSwitchSchema = z.object({ includeToday: z.boolean() }).strict();
const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Adds the push, statistics and global-mute routes to the control app. */
export function addAreaRoutes(app: Hono, deps: AreaRouteDeps): void {
  const { store, clock, onWrite, parseBody } = deps;
  const pushInfo = () => ({ enabled: store.push.enabled, tasks: store.push.pushTasks().length });

  app.get('/push', (c) => c.json(pushInfo()));
  app.post('/push', async (c) => {
    const body = await parseBody(c, pushSwitchSchema);
    if (!body.ok) return body.res;
    store.push.enabled = body.data.enabled;
    onWrite();
    return c.json({ ok: true, ...pushInfo() });
  });
  app.get('/push/tasks', (c) => {
    const page = pageSchema.safeParse({ limit: c.req.query('limit'), offset: c.req.query('offset') });
    if (!page.success) {
      return c.json({ error: { message: 'limit must be 1–1000 and offset 0 or more' } }, 400);
    }
    const all = store.push.pushTasks();
    const { limit, offset } = page.data;
    return c.json({ total: all.length, offset, tasks: all.slice(offset, offset + limit) });
  });
  app.get('/push/tasks/:taskId', (c) => {
    const task = store.push.pushTask(c.req.param('taskId'));
    if (!task) return c.json({ error: { message: `no push task ${c.req.param('taskId')}` } }, 404);
    return c.json(task);
  });

  const statsInfo = () => ({
    includeToday: store.stats.includeToday,
    publishedDays: store.stats.summary().publishedDays ?? 0,
  });
  app.get('/stats', (c) => c.json(statsInfo()));
  app.post('/stats', async (c) => {
    const body = await parseBody(c, statsSwitchSchema);
    if (!body.ok) return body.res;
    store.stats.includeToday = body.data.includeToday;
    onWrite();
    return c.json({ ok: true, ...statsInfo() });
  });

  app.get('/mutes', (c) => c.json({ muted: store.globalMute.muted(Math.floor(clock.nowMs() / 1000)) }));
}
