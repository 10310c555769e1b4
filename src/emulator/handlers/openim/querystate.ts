/** `openim/querystate`: the legacy name of query_online_status (../shared/im-api/02-accounts.md). */
import { endpoint } from '../../../api/endpoints/openim/querystate';
import { defineHandler } from '../../handler';
import { presenceOf } from './online-status';

/** Same answer as `query_online_status`, with the old `State` field beside `Status` and `ErrorList` kept (emulator choice). */
export const querystate = defineHandler(endpoint, (req, ctx) => {
  const presence = presenceOf(ctx, req.To_Account);
  return {
    QueryResult: presence.flatMap((p) =>
      p.ok
        ? [
            {
              To_Account: p.userId,
              Status: p.status,
              State: p.status,
              ...(req.IsNeedDetail === 1 && p.sessions.length
                ? { Detail: p.sessions.map((s) => ({ Platform: s.platform, Status: s.status })) }
                : {}),
            },
          ]
        : [],
    ),
    ErrorList: presence.flatMap((p) => (p.ok ? [] : [{ To_Account: p.userId, ErrorCode: p.code }])),
  };
});
