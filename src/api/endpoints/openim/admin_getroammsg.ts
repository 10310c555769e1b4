/** `openim/admin_getroammsg`: page through one participant's view of a C2C conversation (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { c2cMessageSchema, msgKeySchema } from '../../c2c';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { flag01Schema, uint32Schema, unixSecondsSchema, userIdSchema } from '../../rules';

/**
 * Request: whose view, the peer, a page size and an inclusive time window. The official SDK model
 * still uses the older names `From_Account`/`To_Account` for the first two, so those are accepted too.
 * To continue, set `MaxTime` to the previous `LastMsgTime` and pass `LastMsgKey`.
 */
export const adminGetroammsgRequestSchema = z
  .object({
    Operator_Account: userIdSchema.optional(),
    Peer_Account: userIdSchema.optional(),
    From_Account: userIdSchema.optional(),
    To_Account: userIdSchema.optional(),
    MaxCnt: uint32Schema,
    MinTime: unixSecondsSchema,
    MaxTime: unixSecondsSchema,
    LastMsgKey: msgKeySchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.Operator_Account === undefined && b.From_Account === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Operator_Account is required', path: ['Operator_Account'] });
    }
    if (b.Peer_Account === undefined && b.To_Account === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Peer_Account is required', path: ['Peer_Account'] });
    }
    if (b.MinTime > b.MaxTime) {
      ctx.addIssue({ code: 'custom', message: 'must not be after MaxTime', path: ['MinTime'] });
    }
  });

/**
 * Response: one page, oldest-first; `Complete` 0 means older messages remain. `LastMsgTime` and
 * `LastMsgKey` name the oldest message of the page (absent on an empty page).
 */
export const adminGetroammsgResponseSchema = imResponse({
  Complete: flag01Schema,
  MsgCnt: z.number().int(),
  LastMsgTime: z.number().int().optional(),
  LastMsgKey: z.string().optional(),
  MsgList: z.array(c2cMessageSchema),
});

/** Read stored C2C history between two users, newest page first. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'admin_getroammsg',
  summary: 'Pull one-to-one message history',
  doc: '03-c2c-messages.md',
  access: 'read',
  request: adminGetroammsgRequestSchema,
  response: adminGetroammsgResponseSchema,
  // Not stated in the seed; sibling pages use 200/s (03, admin_getroammsg limits).
  rate: DEFAULT_RATE,
});

export type AdminGetroammsgRequest = z.infer<typeof adminGetroammsgRequestSchema>;
export type AdminGetroammsgResponse = z.infer<typeof adminGetroammsgResponseSchema>;
