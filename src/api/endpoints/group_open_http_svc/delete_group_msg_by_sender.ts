/**
 * `group_open_http_svc/delete_group_msg_by_sender`: silently recall one sender's messages among
 * the group's latest 1,000 (../shared/im-api/11-groups-messages.md).
 */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema, topicIdSchema } from '../../group';
import { userIdSchema } from '../../rules';

/** Request: the group, the sender and an optional topic. */
export const deleteGroupMsgBySenderRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Sender_Account: userIdSchema,
  TopicId: topicIdSchema.optional(),
});

/** Response: the envelope only (success even when nothing matched). */
export const deleteGroupMsgBySenderResponseSchema = imResponse({});

/** Mark every message of one sender among the group's latest 1,000 as recalled, without notifying clients. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'delete_group_msg_by_sender',
  summary: "Recall one sender's recent group messages",
  doc: '11-groups-messages.md',
  access: 'dangerous',
  request: deleteGroupMsgBySenderRequestSchema,
  response: deleteGroupMsgBySenderResponseSchema,
  rate: DEFAULT_RATE,
});

export type DeleteGroupMsgBySenderRequest = z.infer<typeof deleteGroupMsgBySenderRequestSchema>;
export type DeleteGroupMsgBySenderResponse = z.infer<typeof deleteGroupMsgBySenderResponseSchema>;
