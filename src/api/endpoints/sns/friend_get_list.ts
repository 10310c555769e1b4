/** `sns/friend_get_list`: get chosen friends with friend and profile fields (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { SNS_BATCH_MAX, failAccountSchema, friendGetListTagSchema, tagValueSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/**
 * Request: the owner, the friends (hard cap 1,000 like every `To_Account`; the docs recommend
 * ≤ 100, `FRIEND_GET_LIST_RECOMMENDED`, because a large answer may fail) and the fields to return.
 */
export const friendGetListRequestSchema = z.object({
  From_Account: userIdSchema,
  To_Account: boundedArray(userIdSchema, SNS_BATCH_MAX),
  TagList: z.array(friendGetListTagSchema).min(1, { message: 'must list at least one item' }),
});

/** Response: per friend, the requested fields that have values; non-friends fail per item (30001). */
export const friendGetListResponseSchema = imResponse({
  InfoItem: z.array(
    z.looseObject({
      To_Account: z.string(),
      SnsProfileItem: z.array(tagValueSchema).optional(),
      ResultCode: z.number().int(),
      ResultInfo: z.string().optional(),
    }),
  ),
  Fail_Account: failAccountSchema,
});

/** Read chosen friends' friend fields together with their profile fields. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_get_list',
  summary: 'Get specific friends with profile data',
  doc: '07-relationships.md',
  access: 'read',
  request: friendGetListRequestSchema,
  response: friendGetListResponseSchema,
  batch: [{ field: 'To_Account', max: SNS_BATCH_MAX }],
  rate: DEFAULT_RATE,
});

export type FriendGetListRequest = z.infer<typeof friendGetListRequestSchema>;
export type FriendGetListResponse = z.infer<typeof friendGetListResponseSchema>;
