/** `recentcontact/get_contact_group`: page through all conversation group/mark data (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { contactGroupSchema, contactMarkDataSchema } from '../../conversation';
import { userIdSchema } from '../../rules';

/** Request: the owner and the offset (0, then the previous `NextStartIndex`). */
export const getContactGroupRequestSchema = z.object({
  From_Account: userIdSchema,
  StartIndex: z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must be 0 or more' }),
});

/** Response: a page of conversations with group/mark data, the full group directory and the cursor. */
export const getContactGroupResponseSchema = imResponse({
  ContactItem: z.array(contactMarkDataSchema).optional(),
  GroupItem: z.array(contactGroupSchema).optional(),
  CompleteFlag: z.number().int(),
  NextStartIndex: z.number().int(),
});

/** Page through every conversation of a user that has group or mark data. */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'get_contact_group',
  summary: 'Page through conversation groups and marks',
  doc: '08-conversations.md',
  access: 'read',
  request: getContactGroupRequestSchema,
  response: getContactGroupResponseSchema,
  rate: DEFAULT_RATE,
  newer: true,
});

export type GetContactGroupRequest = z.infer<typeof getContactGroupRequestSchema>;
export type GetContactGroupResponse = z.infer<typeof getContactGroupResponseSchema>;
