/** `openim/get_c2c_unread_msg_num`: a user's C2C unread counts (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { boundedArray, userIdSchema } from '../../rules';

/** Most peers per call. */
export const UNREAD_PEERS_MAX = 10;

/** Request: the user, and optionally up to 10 peers (omit for the total only). */
export const getC2cUnreadMsgNumRequestSchema = z.object({
  To_Account: userIdSchema,
  Peer_Account: boundedArray(userIdSchema, UNREAD_PEERS_MAX).optional(),
});

/** Response: `AllC2CUnreadMsgNum` without peers; `C2CUnreadMsgNumList` (and `ErrorList` for unknown peers) with them. */
export const getC2cUnreadMsgNumResponseSchema = imResponse({
  AllC2CUnreadMsgNum: z.number().int().optional(),
  C2CUnreadMsgNumList: z
    .array(z.looseObject({ Peer_Account: z.string(), C2CUnreadMsgNum: z.number().int() }))
    .optional(),
  ErrorList: z.array(z.looseObject({ Peer_Account: z.string(), ErrorCode: z.number().int() })).optional(),
});

/** Read a user's total or per-conversation C2C unread count. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'get_c2c_unread_msg_num',
  summary: 'Query one-to-one unread counts',
  doc: '03-c2c-messages.md',
  access: 'read',
  request: getC2cUnreadMsgNumRequestSchema,
  response: getC2cUnreadMsgNumResponseSchema,
  batch: [{ field: 'Peer_Account', max: UNREAD_PEERS_MAX }],
  rate: DEFAULT_RATE,
});

export type GetC2cUnreadMsgNumRequest = z.infer<typeof getC2cUnreadMsgNumRequestSchema>;
export type GetC2cUnreadMsgNumResponse = z.infer<typeof getC2cUnreadMsgNumResponseSchema>;
