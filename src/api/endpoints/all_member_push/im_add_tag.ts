/** `all_member_push/im_add_tag`: add push tags to users (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { PUSH_ACCOUNTS_MAX, TAGS_PER_ADD_MAX, pushErrorListSchema, tagSchema } from '../../push';
import { boundedArray, flag01Schema, userIdSchema } from '../../rules';

/**
 * Request: up to 100 users (90018), each with up to 10 tags (90032) of ≤ 50 bytes (90020).
 * `Replace` (1 = replace all tags) is a newer timpush-only addition.
 */
export const imAddTagRequestSchema = z.object({
  UserTags: boundedArray(
    z.object({ To_Account: userIdSchema, Tags: boundedArray(tagSchema, TAGS_PER_ADD_MAX) }),
    PUSH_ACCOUNTS_MAX,
  ),
  Replace: flag01Schema.optional(),
});

/** Response: the envelope, plus failed accounts in `ErrorList` (newer). */
export const imAddTagResponseSchema = imResponse({ ErrorList: pushErrorListSchema });

/** Add tags to up to 100 users (a user holds at most 100 tags). */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_add_tag',
  summary: 'Add push tags to users',
  doc: '06-push.md',
  access: 'write',
  request: imAddTagRequestSchema,
  response: imAddTagResponseSchema,
  batch: [
    { field: 'UserTags', max: PUSH_ACCOUNTS_MAX },
    { field: 'UserTags.Tags', max: TAGS_PER_ADD_MAX },
  ],
  rate: { perSecond: 100 },
});

export type ImAddTagRequest = z.infer<typeof imAddTagRequestSchema>;
export type ImAddTagResponse = z.infer<typeof imAddTagResponseSchema>;
