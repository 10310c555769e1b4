/** `all_member_push/im_remove_attr`: delete users' push attributes (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { ATTR_SLOT_COUNT, PUSH_ACCOUNTS_MAX, attrNameSchema, pushErrorListSchema } from '../../push';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: up to 100 users, each with the attribute **names** to delete (an app has at most 10). */
export const imRemoveAttrRequestSchema = z.object({
  UserAttrs: boundedArray(
    z.object({ To_Account: userIdSchema, Attrs: boundedArray(attrNameSchema, ATTR_SLOT_COUNT) }),
    PUSH_ACCOUNTS_MAX,
  ),
});

/** Response: the envelope, plus failed accounts in `ErrorList` (newer). */
export const imRemoveAttrResponseSchema = imResponse({ ErrorList: pushErrorListSchema });

/** Delete named attributes from up to 100 users. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_remove_attr',
  summary: 'Delete users’ push attributes',
  doc: '06-push.md',
  access: 'write',
  request: imRemoveAttrRequestSchema,
  response: imRemoveAttrResponseSchema,
  batch: [{ field: 'UserAttrs', max: PUSH_ACCOUNTS_MAX }],
  rate: { perSecond: 100 },
});

export type ImRemoveAttrRequest = z.infer<typeof imRemoveAttrRequestSchema>;
export type ImRemoveAttrResponse = z.infer<typeof imRemoveAttrResponseSchema>;
