/** `sns/black_list_delete`: remove users from a blocklist (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { SNS_BATCH_MAX, failAccountSchema, snsResultItemSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the blocklist owner and at most 1,000 users to unblock. */
export const blackListDeleteRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX),
});

/** Response: one result per target; unblocking someone not blocked succeeds. */
export const blackListDeleteResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema),
  Fail_Account: failAccountSchema,
});

/** Unblock users (friendships ended by blocking are not restored). */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'black_list_delete',
  summary: 'Remove users from a blocklist',
  doc: '07-relationships.md',
  access: 'write',
  request: blackListDeleteRequestSchema,
  response: blackListDeleteResponseSchema,
  batch: [{ field: 'To_Account', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type BlackListDeleteRequest = z.infer<typeof blackListDeleteRequestSchema>;
export type BlackListDeleteResponse = z.infer<typeof blackListDeleteResponseSchema>;
