/** `openim/admin_msgwithdraw`: recall a C2C message (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { msgKeySchema } from '../../c2c';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { userIdSchema } from '../../rules';

/** Request: the message's sender, recipient and `MsgKey`. */
export const adminMsgwithdrawRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: userIdSchema,
  MsgKey: msgKeySchema,
});

/** Response: the envelope only (20022 not found, 20023 already recalled). */
export const adminMsgwithdrawResponseSchema = imResponse({});

/** Recall any C2C message still within the roaming period; cannot be undone. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'admin_msgwithdraw',
  summary: 'Recall a one-to-one message',
  doc: '03-c2c-messages.md',
  access: 'write',
  request: adminMsgwithdrawRequestSchema,
  response: adminMsgwithdrawResponseSchema,
  rate: DEFAULT_RATE,
});

export type AdminMsgwithdrawRequest = z.infer<typeof adminMsgwithdrawRequestSchema>;
export type AdminMsgwithdrawResponse = z.infer<typeof adminMsgwithdrawResponseSchema>;
