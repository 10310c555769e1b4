/** `sns/friend_delete`: delete specific friends (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { SNS_BATCH_MAX, deleteTypeSchema, failAccountSchema, snsResultItemSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the owner, at most 1,000 friends to remove, and `DeleteType` (default one-way). */
export const friendDeleteRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX),
  DeleteType: deleteTypeSchema.optional(),
});

/**
 * Response: one result per account (31704 = not a friend). The doc's table has no `Fail_Account`,
 * but the emulator adds it like the sibling calls; a success may carry `ErrorInfo: "0"`.
 */
export const friendDeleteResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema),
  Fail_Account: failAccountSchema,
});

/** Remove friends from a user's list, one-way or in both directions. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_delete',
  summary: 'Delete friends',
  doc: '07-relationships.md',
  access: 'write',
  request: friendDeleteRequestSchema,
  response: friendDeleteResponseSchema,
  batch: [{ field: 'To_Account', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type FriendDeleteRequest = z.infer<typeof friendDeleteRequestSchema>;
export type FriendDeleteResponse = z.infer<typeof friendDeleteResponseSchema>;
