/** `all_member_push/im_remove_all_tags`: clear every push tag of users (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { PUSH_ACCOUNTS_MAX, pushErrorListSchema } from '../../push';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: up to 100 UserIDs (90018). */
export const imRemoveAllTagsRequestSchema = z.object({
  To_Account: boundedArray(userIdSchema, PUSH_ACCOUNTS_MAX),
});

/** Response: the envelope, plus failed accounts in `ErrorList` (e.g. 70107). */
export const imRemoveAllTagsResponseSchema = imResponse({ ErrorList: pushErrorListSchema });

/** Clear every tag of up to 100 users. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_remove_all_tags',
  summary: 'Remove all push tags of users',
  doc: '06-push.md',
  access: 'dangerous',
  request: imRemoveAllTagsRequestSchema,
  response: imRemoveAllTagsResponseSchema,
  batch: [{ field: 'To_Account', max: PUSH_ACCOUNTS_MAX }],
  rate: { perSecond: 100 },
});

export type ImRemoveAllTagsRequest = z.infer<typeof imRemoveAllTagsRequestSchema>;
export type ImRemoveAllTagsResponse = z.infer<typeof imRemoveAllTagsResponseSchema>;
