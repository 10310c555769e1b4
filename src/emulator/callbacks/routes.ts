/**
 * Control routes for webhooks (not Tencent's API): `GET/DELETE /__emulator/callbacks` (settings,
 * counters, delivery log) and simulated client friend actions, the only triggers of the
 * `Sns.CallbackPrevFriendAdd` / `PrevFriendResponse` checks (../shared/im-api/14-webhooks.md §1.6:
 * REST `friend_add` and REST responses never fire them).
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { friendAddRequestSchema } from '../../api/endpoints/sns/friend_add';
import { friendListNameSchema, remarkSchema } from '../../api/friend';
import { userIdSchema } from '../../api/rules';
import type { Clock } from '../clock';
import type { EmulatorConfig, HandlerContext } from '../handler';
import { friendAdd } from '../handlers/sns/friend_add';
import type { Store } from '../store';
import { SIMULATED_CLIENT_IP } from './account-events';
import { callbackPlatform } from './commands';
import type { CallbackDispatcher } from './dispatcher';
import { afterFriendsAdded, pairDiff, pairsBetween, prevFriendCheck } from './sns-events';

/** What the webhook control routes act on. */
export interface CallbackRouteDeps {
  store: Store;
  clock: Clock;
  config: EmulatorConfig;
  callbacks: CallbackDispatcher;
  onWrite(): void;
}

const requestSchema = friendAddRequestSchema
  .omit({ ForceAddFlags: true })
  .extend({ Platform: z.string().min(1).max(32).default('Android') });
const responseSchema = z.object({
  From_Account: userIdSchema,
  ResponseFriendItem: z
    .array(
      z.object({
        To_Account: userIdSchema,
        ResponseAction: z.enum([
          'Response_Action_Agree',
          'Response_Action_AgreeAndAdd',
          'Response_Action_Reject',
        ]),
        Remark: remarkSchema.optional(),
        TagName: friendListNameSchema.optional(),
      }),
    )
    .min(1),
  Platform: z.string().min(1).max(32).default('Android'),
});

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S> | Response> {
  let raw: unknown;
  try {
    raw = JSON.parse((await c.req.text()) || '{}');
  } catch {
    return c.json({ error: { message: 'body is not valid JSON' } }, 400);
  }
  const r = schema.safeParse(raw);
  if (!r.success) return c.json({ error: { message: 'invalid body', issues: r.error.issues } }, 400);
  return r.data;
}

/** Builds the routes, mounted under `/__emulator`. */
export function createCallbackRoutes(deps: CallbackRouteDeps): Hono {
  const app = new Hono();
  const { store, callbacks } = deps;
  const clientCtx = (caller: string, platform: string): HandlerContext => {
    const nowMs = deps.clock.nowMs();
    return {
      store,
      clock: deps.clock,
      nowMs,
      nowSeconds: Math.floor(nowMs / 1000),
      caller,
      service: 'client',
      command: 'friend',
      config: deps.config,
      requestUrl: 'http://client.invalid/',
      callbacks: callbacks.forRequest({
        platform: callbackPlatform(platform),
        clientIp: SIMULATED_CLIENT_IP,
      }),
    };
  };
  const notImported = (c: Context, user: string) =>
    c.json({ error: { message: `account ${user} is not imported: import it first` } }, 404);

  app.get('/callbacks', (c) => {
    const s = callbacks.settings;
    return c.json({
      enabled: s !== undefined,
      ...(s
        ? {
            url: s.url,
            signed: s.token !== undefined,
            timeoutMs: s.timeoutMs ?? 2000,
            onFailure: callbacks.failurePolicy,
          }
        : {}),
      stats: callbacks.stats(),
      deliveries: callbacks.deliveries(),
    });
  });
  app.delete('/callbacks', (c) => {
    callbacks.clearLog();
    return c.json({ ok: true });
  });

  // A client's friend request: Sns.CallbackPrevFriendAdd gates each target, then friend_add's rules apply.
  app.post('/client/friend-request', async (c) => {
    const req = await body(c, requestSchema);
    if (req instanceof Response) return req;
    if (!store.isImported(req.From_Account)) return notImported(c, req.From_Account);
    const ctx = clientCtx(req.From_Account, req.Platform);
    const targets = req.AddFriendItem.map((i) => i.To_Account);
    const refused = await prevFriendCheck(
      ctx.callbacks,
      'Sns.CallbackPrevFriendAdd',
      {
        Requester_Account: req.From_Account,
        From_Account: req.From_Account,
        FriendItem: req.AddFriendItem.map((i) => ({
          To_Account: i.To_Account,
          Remark: i.Remark ?? '',
          GroupName: i.GroupName ?? '',
          AddSource: i.AddSource,
          AddWording: i.AddWording ?? '',
        })),
        AddType: req.AddType ?? 'Add_Type_Both',
        ForceAddFlags: 0,
      },
      targets,
    );
    const allowed = req.AddFriendItem.filter((i) => !refused.has(i.To_Account));
    const done = allowed.length
      ? await friendAdd.handle(
          { From_Account: req.From_Account, AddFriendItem: allowed, AddType: req.AddType },
          ctx,
        )
      : { ResultItem: [] };
    deps.onWrite();
    const results = targets.map(
      (To_Account) =>
        done.ResultItem.find((r) => r.To_Account === To_Account) ?? {
          To_Account,
          ...refused.get(To_Account),
        },
    );
    return c.json({ ResultItem: results });
  });

  // A client's answer to pending requests: Sns.CallbackPrevFriendResponse gates each item.
  app.post('/client/friend-response', async (c) => {
    const req = await body(c, responseSchema);
    if (req instanceof Response) return req;
    const me = req.From_Account;
    if (!store.isImported(me)) return notImported(c, me);
    const ctx = clientCtx(me, req.Platform);
    const rel = store.relationships;
    const refused = await prevFriendCheck(
      ctx.callbacks,
      'Sns.CallbackPrevFriendResponse',
      {
        Requester_Account: me,
        From_Account: me,
        ResponseFriendItem: req.ResponseFriendItem.map((i) => ({
          To_Account: i.To_Account,
          Remark: i.Remark ?? '',
          TagName: i.TagName ?? '',
          ResponseAction: i.ResponseAction,
        })),
      },
      req.ResponseFriendItem.map((i) => i.To_Account),
    );
    const added: { From_Account: string; To_Account: string; Initiator_Account: string }[] = [];
    const results = req.ResponseFriendItem.map((item) => {
      const from = item.To_Account;
      const refusal = refused.get(from);
      if (refusal) return { To_Account: from, ...refusal };
      const pending = rel.pendingRequest(me, from);
      if (!pending)
        return { To_Account: from, ResultCode: 30001, ResultInfo: 'Err_SNS_FriendResponse_No_Pendency' };
      rel.dropPending(me, from);
      if (item.ResponseAction === 'Response_Action_Reject')
        return { To_Account: from, ResultCode: 0, ResultInfo: '' };
      const before = pairsBetween(rel, from, me);
      const entry = (groups: string[]) => ({
        addSource: pending.addSource,
        addTime: ctx.nowSeconds,
        groups,
        custom: new Map(),
      });
      if (!rel.isFriend(from, me)) {
        rel.ensureLists(from, pending.group ? [pending.group] : []);
        rel.setFriend(from, me, {
          ...entry(pending.group ? [pending.group] : []),
          ...(pending.remark ? { remark: pending.remark, remarkTime: ctx.nowSeconds } : {}),
          ...(pending.addWording ? { addWording: pending.addWording } : {}),
        });
      }
      if (item.ResponseAction === 'Response_Action_AgreeAndAdd' && !rel.isFriend(me, from)) {
        rel.ensureLists(me, item.TagName ? [item.TagName] : []);
        rel.setFriend(me, from, {
          ...entry(item.TagName ? [item.TagName] : []),
          ...(item.Remark ? { remark: item.Remark, remarkTime: ctx.nowSeconds } : {}),
        });
      }
      for (const p of pairDiff(pairsBetween(rel, from, me), before))
        added.push({ ...p, Initiator_Account: from });
      return { To_Account: from, ResultCode: 0, ResultInfo: '' };
    });
    afterFriendsAdded(ctx, added, 'friend_response', false);
    deps.onWrite();
    return c.json({ ResultItem: results });
  });

  return app;
}
