/**
 * The emulator's own control routes under `/__emulator/` (JSON, apart from the emulated API, the
 * MSW/LocalStack habit in house-style.md): health, reset, seed, faults, clock, simulated sessions and
 * a state summary. Not part of Tencent's API; ordinary HTTP status codes apply here.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { endpoints } from '../api/endpoints';
import { toFieldIssues } from '../api/proxy-error';
import { sessionChanges } from './callbacks/account-events';
import type { CallbackDispatcher } from './callbacks/dispatcher';
import type { AdjustableClock } from './clock';
import { faultRequestSchema } from './faults';
import type { FaultTable } from './faults';
import { addAreaRoutes } from './control-areas';
import { seedNames } from './seed';
import type { SeedName } from './seed';
import type { Store } from './store';

/** What the control routes act on. */
export interface ControlDeps {
  store: Store;
  clock: AdjustableClock;
  faults: FaultTable;
  sdkAppId: number;
  admins: readonly string[];
  currentSeed(): SeedName;
  /** The seed number the current seed was built with. */
  currentSeedNumber(): number;
  /** Reloads the store from `seed` (and `seedNumber`, default the current one) and makes them current. */
  reseed(seed: SeedName, seedNumber?: number): void;
  /** Called after every state change (schedules persistence). */
  onWrite(): void;
  startedAtMs: number;
  persistent: boolean;
  /** Fires `State.StateChange` for simulated session changes (14-webhooks.md); absent = off. */
  callbacks?: CallbackDispatcher;
}

const seedBodySchema = z.object({
  seed: z.enum(seedNames),
  seedNumber: z.number().int().min(0).max(4294967295).optional(),
});
const clockBodySchema = z.union([
  z.object({ advanceSeconds: z.number().finite() }).strict(),
  z.object({ setMs: z.number().int().min(0) }).strict(),
]);
const sessionBodySchema = z.object({
  UserID: z.string().min(1),
  Platform: z.string().min(1).max(32),
  Status: z.enum(['Online', 'PushOnline', 'Offline']),
  InstId: z.number().int().optional(),
});
const endSessionsSchema = z.object({
  UserID: z.string().min(1).optional(),
  Platform: z.string().min(1).optional(),
});

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Symbol.for('invalid');
  }
}

function badRequest(c: Context, message: string, issues?: ReturnType<typeof toFieldIssues>) {
  return c.json({ error: { message, ...(issues ? { issues } : {}) } }, 400);
}

/** Parses a JSON body with `schema`, or answers 400 naming the broken fields. */
async function parseBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; res: Response }> {
  const body = await readJson(c);
  if (typeof body === 'symbol') return { ok: false, res: badRequest(c, 'body is not valid JSON') };
  const r = schema.safeParse(body);
  if (!r.success) return { ok: false, res: badRequest(c, 'invalid body', toFieldIssues(r.error.issues)) };
  return { ok: true, data: r.data };
}

/** Builds the `/__emulator` sub-app. */
export function createControlApp(deps: ControlDeps): Hono {
  const app = new Hono();
  const { store, clock, faults } = deps;
  const clockInfo = () => {
    const nowMs = clock.nowMs();
    return {
      nowMs,
      nowSeconds: Math.floor(nowMs / 1000),
      iso: new Date(nowMs).toISOString(),
      offsetMs: clock.offsetMs(),
    };
  };

  app.get('/health', (c) =>
    c.json({
      ok: true,
      sdkAppId: deps.sdkAppId,
      admins: deps.admins,
      seed: deps.currentSeed(),
      seedNumber: deps.currentSeedNumber(),
      persistent: deps.persistent,
      uptimeSeconds: Math.floor((Date.now() - deps.startedAtMs) / 1000),
    }),
  );

  app.post('/reset', (c) => {
    deps.reseed(deps.currentSeed());
    return c.json({
      ok: true,
      seed: deps.currentSeed(),
      seedNumber: deps.currentSeedNumber(),
      summary: store.summary(),
    });
  });

  app.post('/seed', async (c) => {
    const body = await parseBody(c, seedBodySchema);
    if (!body.ok) return body.res;
    deps.reseed(body.data.seed, body.data.seedNumber);
    return c.json({
      ok: true,
      seed: body.data.seed,
      seedNumber: deps.currentSeedNumber(),
      summary: store.summary(),
    });
  });

  app.get('/faults', (c) => c.json({ faults: faults.list() }));
  app.post('/faults', async (c) => {
    const body = await parseBody(c, faultRequestSchema);
    if (!body.ok) return body.res;
    if (!(body.data.path in endpoints) && !isAlias(body.data.path)) {
      return badRequest(c, `unknown endpoint ${body.data.path}: use service/command of an IM endpoint`);
    }
    const fault = faults.add(body.data);
    return c.json({ ok: true, fault, faults: faults.list() });
  });
  app.delete('/faults', (c) => {
    faults.clear();
    return c.json({ ok: true, faults: [] });
  });

  app.get('/clock', (c) => c.json(clockInfo()));
  app.post('/clock', async (c) => {
    const body = await parseBody(c, clockBodySchema);
    if (!body.ok) return body.res;
    if ('advanceSeconds' in body.data) clock.advance(body.data.advanceSeconds * 1000);
    else clock.set(body.data.setMs);
    return c.json(clockInfo());
  });

  app.post('/sessions', async (c) => {
    const body = await parseBody(c, sessionBodySchema);
    if (!body.ok) return body.res;
    const { UserID, Platform, Status, InstId } = body.data;
    if (!store.isImported(UserID)) {
      return c.json({ error: { message: `account ${UserID} is not imported: import it first` } }, 404);
    }
    const before = [...store.sessionsOf(UserID)];
    if (Status === 'Offline') store.endSessions(UserID, Platform);
    else {
      store.setSession(UserID, {
        platform: Platform,
        status: Status,
        since: Math.floor(clock.nowMs() / 1000),
        ...(InstId !== undefined ? { instId: InstId } : {}),
      });
    }
    deps.onWrite();
    sessionChanges(deps.callbacks, UserID, before, store.sessionsOf(UserID), 'logout');
    return c.json({ ok: true, UserID, sessions: store.sessionsOf(UserID) });
  });
  app.delete('/sessions', async (c) => {
    const fromQuery = { UserID: c.req.query('UserID'), Platform: c.req.query('Platform') };
    const body = fromQuery.UserID
      ? { ok: true as const, data: fromQuery }
      : await parseBody(c, endSessionsSchema);
    if (!body.ok) return body.res;
    const { UserID, Platform } = body.data;
    const before = new Map([...store.sessions].map(([user, list]) => [user, [...list]]));
    const ended = UserID ? store.endSessions(UserID, Platform) : store.endAllSessions();
    deps.onWrite();
    for (const [user, list] of before)
      sessionChanges(deps.callbacks, user, list, store.sessionsOf(user), 'disconnect');
    return c.json({ ok: true, ended });
  });

  app.get('/state/summary', (c) =>
    c.json({
      seed: deps.currentSeed(),
      clock: clockInfo(),
      faults: faults.list().length,
      ...store.summary(),
    }),
  );

  addAreaRoutes(app, { store, clock, onWrite: deps.onWrite, parseBody });

  app.notFound((c) => c.json({ error: { message: `no control route ${c.req.method} ${c.req.path}` } }, 404));
  return app;
}

function isAlias(path: string): boolean {
  const [service, command] = path.split('/');
  return Object.values(endpoints).some(
    (e) => e.service === service && (e.aliases ?? []).includes(command ?? ''),
  );
}
