/** `all_member_push/im_get_tag`: read users' push tags (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { PUSH_ACCOUNTS_MAX, pushErrorListSchema } from '../../push';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: up to 100 UserIDs (90018). */
export const imGetTagRequestSchema = z.object({
  To_Account: boundedArray(userIdSchema, PUSH_ACCOUNTS_MAX),
});

/** Response: one entry per account (`Tags` is `[]` when the user has none); failed accounts in `ErrorList` (newer). */
export const imGetTagResponseSchema = imResponse({
  UserTags: z.array(z.looseObject({ To_Account: z.string(), Tags: z.array(z.string()) })),
  ErrorList: pushErrorListSchema,
});

/** Read the tags of up to 100 users. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_get_tag',
  summary: 'Get users’ push tags',
  doc: '06-push.md',
  access: 'read',
  request: imGetTagRequestSchema,
  response: imGetTagResponseSchema,
  batch: [{ field: 'To_Account', max: PUSH_ACCOUNTS_MAX }],
  rate: { perSecond: 100 },
});

export type ImGetTagRequest = z.infer<typeof imGetTagRequestSchema>;
export type ImGetTagResponse = z.infer<typeof imGetTagResponseSchema>;
