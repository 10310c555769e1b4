/** `group_open_http_svc/import_group_msg`: write historical group messages (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/import_group_msg';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, isBodySizeIssue, optionalTopic, requireGroup } from './group-common';
import { appendGroupMessage } from './group-messages';

/**
 * Imports in order, each message needing `SendTime` later than the group's creation and its newest
 * message (including ones just imported) and earlier than now; otherwise that message gets `Result`
 * 10004 with `MsgSeq` 0. Imported messages take the next seqs with `MsgTimeStamp = SendTime`. Every
 * member's unread count is then reset to 0; `RecentContactFlag: 1` also updates the members'
 * conversation lists (not for a Community, as documented). AVChatRoom → 10007; a body over 8 KB fails the call (10020).
 */
export const importGroupMsg = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'messages cannot be imported into an AVChatRoom');
    const topic = optionalTopic(g, req.TopicId);
    const timeline = topic ? topic.messages : g.messages;
    let latest = Math.max(topic?.createTime ?? g.createTime, timeline[timeline.length - 1]?.time ?? 0);
    const results = req.MsgList.map((item) => {
      if (item.SendTime <= latest || item.SendTime >= ctx.nowSeconds) {
        return { MsgSeq: 0, MsgTime: item.SendTime, Result: 10004 };
      }
      latest = item.SendTime;
      const msg = appendGroupMessage(
        ctx,
        g,
        topic,
        {
          random: item.Random ?? 0,
          time: item.SendTime,
          from: item.From_Account,
          body: item.MsgBody,
          priority: 2,
        },
        false,
      );
      if (req.RecentContactFlag === 1 && !topic && g.type !== 'Community') {
        ctx.store.conversations.noteGroupMessage(g.groupId, g.members.keys(), msg.time, msg.seq);
      }
      return { MsgSeq: msg.seq, MsgTime: msg.time, Result: 0 };
    });
    for (const m of g.members.values()) m.unread = 0;
    return { ImportMsgResult: results };
  },
  { paramCode: (issue) => (isBodySizeIssue(issue) ? 10020 : groupIdParamCode(issue)) },
);
