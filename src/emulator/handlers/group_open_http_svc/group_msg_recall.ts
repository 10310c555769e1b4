/** `group_open_http_svc/group_msg_recall`: recall group messages by seq (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/group_msg_recall';
import { defineHandler } from '../../handler';
import { groupIdParamCode, optionalTopic, requireGroup } from './group-common';
import { AV_RECALL_SECONDS, roamingStart } from './group-messages';

/**
 * One `RetCode` per seq in request order, the call itself always OK: 0 recalled; 10030 for a seq
 * never stored, already recalled or outside the roaming window; 10031 for an AVChatRoom message
 * older than one hour. A recalled message keeps its seq and shows as recalled in history.
 */
export const groupMsgRecall = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    const topic = optionalTopic(g, req.TopicId);
    const timeline = topic ? topic.messages : g.messages;
    const oldest = roamingStart(ctx);
    return {
      RecallRetList: req.MsgSeqList.map(({ MsgSeq }) => {
        const msg = timeline.find((m) => m.seq === MsgSeq);
        if (!msg || msg.recalled || msg.time < oldest) return { MsgSeq, RetCode: 10030 };
        if (g.type === 'AVChatRoom' && ctx.nowSeconds - msg.time >= AV_RECALL_SECONDS) {
          return { MsgSeq, RetCode: 10031 };
        }
        msg.recalled = true;
        return { MsgSeq, RetCode: 0 };
      }),
    };
  },
  { paramCode: groupIdParamCode },
);
