/** `openim/sendmsg`: send a one-to-one message to one user (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import {
  forbidCallbackControlSchema,
  msgLifeTimeSchema,
  sendMsgControlSchema,
  syncOtherMachineSchema,
} from '../../c2c';
import { msgBodySchema, offlinePushInfoSchema } from '../../elements';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { flag01Schema, uint32Schema, userIdSchema } from '../../rules';

/** Request: recipient, `MsgRandom` and `MsgBody` are required; the sender defaults to the admin. */
export const sendmsgRequestSchema = z.object({
  SyncOtherMachine: syncOtherMachineSchema.optional(),
  /** Sender to impersonate; omitted = the admin `identifier`. */
  From_Account: userIdSchema.optional(),
  To_Account: userIdSchema,
  MsgLifeTime: msgLifeTimeSchema.optional(),
  /** Caller-chosen sequence for dedupe and same-second ordering; random when absent. */
  MsgSeq: uint32Schema.optional(),
  MsgRandom: uint32Schema,
  ForbidCallbackControl: forbidCallbackControlSchema.optional(),
  SendMsgControl: sendMsgControlSchema.optional(),
  MsgBody: msgBodySchema,
  CloudCustomData: z.string().optional(),
  OfflinePushInfo: offlinePushInfoSchema.optional(),
  IsNeedReadReceipt: flag01Schema.optional(),
  /** Newer, optional: 1 = the message may carry extension KVs. */
  SupportMessageExtension: flag01Schema.optional(),
});

/** Response: the server time and the `MsgKey` needed to recall or modify the message. */
export const sendmsgResponseSchema = imResponse({
  MsgTime: z.number().int(),
  MsgKey: z.string(),
});

/** Send a C2C message as the admin or as any account; no friendship, blocklist or mute checks. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'sendmsg',
  summary: 'Send a one-to-one message',
  doc: '03-c2c-messages.md',
  access: 'write',
  request: sendmsgRequestSchema,
  response: sendmsgResponseSchema,
  rate: DEFAULT_RATE,
});

export type SendmsgRequest = z.infer<typeof sendmsgRequestSchema>;
export type SendmsgResponse = z.infer<typeof sendmsgResponseSchema>;
