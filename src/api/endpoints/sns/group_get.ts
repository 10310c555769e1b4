/** `sns/group_get`: list a user's friend lists (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { MAX_FRIEND_LISTS, friendListNameSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/**
 * Request: the owner, `NeedFriend` to also get member UserIDs, and optionally the lists to return.
 * Older English docs required `LastSequence`; it is accepted and ignored.
 */
export const groupGetRequestSchema = z.object({
  From_Account: userIdSchema,
  NeedFriend: z
    .literal('Need_Friend_Type_Yes', { message: 'must be Need_Friend_Type_Yes (or be omitted)' })
    .optional(),
  GroupName: boundedArray(friendListNameSchema, MAX_FRIEND_LISTS).optional(),
  LastSequence: z.number().int().min(0).optional(),
});

/** Response: one entry per list with its member count (and members when asked), plus the list sequence. */
export const groupGetResponseSchema = imResponse({
  ResultItem: z
    .array(
      z.looseObject({
        GroupName: z.string(),
        FriendNumber: z.number().int(),
        To_Account: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  CurrentSequence: z.number().int(),
});

/** List a user's friend lists with member counts. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'group_get',
  summary: 'Get friend lists',
  doc: '07-relationships.md',
  access: 'read',
  request: groupGetRequestSchema,
  response: groupGetResponseSchema,
  rate: DEFAULT_RATE,
});

export type GroupGetRequest = z.infer<typeof groupGetRequestSchema>;
export type GroupGetResponse = z.infer<typeof groupGetResponseSchema>;
