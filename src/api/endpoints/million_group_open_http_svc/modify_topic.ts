/** `million_group_open_http_svc/modify_topic`: change a topic's profile or mute-all (../shared/im-api/09-topics.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { TOPIC_LIMITS, appDefinedDataSchema, groupIdRefSchema, oneOf, topicIdSchema } from '../../group';
import { bytes, userIdSchema } from '../../rules';

/**
 * Request: the community, the topic, and only the fields to change. `MuteAllMember` takes `On`/`Off`
 * (the seed comment writes `on`/`off`; both accepted). A `TopicDefinedData` item with `Value: ""` deletes its key.
 */
export const modifyTopicRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  TopicId: topicIdSchema,
  From_Account: userIdSchema.optional(),
  TopicName: bytes(TOPIC_LIMITS.topicNameBytes).optional(),
  FaceUrl: bytes(TOPIC_LIMITS.faceUrlBytes).optional(),
  Notification: bytes(TOPIC_LIMITS.notificationBytes).optional(),
  Introduction: bytes(TOPIC_LIMITS.introductionBytes).optional(),
  CustomString: bytes(TOPIC_LIMITS.customStringBytes).optional(),
  MuteAllMember: oneOf(['On', 'Off', 'on', 'off']).optional(),
  TopicDefinedData: appDefinedDataSchema.optional(),
});

/** Response: the envelope only. */
export const modifyTopicResponseSchema = imResponse({});

/** Change a topic's name, avatar, notice, introduction, custom string or data, or switch mute-all. */
export const endpoint = defineEndpoint({
  service: 'million_group_open_http_svc',
  command: 'modify_topic',
  summary: 'Modify a topic',
  doc: '09-topics.md',
  access: 'write',
  request: modifyTopicRequestSchema,
  response: modifyTopicResponseSchema,
  rate: DEFAULT_RATE,
});

export type ModifyTopicRequest = z.infer<typeof modifyTopicRequestSchema>;
export type ModifyTopicResponse = z.infer<typeof modifyTopicResponseSchema>;
