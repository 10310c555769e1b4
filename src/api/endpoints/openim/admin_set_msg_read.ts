/** `openim/admin_set_msg_read`: mark a C2C conversation read for one user (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { unixSecondsSchema, userIdSchema } from '../../rules';

/** `MsgReadTime`: Unix seconds, a String in the seed/English page and an Integer on the newest page; both accepted. */
export const msgReadTimeSchema = z.union([z.string().regex(/^\d+$/), unixSecondsSchema], {
  message: 'must be a Unix time in seconds (number or string of digits)',
});

/** Request: the reader and the peer; messages before `MsgReadTime` (default now) become read. */
export const adminSetMsgReadRequestSchema = z.object({
  Report_Account: userIdSchema,
  Peer_Account: userIdSchema,
  MsgReadTime: msgReadTimeSchema.optional(),
});

/** Response: the envelope only. */
export const adminSetMsgReadResponseSchema = imResponse({});

/** Clear the unread count of one C2C conversation for one user. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'admin_set_msg_read',
  summary: 'Mark one-to-one messages as read',
  doc: '03-c2c-messages.md',
  access: 'write',
  request: adminSetMsgReadRequestSchema,
  response: adminSetMsgReadResponseSchema,
  rate: DEFAULT_RATE,
});

export type AdminSetMsgReadRequest = z.infer<typeof adminSetMsgReadRequestSchema>;
export type AdminSetMsgReadResponse = z.infer<typeof adminSetMsgReadResponseSchema>;
