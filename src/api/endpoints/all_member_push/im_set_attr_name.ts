/** `all_member_push/im_set_attr_name`: name the app's attribute slots (../shared/im-api/06-push.md). */
import { z } from 'zod';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { attrNamesSchema, attrTypesSchema } from '../../push';

/** Request: slot (`"0"`–`"9"`) → name (≤ 50 bytes); `AttrTypes` is a newer timpush-only addition. */
export const imSetAttrNameRequestSchema = z.object({
  AttrNames: attrNamesSchema,
  AttrTypes: attrTypesSchema.optional(),
});

/** Response: the envelope only. */
export const imSetAttrNameResponseSchema = imResponse({});

/** Name the app's attribute slots; renaming changes what every user's attribute and every push condition means. */
export const endpoint = defineEndpoint({
  service: 'all_member_push',
  command: 'im_set_attr_name',
  summary: 'Set the names of the app’s 10 push attributes',
  doc: '06-push.md',
  access: 'dangerous',
  request: imSetAttrNameRequestSchema,
  response: imSetAttrNameResponseSchema,
  rate: { perSecond: 100 },
});

export type ImSetAttrNameRequest = z.infer<typeof imSetAttrNameRequestSchema>;
export type ImSetAttrNameResponse = z.infer<typeof imSetAttrNameResponseSchema>;
