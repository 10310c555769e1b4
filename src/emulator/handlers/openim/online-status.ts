/**
 * Presence as `query_online_status` and its legacy name `querystate` report it
 * (../shared/im-api/02-accounts.md): Online if any session is Online, else PushOnline, else Offline;
 * PushOnline sessions older than 7 days no longer count.
 */
import type { QueryOnlineStatusRequest } from '../../../api/endpoints/openim/query_online_status';
import type { HandlerContext } from '../../handler';
import type { Session } from '../../store';

/** How long the backend keeps a PushOnline state before reporting Offline (02-accounts.md). */
export const PUSH_ONLINE_MAX_SECONDS = 7 * 86_400;

/** One account's presence, or why it could not be read. */
export type Presence =
  | { ok: true; userId: string; status: 'Online' | 'PushOnline' | 'Offline'; sessions: Session[] }
  | { ok: false; userId: string; code: number };

/** The presence of each requested account, in request order (duplicates answered each time). */
export function presenceOf(ctx: HandlerContext, userIds: readonly string[]): Presence[] {
  return userIds.map((userId) => {
    if (!ctx.store.isImported(userId)) return { ok: false, userId, code: 70107 };
    const sessions = ctx.store
      .sessionsOf(userId)
      .filter((s) => s.status === 'Online' || ctx.nowSeconds - s.since <= PUSH_ONLINE_MAX_SECONDS);
    const status = sessions.some((s) => s.status === 'Online')
      ? 'Online'
      : sessions.length
        ? 'PushOnline'
        : 'Offline';
    return { ok: true, userId, status, sessions };
  });
}

/**
 * The reply both commands send: `QueryResult` for imported accounts (`Detail` only when asked and
 * the account has sessions), `ErrorList` for the rest, both always present. `withState` adds the
 * legacy `State` beside `Status`, as `querystate` does.
 */
export function presenceReply(
  ctx: HandlerContext,
  req: Pick<QueryOnlineStatusRequest, 'To_Account' | 'IsNeedDetail'>,
  withState: boolean,
) {
  const presence = presenceOf(ctx, req.To_Account);
  return {
    QueryResult: presence.flatMap((p) =>
      p.ok
        ? [
            {
              To_Account: p.userId,
              Status: p.status,
              ...(withState ? { State: p.status } : {}),
              ...(req.IsNeedDetail === 1 && p.sessions.length
                ? { Detail: p.sessions.map((s) => ({ Platform: s.platform, Status: s.status })) }
                : {}),
            },
          ]
        : [],
    ),
    ErrorList: presence.flatMap((p) => (p.ok ? [] : [{ To_Account: p.userId, ErrorCode: p.code }])),
  };
}
