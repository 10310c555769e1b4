/**
 * `group_open_http_svc/send_group_system_notification`: an online-only notice to members
 * (../shared/im-api/11-groups-messages.md).
 */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/send_group_system_notification';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, optionalTopic, requireGroup } from './group-common';

/**
 * Checks the group, topic and recipient rule (a recipient list on an AVChatRoom → 10004), then
 * stores nothing: no seq, no unread change, no webhooks (the emulator has no client push channel).
 */
export const sendGroupSystemNotification = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    optionalTopic(g, req.TopicId);
    if (g.type === 'AVChatRoom' && req.ToMembers_Account?.length) {
      throw new ImFailure(10004, 'an AVChatRoom notification goes to everyone: omit ToMembers_Account');
    }
    return {};
  },
  { paramCode: groupIdParamCode },
);
