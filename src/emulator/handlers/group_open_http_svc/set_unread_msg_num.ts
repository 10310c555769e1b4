/** `group_open_http_svc/set_unread_msg_num`: override a member's unread count (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/set_unread_msg_num';
import { groupTypeInfo } from '../../../api/group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup } from './group-common';

/**
 * Sets the member's unread count, clamped to the group's stored message count. Meeting (ChatRoom)
 * and AVChatRoom keep no unread counts: success without effect. A non-member → 10004.
 */
export const setUnreadMsgNum = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (!groupTypeInfo[g.type].supportsUnread) return {};
    const m = g.members.get(req.Member_Account);
    if (!m) throw new ImFailure(10004, `${req.Member_Account} is not a member of this group`);
    m.unread = Math.min(req.UnreadMsgNum, g.messages.length);
    return {};
  },
  { paramCode: groupIdParamCode },
);
