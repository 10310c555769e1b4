/** `group_open_http_svc/set_unread_msg_num`: override a member's unread count (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema } from '../../group';
import { uint32Schema, userIdSchema } from '../../rules';

/** Request: the group, the member and the new count (≥ 0; the service clamps it to the group's message count). */
export const setUnreadMsgNumRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  Member_Account: userIdSchema,
  UnreadMsgNum: uint32Schema,
});

/** Response: the envelope only. */
export const setUnreadMsgNumResponseSchema = imResponse({});

/** Set one member's unread counter for a group (migration only; no effect on Meeting/AVChatRoom). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'set_unread_msg_num',
  summary: "Set a member's unread count (migration)",
  doc: '11-groups-messages.md',
  access: 'dangerous',
  request: setUnreadMsgNumRequestSchema,
  response: setUnreadMsgNumResponseSchema,
  rate: DEFAULT_RATE,
});

export type SetUnreadMsgNumRequest = z.infer<typeof setUnreadMsgNumRequestSchema>;
export type SetUnreadMsgNumResponse = z.infer<typeof setUnreadMsgNumResponseSchema>;
