/** `openim/batchsendmsg`: send one C2C message to up to 500 users (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import {
  msgLifeTimeSchema,
  sendMsgControlSchema,
  syncOtherMachineSchema,
  toAccountErrorSchema,
} from '../../c2c';
import { msgBodySchema, offlinePushInfoSchema } from '../../elements';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, flag01Schema, uint32Schema, userIdSchema } from '../../rules';

/** Most recipients per call (more → 90011). */
export const BATCHSENDMSG_MAX = 500;

/** Request: 1–500 recipients, `MsgRandom` and `MsgBody`; the sender defaults to the admin. */
export const batchsendmsgRequestSchema = z.object({
  SyncOtherMachine: syncOtherMachineSchema.optional(),
  From_Account: userIdSchema.optional(),
  To_Account: boundedArray(userIdSchema, BATCHSENDMSG_MAX),
  MsgSeq: uint32Schema.optional(),
  MsgRandom: uint32Schema,
  MsgBody: msgBodySchema,
  MsgLifeTime: msgLifeTimeSchema.optional(),
  /** Newer Chinese page: 1 = online recipients only, no unread and no history. */
  OnlineOnlyFlag: flag01Schema.optional(),
  CloudCustomData: z.string().optional(),
  SendMsgControl: sendMsgControlSchema.optional(),
  OfflinePushInfo: offlinePushInfoSchema.optional(),
  IsNeedReadReceipt: flag01Schema.optional(),
});

/** Response: one `MsgKey` for the whole batch; failed recipients in `ErrorList` (treat non-empty as partial failure). */
export const batchsendmsgResponseSchema = imResponse({
  MsgKey: z.string(),
  ErrorList: z.array(toAccountErrorSchema).optional(),
});

/** Broadcast the same C2C message to many users; triggers no webhooks. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'batchsendmsg',
  summary: 'Send one message to many users',
  doc: '03-c2c-messages.md',
  access: 'write',
  request: batchsendmsgRequestSchema,
  response: batchsendmsgResponseSchema,
  batch: [{ field: 'To_Account', max: BATCHSENDMSG_MAX }],
  // Newer docs add 12,000 messages per minute counted per recipient (03, batchsendmsg limits).
  rate: DEFAULT_RATE,
});

export type BatchsendmsgRequest = z.infer<typeof batchsendmsgRequestSchema>;
export type BatchsendmsgResponse = z.infer<typeof batchsendmsgResponseSchema>;
