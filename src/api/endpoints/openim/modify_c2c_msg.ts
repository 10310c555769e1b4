/** `openim/modify_c2c_msg`: overwrite the body and/or custom data of a stored C2C message (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { msgKeySchema } from '../../c2c';
import { msgBodySchema } from '../../elements';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { userIdSchema } from '../../rules';

/** Request: the message (sender, recipient, key) and the fields to replace; neither present is a no-op. */
export const modifyC2cMsgRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: userIdSchema,
  MsgKey: msgKeySchema,
  /** Replaces the stored body entirely. */
  MsgBody: msgBodySchema.optional(),
  CloudCustomData: z.string().optional(),
});

/** Response: the envelope only. */
export const modifyC2cMsgResponseSchema = imResponse({});

/** Edit or redact a stored C2C message; the previous content is not kept. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'modify_c2c_msg',
  summary: 'Modify a historical one-to-one message',
  doc: '03-c2c-messages.md',
  access: 'write',
  request: modifyC2cMsgRequestSchema,
  response: modifyC2cMsgResponseSchema,
  rate: DEFAULT_RATE,
});

export type ModifyC2cMsgRequest = z.infer<typeof modifyC2cMsgRequestSchema>;
export type ModifyC2cMsgResponse = z.infer<typeof modifyC2cMsgResponseSchema>;
