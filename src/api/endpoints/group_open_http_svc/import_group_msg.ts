/** `group_open_http_svc/import_group_msg`: write historical group messages (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { msgBodySchema } from '../../elements';
import { groupIdRefSchema, topicIdSchema } from '../../group';
import { boundedArray, flag01Schema, uint32Schema, unixSecondsSchema, userIdSchema } from '../../rules';

/** Most messages one call may import (current docs; the seed's count is illegible). */
export const IMPORT_GROUP_MSG_MAX = 7;

/** One message to import: sender, original send time, optional random and the body. */
export const importGroupMsgItemSchema = z.object({
  From_Account: userIdSchema,
  SendTime: unixSecondsSchema,
  Random: uint32Schema.optional(),
  MsgBody: msgBodySchema,
});

/**
 * Request: the group, 1–7 messages oldest first, an optional recent-contact flag and topic.
 * Time ordering is judged per message by the service (a bad `SendTime` fails only that message).
 */
export const importGroupMsgRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  RecentContactFlag: flag01Schema.optional(),
  MsgList: boundedArray(importGroupMsgItemSchema, IMPORT_GROUP_MSG_MAX),
  TopicId: topicIdSchema.optional(),
});

/** Response: per message, in order, its seq, time and `Result` (0 imported, 10004 bad time, 80002 too long). */
export const importGroupMsgResponseSchema = imResponse({
  ImportMsgResult: z
    .array(z.looseObject({ MsgSeq: z.number().int(), MsgTime: z.number().int(), Result: z.number().int() }))
    .optional(),
});

/** Import historical messages into a group's roaming store during migration (resets unread counts). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'import_group_msg',
  summary: 'Import group messages (migration)',
  doc: '11-groups-messages.md',
  access: 'dangerous',
  request: importGroupMsgRequestSchema,
  response: importGroupMsgResponseSchema,
  batch: [{ field: 'MsgList', max: IMPORT_GROUP_MSG_MAX }],
  rate: DEFAULT_RATE,
});

export type ImportGroupMsgRequest = z.infer<typeof importGroupMsgRequestSchema>;
export type ImportGroupMsgResponse = z.infer<typeof importGroupMsgResponseSchema>;
