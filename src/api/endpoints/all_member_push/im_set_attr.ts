/** `all_member_push/im_set_attr`: set users' push attributes (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { PUSH_ACCOUNTS_MAX, attrValuesSchema, pushErrorListSchema } from '../../push';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: up to 100 users (90018), each with attribute name → value (≤ 50 bytes); listed attributes are overwritten. */
export const imSetAttrRequestSchema = z.object({
  UserAttrs: boundedArray(z.object({ To_Account: userIdSchema, Attrs: attrValuesSchema }), PUSH_ACCOUNTS_MAX),
});

/** Response: the envelope, plus failed accounts in `ErrorList` (newer). */
export const imSetAttrResponseSchema = imResponse({ ErrorList: pushErrorListSchema });

/** Set attribute values of up to 100 users. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_set_attr',
  summary: 'Set users’ push attributes',
  doc: '06-push.md',
  access: 'write',
  request: imSetAttrRequestSchema,
  response: imSetAttrResponseSchema,
  batch: [{ field: 'UserAttrs', max: PUSH_ACCOUNTS_MAX }],
  rate: { perSecond: 100 },
});

export type ImSetAttrRequest = z.infer<typeof imSetAttrRequestSchema>;
export type ImSetAttrResponse = z.infer<typeof imSetAttrResponseSchema>;
