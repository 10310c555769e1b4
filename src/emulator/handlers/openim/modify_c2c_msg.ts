/** `openim/modify_c2c_msg`: overwrite the body and/or custom data of a stored C2C message (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/modify_c2c_msg';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { parseMsgKey } from '../../state/c2c-record';
import { c2cParamCode, requireFrom, requireTo, roamingSince } from './c2c-common';

/**
 * Replaces only the fields present, in both views; key, times, flags and unread state stay.
 * Neither field → a no-op. Not found → 20026 (the client SDK's "message does not exist"; the REST
 * code is undocumented); a malformed key → 90054.
 */
export const modifyC2cMsg = defineHandler(
  endpoint,
  (req, ctx) => {
    requireFrom(ctx, req.From_Account);
    requireTo(ctx, req.To_Account);
    if (!parseMsgKey(req.MsgKey)) throw new ImFailure(90054, `MsgKey ${req.MsgKey} is not valid`);
    const r = ctx.store.c2c.find(req.From_Account, req.To_Account, req.MsgKey, roamingSince(ctx));
    if (!r) throw new ImFailure(20026, 'the message does not exist');
    if (req.MsgBody !== undefined) r.body = req.MsgBody;
    if (req.CloudCustomData !== undefined) r.cloudCustomData = req.CloudCustomData;
    return {};
  },
  { paramCode: c2cParamCode },
);
