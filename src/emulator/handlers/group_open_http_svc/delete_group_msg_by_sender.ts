/**
 * `group_open_http_svc/delete_group_msg_by_sender`: silently recall one sender's recent messages
 * (../shared/im-api/11-groups-messages.md).
 */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/delete_group_msg_by_sender';
import { defineHandler } from '../../handler';
import { groupIdParamCode, optionalTopic, requireGroup } from './group-common';

/** How many of the newest messages the call looks at. */
export const DELETE_BY_SENDER_SCOPE = 1000;

/**
 * Marks the sender's messages among the 1,000 highest seqs of the group (or topic) as recalled,
 * without notifying anyone; seqs stay. Success even when nothing matched; AVChatRoom: no effect.
 */
export const deleteGroupMsgBySender = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    const topic = optionalTopic(g, req.TopicId);
    if (g.type === 'AVChatRoom') return {};
    const timeline = topic ? topic.messages : g.messages;
    for (const m of timeline.slice(-DELETE_BY_SENDER_SCOPE))
      if (m.from === req.Sender_Account) m.recalled = true;
    return {};
  },
  { paramCode: groupIdParamCode },
);
