/** `million_group_open_http_svc/modify_topic`: change a topic (../shared/im-api/09-topics.md). */
import { endpoint } from '../../../api/endpoints/million_group_open_http_svc/modify_topic';
import { afterTopicInfoChanged } from '../../callbacks/group-events';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, upsertPairs } from '../group_open_http_svc/group-common';
import { requireTopicGroup } from './topic-common';

/**
 * Changes only the fields present (`""` empties a text field; in `TopicDefinedData` it deletes the
 * key); `MuteAllMember` On/Off (any case) switches `ShutUpAllFlag`. A topic not in this community → 10010.
 */
export const modifyTopic = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireTopicGroup(ctx, req.GroupId);
    const t = g.topics.get(req.TopicId);
    if (!t) throw new ImFailure(10010, `topic ${req.TopicId} does not exist in this group`);
    const data = req.TopicDefinedData ? upsertPairs(t.data, req.TopicDefinedData) : t.data;
    if (req.TopicName !== undefined) t.name = req.TopicName;
    if (req.FaceUrl !== undefined) t.faceUrl = req.FaceUrl;
    if (req.Notification !== undefined) t.notification = req.Notification;
    if (req.Introduction !== undefined) t.introduction = req.Introduction;
    if (req.CustomString !== undefined) t.customString = req.CustomString;
    if (req.MuteAllMember !== undefined) t.muteAll = req.MuteAllMember.toLowerCase() === 'on';
    t.data = data;
    afterTopicInfoChanged(ctx, g.groupId, req.From_Account ?? ctx.caller, {
      ...{ Name: req.TopicName, Introduction: req.Introduction },
      ...{ Notification: req.Notification, FaceUrl: req.FaceUrl },
    });
    return { ErrorInfo: 'ok' };
  },
  { paramCode: groupIdParamCode },
);
