/** `million_group_open_http_svc/get_topic`: topic profiles of a community (../shared/im-api/09-topics.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  groupIdRefSchema,
  msgFlagSchema,
  oneOf,
  responseDefinedDataItemSchema,
  topicIdSchema,
} from '../../group';
import { userIdSchema } from '../../rules';

/** `TopicInfo` field names a `ResponseFilter` may name (09-topics.md, get_topic; `TopicDefinedData` from the seed's table). */
export const TOPIC_INFO_FIELDS = [
  'TopicName',
  'GroupID',
  'FaceUrl',
  'TopicId',
  'NextMsgSeq',
  'Notification',
  'Introduction',
  'CreateTime',
  'LastMsgTime',
  'ShutUpAllFlag',
  'CustomString',
  'TopicDefinedData',
] as const;

/**
 * Request: the community, the user whose per-topic `SelfInfo` is wanted (the example comments say
 * required, the table is unreadable: optional here), chosen topics (omitted = all) and fields.
 */
export const getTopicRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  From_Account: userIdSchema.optional(),
  TopicIdList: z.array(topicIdSchema).optional(),
  ResponseFilter: z.array(oneOf(TOPIC_INFO_FIELDS)).optional(),
});

/** A topic's profile; `GroupID` (capital ID) and `TopicId` always come back, the rest per the filter. */
export const topicInfoSchema = z.looseObject({
  TopicName: z.string().optional(),
  GroupID: z.string().optional(),
  FaceUrl: z.string().optional(),
  TopicId: z.string().optional(),
  NextMsgSeq: z.number().int().optional(),
  Notification: z.string().optional(),
  Introduction: z.string().optional(),
  CreateTime: z.number().int().optional(),
  LastMsgTime: z.number().int().optional(),
  ShutUpAllFlag: z.number().int().optional(),
  CustomString: z.string().optional(),
  TopicDefinedData: z.array(responseDefinedDataItemSchema).optional(),
});

/** A topic profile as returned. */
export type TopicInfo = z.infer<typeof topicInfoSchema>;

/** `From_Account`'s state in one topic: mute (0 = not muted), read seq and receive option. */
export const topicSelfInfoSchema = z.looseObject({
  ShutUpTime: z.number().int().optional(),
  MsgSeq: z.number().int().optional(),
  MsgFlag: msgFlagSchema.optional(),
});

/** Response: one element per topic with its own result code, profile and the user's state. */
export const getTopicResponseSchema = imResponse({
  TopicAndSelfInfo: z
    .array(
      z.looseObject({
        ErrorCode: z.number().int(),
        ErrorInfo: z.string().optional(),
        SelfInfo: topicSelfInfoSchema.optional(),
        TopicInfo: topicInfoSchema.optional(),
      }),
    )
    .optional(),
});

/** Get the profiles of all or chosen topics of a community, and a user's state in each. */
export const endpoint = defineEndpoint({
  service: 'million_group_open_http_svc',
  command: 'get_topic',
  summary: 'Get topic profiles',
  doc: '09-topics.md',
  access: 'read',
  request: getTopicRequestSchema,
  response: getTopicResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetTopicRequest = z.infer<typeof getTopicRequestSchema>;
export type GetTopicResponse = z.infer<typeof getTopicResponseSchema>;
