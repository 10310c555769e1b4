/** `group_open_http_svc/group_msg_get_simple`: pull group roaming history by seq (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { responseMsgBodySchema } from '../../elements';
import { groupIdRefSchema, topicIdSchema } from '../../group';
import { flag01Schema, uint32Schema } from '../../rules';

/** Most messages one answer carries; asking for more makes `IsFinished` 0. */
export const GROUP_MSG_PAGE_MAX = 20;

/**
 * Request: the group, how many messages (one answer carries at most 20; larger asks are accepted
 * and answered partially), an optional upper seq bound, recalled placeholders and topic.
 */
export const groupMsgGetSimpleRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  ReqMsgNumber: uint32Schema,
  ReqMsgSeq: uint32Schema.optional(),
  WithRecalledMsg: flag01Schema.optional(),
  TopicId: topicIdSchema.optional(),
});

/** `IsPlaceMsg`: 0 normal, 1 placeholder for a deleted or expired message, 2 recalled. */
export const isPlaceMsgSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);

/** `MsgPriority` in history: 1 High, 2 Normal, 3 Low, 4 Lowest. */
export const historyMsgPriorityLabels = { 1: 'High', 2: 'Normal', 3: 'Low', 4: 'Lowest' } as const;

/** One message of group history; elements of unknown kinds are kept (loose body). */
export const groupHistoryMsgSchema = z.looseObject({
  From_Account: z.string().optional(),
  IsPlaceMsg: isPlaceMsgSchema.optional(),
  MsgBody: responseMsgBodySchema.optional(),
  MsgPriority: z.number().int().optional(),
  MsgRandom: z.number().int().optional(),
  MsgSeq: z.number().int(),
  MsgTimeStamp: z.number().int().optional(),
  CloudCustomData: z.string().optional(),
});

/** A message in group history. */
export type GroupHistoryMsg = z.infer<typeof groupHistoryMsgSchema>;

/**
 * Response: the group, whether the requested seq window came back whole (`IsFinished` 1; 0 = cut;
 * 2 = cut and all deleted) and the messages, highest seq first. Next page: `ReqMsgSeq` = smallest seq − 1.
 */
export const groupMsgGetSimpleResponseSchema = imResponse({
  GroupId: z.string().optional(),
  IsFinished: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  RspMsgList: z.array(groupHistoryMsgSchema).optional(),
});

/** Read stored group messages, newest first, in pages addressed by seq (not for AVChatRoom). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'group_msg_get_simple',
  summary: 'Pull group message history',
  doc: '11-groups-messages.md',
  access: 'read',
  request: groupMsgGetSimpleRequestSchema,
  response: groupMsgGetSimpleResponseSchema,
  rate: DEFAULT_RATE,
});

export type GroupMsgGetSimpleRequest = z.infer<typeof groupMsgGetSimpleRequestSchema>;
export type GroupMsgGetSimpleResponse = z.infer<typeof groupMsgGetSimpleResponseSchema>;
