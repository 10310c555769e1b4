/** `million_group_open_http_svc/destroy_topic`: delete topics for good (../shared/im-api/09-topics.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, topicIdSchema } from '../../group';

/** Request: the community and one or more topic IDs (no maximum is documented). */
export const destroyTopicRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  TopicIdList: z.array(topicIdSchema).min(1, { message: 'must list at least one item' }),
});

/** Response: one result per requested topic, in order; the outer code stays 0 when some fail. */
export const destroyTopicResponseSchema = imResponse({
  DestroyResultItem: z
    .array(
      z.looseObject({ TopicId: z.string(), ErrorCode: z.number().int(), ErrorInfo: z.string().optional() }),
    )
    .optional(),
});

/** Delete one or more topics of a community, with their messages (irreversible). */
export const endpoint = defineEndpoint({
  service: 'million_group_open_http_svc',
  command: 'destroy_topic',
  summary: 'Delete topics',
  doc: '09-topics.md',
  access: 'dangerous',
  request: destroyTopicRequestSchema,
  response: destroyTopicResponseSchema,
  rate: DEFAULT_RATE,
});

export type DestroyTopicRequest = z.infer<typeof destroyTopicRequestSchema>;
export type DestroyTopicResponse = z.infer<typeof destroyTopicResponseSchema>;
