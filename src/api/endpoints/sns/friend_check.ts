/** `sns/friend_check`: check friendship relations (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { SNS_BATCH_MAX, checkTypeSchema, failAccountSchema, friendRelationSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the owner, at most 1,000 accounts to check, and the required `CheckType`. */
export const friendCheckRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX),
  CheckType: checkTypeSchema,
});

/** Response: one relation per account, in request order; a failed item still carries a `Relation`. */
export const friendCheckResponseSchema = imResponse({
  InfoItem: z.array(
    z.looseObject({
      To_Account: z.string(),
      Relation: friendRelationSchema,
      ResultCode: z.number().int(),
      ResultInfo: z.string().optional(),
    }),
  ),
  Fail_Account: failAccountSchema,
});

/** Report how each account relates to the owner as a friend. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_check',
  summary: 'Check friendship',
  doc: '07-relationships.md',
  access: 'read',
  request: friendCheckRequestSchema,
  response: friendCheckResponseSchema,
  batch: [{ field: 'To_Account', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type FriendCheckRequest = z.infer<typeof friendCheckRequestSchema>;
export type FriendCheckResponse = z.infer<typeof friendCheckResponseSchema>;
