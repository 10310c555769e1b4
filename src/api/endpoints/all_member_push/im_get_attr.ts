/** `all_member_push/im_get_attr`: read users' push attributes (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { PUSH_ACCOUNTS_MAX, pushErrorListSchema } from '../../push';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: up to 100 UserIDs (90018). */
export const imGetAttrRequestSchema = z.object({
  To_Account: boundedArray(userIdSchema, PUSH_ACCOUNTS_MAX),
});

/** Response: one entry per account (`Attrs` is `{}` when the user has none); failed accounts in `ErrorList` (newer). */
export const imGetAttrResponseSchema = imResponse({
  UserAttrs: z.array(z.looseObject({ To_Account: z.string(), Attrs: z.record(z.string(), z.string()) })),
  ErrorList: pushErrorListSchema,
});

/** Read the attribute values of up to 100 users. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_get_attr',
  summary: 'Get users’ push attributes',
  doc: '06-push.md',
  access: 'read',
  request: imGetAttrRequestSchema,
  response: imGetAttrResponseSchema,
  batch: [{ field: 'To_Account', max: PUSH_ACCOUNTS_MAX }],
  rate: { perSecond: 100 },
});

export type ImGetAttrRequest = z.infer<typeof imGetAttrRequestSchema>;
export type ImGetAttrResponse = z.infer<typeof imGetAttrResponseSchema>;
