/**
 * The account-level callbacks (../shared/im-api/14-webhooks.md): `State.StateChange` for simulated
 * session logins, logouts, disconnects and kicks, and `Profile.CallbackPortraitSet` after a profile write.
 */
import type { HandlerContext } from '../handler';
import { REST_PLATFORM, callbackPlatform } from './commands';
import type { CallbackDispatcher } from './dispatcher';

/** The documented `Info.Action` / `Info.Reason` pairs of `State.StateChange`. */
export type StateEvent =
  | { Action: 'Login'; Reason: 'Register' }
  | { Action: 'Logout'; Reason: 'Unregister' }
  | { Action: 'Disconnect'; Reason: 'LinkClose' | 'TimeOut' };

/**
 * Queues one `State.StateChange`. `platform` is the session's platform (`OptPlatform`, iOS spelled
 * `IOS` here only) or `RESTAPI` for a REST kick; `kicked` lists platforms a login evicted (`KickedDevice`).
 */
export function stateChange(
  dispatcher: CallbackDispatcher,
  userId: string,
  event: StateEvent,
  origin: { platform: string; clientIp: string },
  kicked: readonly string[] = [],
): void {
  if (!dispatcher.on('State.StateChange')) return;
  const platform =
    origin.platform === REST_PLATFORM ? REST_PLATFORM : callbackPlatform(origin.platform, true);
  dispatcher.after(
    'State.StateChange',
    {
      Info: { Action: event.Action, To_Account: userId, Reason: event.Reason },
      ...(kicked.length ? { KickedDevice: kicked.map((p) => ({ Platform: callbackPlatform(p) })) } : {}),
    },
    { platform, clientIp: origin.clientIp },
  );
}

/**
 * Queues `Profile.CallbackPortraitSet` listing the tags written by one call (last value of a tag
 * given twice, in first-seen order); `Operator_Account` is the calling admin.
 */
export function afterPortraitSet(
  ctx: HandlerContext,
  userId: string,
  items: readonly { Tag: string; Value: string | number }[],
): void {
  if (!ctx.callbacks.on('Profile.CallbackPortraitSet')) return;
  const written = new Map<string, string | number>();
  for (const { Tag, Value } of items) written.set(Tag, Value);
  ctx.callbacks.after('Profile.CallbackPortraitSet', {
    Operator_Account: ctx.caller,
    From_Account: userId,
    ProfileItem: [...written].map(([Tag, Value]) => ({ Tag, Value })),
  });
}

/**
 * Queues `State.StateChange` `Logout`/`Unregister` for a REST `kick` of a user who had sessions
 * (`OptPlatform` `RESTAPI`); kicking an offline user changes no online state, so nothing is sent.
 */
export function afterKick(ctx: HandlerContext, userId: string, hadSessions: boolean): void {
  if (!hadSessions || !ctx.callbacks.on('State.StateChange')) return;
  ctx.callbacks.after('State.StateChange', {
    Info: { Action: 'Logout', To_Account: userId, Reason: 'Unregister' },
  });
}

/** The `ClientIP` of simulated client events (the control routes stand in for a local client). */
export const SIMULATED_CLIENT_IP = '127.0.0.1';

/**
 * Queues the `State.StateChange` callbacks for a change of one user's simulated sessions: a platform
 * that gained a session (or a new `InstId` replacing one, listed in `KickedDevice`) ⇒ `Login`; a
 * platform that lost its session ⇒ `Logout` when the client logged out, `Disconnect`/`LinkClose` when
 * its connection was dropped. Status changes (Online ⇄ PushOnline) fire nothing.
 */
export function sessionChanges(
  dispatcher: CallbackDispatcher | undefined,
  userId: string,
  before: readonly { platform: string; instId?: number | undefined }[],
  after: readonly { platform: string; instId?: number | undefined }[],
  ended: 'logout' | 'disconnect',
): void {
  if (!dispatcher?.on('State.StateChange')) return;
  const origin = (platform: string) => ({ platform, clientIp: SIMULATED_CLIENT_IP });
  for (const s of after) {
    const old = before.find((b) => b.platform === s.platform);
    if (old && old.instId === s.instId) continue;
    stateChange(
      dispatcher,
      userId,
      { Action: 'Login', Reason: 'Register' },
      origin(s.platform),
      old ? [old.platform] : [],
    );
  }
  for (const s of before) {
    if (after.some((a) => a.platform === s.platform)) continue;
    const event: StateEvent =
      ended === 'logout'
        ? { Action: 'Logout', Reason: 'Unregister' }
        : { Action: 'Disconnect', Reason: 'LinkClose' };
    stateChange(dispatcher, userId, event, origin(s.platform));
  }
}
