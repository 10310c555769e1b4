/** `group_open_http_svc/send_group_msg`: post an ordinary message in a group (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { msgBodySchema, offlinePushInfoSchema } from '../../elements';
import { groupIdRefSchema, oneOf, topicIdSchema } from '../../group';
import { boundedArray, flag01Schema, uint32Schema, userIdSchema } from '../../rules';

/** Most recipients of a targeted message (`To_Account`; "treat as probable" in the source). */
export const SEND_GROUP_MSG_MAX_TO_ACCOUNT = 50;

/** `MsgPriority` values (`Lowest` appears in the current docs). */
export const msgPrioritySchema = oneOf(['High', 'Normal', 'Low', 'Lowest']);

/** One @-mention: `GroupAtAllFlag` 1 = @everyone; 0 = one member, named in `GroupAt_Account`. */
export const groupAtInfoSchema = z
  .object({
    GroupAtAllFlag: flag01Schema,
    GroupAt_Account: userIdSchema.optional(),
  })
  .refine((a) => a.GroupAtAllFlag === 1 || a.GroupAt_Account !== undefined, {
    message: 'GroupAt_Account is required when GroupAtAllFlag is 0',
    path: ['GroupAt_Account'],
  });

/**
 * Request: the group, a 32-bit `Random` (de-duplication within 5 minutes) and the `MsgBody`, plus
 * optional sender, priority, offline push, webhook suppression, online-only and control flags,
 * cloud data, up to 50 targeted recipients, @-mentions, a topic and message-extension support.
 */
export const sendGroupMsgRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Random: uint32Schema,
  MsgBody: msgBodySchema,
  From_Account: userIdSchema.optional(),
  MsgPriority: msgPrioritySchema.optional(),
  OfflinePushInfo: offlinePushInfoSchema.optional(),
  ForbidCallbackControl: z
    .array(oneOf(['ForbidBeforeSendMsgCallback', 'ForbidAfterSendMsgCallback']))
    .optional(),
  OnlineOnlyFlag: flag01Schema.optional(),
  SendMsgControl: z.array(oneOf(['NoLastMsg', 'NoUnread'])).optional(),
  CloudCustomData: z.string().optional(),
  To_Account: boundedArray(userIdSchema, SEND_GROUP_MSG_MAX_TO_ACCOUNT).optional(),
  GroupAtInfo: z.array(groupAtInfoSchema).optional(),
  TopicId: topicIdSchema.optional(),
  SupportMessageExtension: flag01Schema.optional(),
});

/**
 * Response: the message's server time and seq (the handle for recall), and `MsgDropReason`
 * (`MsgFreqCtrl` = dropped by per-group flow control although the call succeeded).
 */
export const sendGroupMsgResponseSchema = imResponse({
  MsgTime: z.number().int(),
  MsgSeq: z.number().int(),
  MsgDropReason: z.string().optional(),
});

/** Post a stored group message as the admin or any existing account. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'send_group_msg',
  summary: 'Send a message in a group',
  doc: '11-groups-messages.md',
  access: 'write',
  request: sendGroupMsgRequestSchema,
  response: sendGroupMsgResponseSchema,
  batch: [{ field: 'To_Account', max: SEND_GROUP_MSG_MAX_TO_ACCOUNT }],
  rate: DEFAULT_RATE,
});

export type SendGroupMsgRequest = z.infer<typeof sendGroupMsgRequestSchema>;
export type SendGroupMsgResponse = z.infer<typeof sendGroupMsgResponseSchema>;
