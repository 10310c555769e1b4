/** `million_group_open_http_svc/create_topic`: create a topic in a community (../shared/im-api/09-topics.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  TOPIC_LIMITS,
  TOPIC_ID_SEPARATOR,
  appDefinedDataSchema,
  groupIdRefSchema,
  topicBelongsTo,
  topicIdSchema,
} from '../../group';
import { bytes, nonEmptyBytes, userIdSchema } from '../../rules';

/**
 * Request: the community, the topic name (≤ 30 bytes), and optionally a custom ID (which must be
 * `GroupId + "@TOPIC#_" + custom part`), the creator (a UserID string, though the seed types it as
 * an integer), custom string, avatar, notice, introduction and custom data.
 */
export const createTopicRequestSchema = z
  .object({
    GroupId: groupIdRefSchema,
    TopicId: topicIdSchema.optional(),
    TopicName: nonEmptyBytes(TOPIC_LIMITS.topicNameBytes),
    From_Account: userIdSchema.optional(),
    CustomString: bytes(TOPIC_LIMITS.customStringBytes).optional(),
    FaceUrl: bytes(TOPIC_LIMITS.faceUrlBytes).optional(),
    Notification: bytes(TOPIC_LIMITS.notificationBytes).optional(),
    Introduction: bytes(TOPIC_LIMITS.introductionBytes).optional(),
    TopicDefinedData: appDefinedDataSchema.optional(),
  })
  .refine(
    // A malformed TopicId is already reported by its own schema; this checks the community part.
    (b) =>
      b.TopicId === undefined ||
      !topicIdSchema.safeParse(b.TopicId).success ||
      topicBelongsTo(b.TopicId, b.GroupId),
    {
      message: `must start with the GroupId followed by ${TOPIC_ID_SEPARATOR}`,
      path: ['TopicId'],
    },
  );

/** Response: the new topic's ID (custom or generated). */
export const createTopicResponseSchema = imResponse({
  TopicId: z.string(),
});

/** Create a topic inside a topic-enabled community. */
export const endpoint = defineEndpoint({
  service: 'million_group_open_http_svc',
  command: 'create_topic',
  summary: 'Create a topic',
  doc: '09-topics.md',
  access: 'write',
  request: createTopicRequestSchema,
  response: createTopicResponseSchema,
  rate: DEFAULT_RATE,
});

export type CreateTopicRequest = z.infer<typeof createTopicRequestSchema>;
export type CreateTopicResponse = z.infer<typeof createTopicResponseSchema>;
