/** `sns/friend_update`: change remarks, friend lists and custom fields of friends (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { failAccountSchema, snsItemSchema, snsResultItemSchema } from '../../friend';
import { userIdSchema } from '../../rules';

/**
 * Request: the owner and, per friend, the fields to change. Only `Tag_SNS_IM_Remark`,
 * `Tag_SNS_IM_Group` (replaces all memberships) and `Tag_SNS_Custom_*` may change. No per-call cap is documented.
 */
export const friendUpdateRequestSchema = z.object({
  From_Account: userIdSchema,
  UpdateItem: z
    .array(
      z.object({
        To_Account: userIdSchema,
        SnsItem: z.array(snsItemSchema).min(1, { message: 'must list at least one item' }),
      }),
    )
    .min(1, { message: 'must list at least one item' }),
});

/** Response: one result per updated friend; `Fail_Account` only when some failed. */
export const friendUpdateResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema),
  Fail_Account: failAccountSchema,
});

/** Update the owner's side of several friendships in one call. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_update',
  summary: 'Update friend data',
  doc: '07-relationships.md',
  access: 'write',
  request: friendUpdateRequestSchema,
  response: friendUpdateResponseSchema,
  rate: DEFAULT_RATE,
});

export type FriendUpdateRequest = z.infer<typeof friendUpdateRequestSchema>;
export type FriendUpdateResponse = z.infer<typeof friendUpdateResponseSchema>;
