/** `all_member_push/im_get_attr_name`: read the app's attribute names (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';

/** Request: no fields; the body is `{}`. */
export const imGetAttrNameRequestSchema = z.object({});

/** Response: slot → name for the configured slots (`{}` when none), plus the newer `AttrTypes`. */
export const imGetAttrNameResponseSchema = imResponse({
  AttrNames: z.record(z.string(), z.string()),
  AttrTypes: z.record(z.string(), z.number()).optional(),
});

/** Read the names of the app's attribute slots. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_get_attr_name',
  summary: 'Get the names of the app’s push attributes',
  doc: '06-push.md',
  access: 'read',
  request: imGetAttrNameRequestSchema,
  response: imGetAttrNameResponseSchema,
  rate: { perSecond: 100 },
});

export type ImGetAttrNameRequest = z.infer<typeof imGetAttrNameRequestSchema>;
export type ImGetAttrNameResponse = z.infer<typeof imGetAttrNameResponseSchema>;
