/** `million_group_open_http_svc/create_topic`: create a topic in a community (../shared/im-api/09-topics.md). */
import { endpoint } from '../../../api/endpoints/million_group_open_http_svc/create_topic';
import { afterTopicCreate, gateTopicCreate } from '../../callbacks/group-events';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, upsertPairs } from '../group_open_http_svc/group-common';
import { requireTopicGroup } from './topic-common';

/**
 * Community with topics (10010 / 11000), a custom `TopicId` not in use (10025), an imported creator
 * if named (10004); then stores the topic with `NextMsgSeq` 1, no messages and mute-all off. A
 * generated ID is `GroupId@TOPIC#_@TOPIC#` + 12 characters.
 */
export const createTopic = defineHandler(
  endpoint,
  async (req, ctx) => {
    const g = requireTopicGroup(ctx, req.GroupId);
    if (req.TopicId !== undefined && ctx.store.groups.topicIdTaken(req.TopicId)) {
      throw new ImFailure(10025, `topic id ${req.TopicId} is already in use`);
    }
    if (req.From_Account !== undefined && !ctx.store.isImported(req.From_Account)) {
      throw new ImFailure(10004, `From_Account ${req.From_Account} does not exist`);
    }
    const operator = req.From_Account ?? ctx.caller;
    await gateTopicCreate(ctx, operator, req.TopicName); // 14-webhooks.md: may refuse (10016 / custom)
    if (req.TopicId !== undefined && ctx.store.groups.topicIdTaken(req.TopicId)) {
      throw new ImFailure(10025, `topic id ${req.TopicId} is already in use`);
    }
    const topicId = req.TopicId ?? ctx.store.groups.newTopicId(g);
    g.topics.set(topicId, {
      topicId,
      name: req.TopicName,
      faceUrl: req.FaceUrl ?? '',
      notification: req.Notification ?? '',
      introduction: req.Introduction ?? '',
      customString: req.CustomString ?? '',
      data: upsertPairs([], req.TopicDefinedData ?? []),
      createTime: ctx.nowSeconds,
      lastMsgTime: 0,
      nextMsgSeq: 1,
      muteAll: false,
      creator: req.From_Account ?? '',
      mutes: new Map(),
      messages: [],
    });
    afterTopicCreate(ctx, {
      ...{ groupId: g.groupId, topicId, operator, owner: req.From_Account ?? g.owner },
      ...{ name: req.TopicName, data: req.TopicDefinedData ?? [] },
    });
    return { TopicId: topicId };
  },
  { paramCode: groupIdParamCode },
);
