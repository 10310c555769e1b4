/** `all_member_push/im_remove_tag`: remove some push tags from users (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { PUSH_ACCOUNTS_MAX, pushErrorListSchema, tagSchema } from '../../push';
import { userIdSchema, boundedArray } from '../../rules';

/** Request: up to 100 users, each with the tags (≤ 50 bytes) to remove; no per-user cap is documented. */
export const imRemoveTagRequestSchema = z.object({
  UserTags: boundedArray(
    z.object({
      To_Account: userIdSchema,
      Tags: z.array(tagSchema).min(1, { message: 'must list at least one item' }),
    }),
    PUSH_ACCOUNTS_MAX,
  ),
});

/** Response: the envelope, plus failed accounts in `ErrorList` (newer). */
export const imRemoveTagResponseSchema = imResponse({ ErrorList: pushErrorListSchema });

/** Remove specific tags from up to 100 users. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_remove_tag',
  summary: 'Remove push tags from users',
  doc: '06-push.md',
  access: 'write',
  request: imRemoveTagRequestSchema,
  response: imRemoveTagResponseSchema,
  batch: [{ field: 'UserTags', max: PUSH_ACCOUNTS_MAX }],
  rate: { perSecond: 100 },
});

export type ImRemoveTagRequest = z.infer<typeof imRemoveTagRequestSchema>;
export type ImRemoveTagResponse = z.infer<typeof imRemoveTagResponseSchema>;
