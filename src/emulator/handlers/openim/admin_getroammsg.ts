/** `openim/admin_getroammsg`: page backwards through one participant's view of a C2C conversation (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/admin_getroammsg';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { compareC2c, msgKeyOf, parseMsgKey, toC2cMessage } from '../../state/c2c-record';
import type { C2cMessage } from '../../../api/c2c';
import { participantParamCode, requireFrom, requireTo, roamingSince } from './c2c-common';

/** About how many bytes of messages one page carries (03 admin_getroammsg limits: "~13 KB"). */
export const ROAM_PAGE_MAX_BYTES = 13 * 1024;

/**
 * The newest messages of the window in the operator's view (recalled ones included, flagged 8),
 * listed oldest-first; `LastMsgTime`/`LastMsgKey` name the oldest of the page. A continuation
 * (`MaxTime` = previous `LastMsgTime`, `LastMsgKey`) skips every message at or after that key.
 * Messages older than the roaming period are never returned.
 */
export const adminGetroammsg = defineHandler(
  endpoint,
  (req, ctx) => {
    const operator = (req.Operator_Account ?? req.From_Account) as string;
    const peer = (req.Peer_Account ?? req.To_Account) as string;
    requireFrom(ctx, operator);
    requireTo(ctx, peer);
    if (req.MaxCnt < 1) throw new ImFailure(90001, 'invalid parameter: MaxCnt: must be at least 1');
    let list = ctx.store.c2c.view(operator, peer, Math.max(req.MinTime, roamingSince(ctx)), req.MaxTime);
    if (req.LastMsgKey !== undefined) {
      const at = list.findIndex((r) => msgKeyOf(r) === req.LastMsgKey);
      if (at >= 0) list = list.slice(0, at);
      else {
        const cut = parseMsgKey(req.LastMsgKey);
        if (!cut) throw new ImFailure(90001, 'invalid parameter: LastMsgKey: not a MsgKey');
        list = list.filter((r) => compareC2c(r, cut) < 0);
      }
    }
    const page: C2cMessage[] = [];
    let size = 0;
    for (let i = list.length - 1; i >= 0 && page.length < req.MaxCnt; i--) {
      const m = toC2cMessage(list[i] as (typeof list)[number]);
      const bytes = JSON.stringify(m).length;
      if (page.length && size + bytes > ROAM_PAGE_MAX_BYTES) break;
      size += bytes;
      page.push(m);
    }
    page.reverse();
    const oldest = page[0];
    return {
      Complete: page.length === list.length ? (1 as const) : (0 as const),
      MsgCnt: page.length,
      ...(oldest ? { LastMsgTime: oldest.MsgTimeStamp, LastMsgKey: oldest.MsgKey } : {}),
      MsgList: page,
    };
  },
  { paramCode: participantParamCode },
);
