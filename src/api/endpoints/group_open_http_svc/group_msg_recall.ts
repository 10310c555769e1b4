/** `group_open_http_svc/group_msg_recall`: recall group messages by seq (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, topicIdSchema } from '../../group';
import { boundedArray, uint32Schema } from '../../rules';

/** Most seqs one call may recall. */
export const GROUP_MSG_RECALL_MAX = 10;

/** Request: the group, 1–10 `{MsgSeq}` objects, an optional topic and (current docs) a reason. */
export const groupMsgRecallRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  MsgSeqList: boundedArray(z.object({ MsgSeq: uint32Schema }), GROUP_MSG_RECALL_MAX),
  TopicId: topicIdSchema.optional(),
  Reason: z.string().optional(),
});

/** Response: one `RetCode` per seq (0 recalled; e.g. 10030 no such message); the top-level code stays 0. */
export const groupMsgRecallResponseSchema = imResponse({
  RecallRetList: z.array(z.looseObject({ MsgSeq: z.number().int(), RetCode: z.number().int() })).optional(),
});

/** Recall group messages by seq, from every client and from roaming history (irreversible). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'group_msg_recall',
  summary: 'Recall group messages',
  doc: '11-groups-messages.md',
  access: 'write',
  request: groupMsgRecallRequestSchema,
  response: groupMsgRecallResponseSchema,
  batch: [{ field: 'MsgSeqList', max: GROUP_MSG_RECALL_MAX }],
  rate: DEFAULT_RATE,
});

export type GroupMsgRecallRequest = z.infer<typeof groupMsgRecallRequestSchema>;
export type GroupMsgRecallResponse = z.infer<typeof groupMsgRecallResponseSchema>;
