/** `million_group_open_http_svc/destroy_topic`: delete topics (../shared/im-api/09-topics.md). */
import { endpoint } from '../../../api/endpoints/million_group_open_http_svc/destroy_topic';
import { defineHandler } from '../../handler';
import { groupIdParamCode } from '../group_open_http_svc/group-common';
import { TOPIC_NOT_FOUND_CODE, requireTopicGroup } from './topic-common';

/**
 * Deletes each listed topic of this community with its mutes and messages; one result per ID in
 * request order (`"ok"`), an unknown or foreign topic gets 110002 while the call stays OK.
 */
export const destroyTopic = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireTopicGroup(ctx, req.GroupId);
    return {
      DestroyResultItem: req.TopicIdList.map((TopicId) =>
        g.topics.delete(TopicId)
          ? { ErrorCode: 0, ErrorInfo: 'ok', TopicId }
          : { ErrorCode: TOPIC_NOT_FOUND_CODE, ErrorInfo: 'topic not exist', TopicId },
      ),
    };
  },
  { paramCode: groupIdParamCode },
);
