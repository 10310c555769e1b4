/** `sns/group_add`: create friend lists (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  MAX_FRIEND_LISTS,
  SNS_BATCH_MAX,
  failAccountSchema,
  friendListNameSchema,
  snsResultItemSchema,
} from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/**
 * Request: the owner, the new list names (≤ 30 bytes each; at most 32, since a user can never have
 * more) and optionally existing friends to put into every new list (≤ 1,000 like every `To_Account`).
 */
export const groupAddRequestSchema = z.object({
  From_Account: userIdSchema,
  GroupName: boundedArray(friendListNameSchema, MAX_FRIEND_LISTS),
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX).optional(),
});

/** Response: the new list sequence, and per-friend results when `To_Account` was given (32216 = not a friend). */
export const groupAddResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema).optional(),
  Fail_Account: failAccountSchema,
  CurrentSequence: z.number().int(),
});

/** Create friend lists for a user, optionally filling them with existing friends. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'group_add',
  summary: 'Create friend lists',
  doc: '07-relationships.md',
  access: 'write',
  request: groupAddRequestSchema,
  response: groupAddResponseSchema,
  batch: [
    { field: 'GroupName', max: MAX_FRIEND_LISTS },
    { field: 'To_Account', max: SNS_BATCH_MAX },
  ],
  rate: DEFAULT_RATE,
});

export type GroupAddRequest = z.infer<typeof groupAddRequestSchema>;
export type GroupAddResponse = z.infer<typeof groupAddResponseSchema>;
