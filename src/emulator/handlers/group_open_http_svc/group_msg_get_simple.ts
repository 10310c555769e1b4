/** `group_open_http_svc/group_msg_get_simple`: pull group roaming history by seq (../shared/im-api/11-groups-messages.md). */
import {
  GROUP_MSG_PAGE_MAX,
  endpoint,
} from '../../../api/endpoints/group_open_http_svc/group_msg_get_simple';
import type { GroupHistoryMsg } from '../../../api/endpoints/group_open_http_svc/group_msg_get_simple';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, optionalTopic, requireGroup } from './group-common';
import { roamingStart } from './group-messages';

/**
 * The window is seqs `[top − ReqMsgNumber + 1, top]` with `top = ReqMsgSeq` (capped at the newest
 * seq) or the newest seq; it is walked downward for at most 20 seqs. Stored messages come as they
 * are (targeted ones included); messages older than `config.roamingDays` or missing come as
 * `IsPlaceMsg: 1` with an empty body; recalled ones as `IsPlaceMsg: 2` only with `WithRecalledMsg: 1`.
 * `IsFinished` 1 when the whole window fit, else 0 (2 when everything covered was a placeholder).
 * Next page: `ReqMsgSeq` = smallest seq − 1. AVChatRoom (no history) → 10007.
 */
export const groupMsgGetSimple = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'AVChatRoom groups keep no message history');
    const topic = optionalTopic(g, req.TopicId);
    const owner = topic ?? g;
    const timeline = topic ? topic.messages : g.messages;
    const newest = owner.nextMsgSeq - 1;
    const top = Math.min(req.ReqMsgSeq ?? newest, newest);
    const bottom = Math.max(1, top - req.ReqMsgNumber + 1);
    const windowSize = top >= 1 && req.ReqMsgNumber > 0 ? top - bottom + 1 : 0;
    const covered = Math.min(windowSize, GROUP_MSG_PAGE_MAX);
    const bySeq = new Map(
      timeline.filter((m) => m.seq > top - covered && m.seq <= top).map((m) => [m.seq, m]),
    );
    const oldest = roamingStart(ctx);
    const list: GroupHistoryMsg[] = [];
    let placeholders = 0;
    for (let seq = top; seq > top - covered; seq--) {
      const m = bySeq.get(seq);
      if (!m || m.time < oldest) {
        placeholders++;
        list.push({
          From_Account: m?.from ?? '',
          IsPlaceMsg: 1,
          MsgBody: [],
          MsgPriority: m?.priority ?? 2,
          MsgRandom: m?.random ?? 0,
          MsgSeq: seq,
          MsgTimeStamp: m?.time ?? 0,
        });
        continue;
      }
      const base = {
        From_Account: m.from,
        MsgPriority: m.priority,
        MsgRandom: m.random,
        MsgSeq: seq,
        MsgTimeStamp: m.time,
      };
      if (m.recalled) {
        if (req.WithRecalledMsg === 1) list.push({ ...base, IsPlaceMsg: 2, MsgBody: [] });
        continue;
      }
      list.push({
        ...base,
        IsPlaceMsg: 0,
        MsgBody: m.body,
        ...(m.cloudCustomData !== undefined ? { CloudCustomData: m.cloudCustomData } : {}),
      });
    }
    const IsFinished: 0 | 1 | 2 =
      windowSize <= GROUP_MSG_PAGE_MAX ? 1 : covered > 0 && placeholders === covered ? 2 : 0;
    return { GroupId: g.groupId, IsFinished, RspMsgList: list };
  },
  { paramCode: groupIdParamCode },
);
