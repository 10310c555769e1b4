/** `million_group_open_http_svc/destroy_topic`: delete topics (../shared/im-api/09-topics.md). */
import { endpoint } from '../../../api/endpoints/million_group_open_http_svc/destroy_topic';
import { afterTopicsDestroyed } from '../../callbacks/group-events';
import { defineHandler } from '../../handler';
import { groupIdParamCode } from '../group_open_http_svc/group-common';
import { TOPIC_NOT_FOUND_CODE, requireTopicGroup } from './topic-common';

/**
 * Deletes each listed topic of this community with its mutes and messages (the daily statistics
 * keep what days not yet published need of them); one result per ID in
 * request order (`"ok"`), an unknown or foreign topic gets 110002 while the call stays OK.
 */
export const destroyTopic = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireTopicGroup(ctx, req.GroupId);
    const DestroyResultItem = req.TopicIdList.map((TopicId) => {
      const topic = g.topics.get(TopicId);
      if (!topic) return { ErrorCode: TOPIC_NOT_FOUND_CODE, ErrorInfo: 'topic not exist', TopicId };
      ctx.store.stats.keepGroupMessages(g, topic.messages, ctx.nowSeconds);
      g.topics.delete(TopicId);
      return { ErrorCode: 0, ErrorInfo: 'ok', TopicId };
    });
    const gone = DestroyResultItem.filter((r) => r.ErrorCode === 0).map((r) => r.TopicId);
    afterTopicsDestroyed(ctx, g.groupId, gone);
    return { DestroyResultItem };
  },
  { paramCode: groupIdParamCode },
);
