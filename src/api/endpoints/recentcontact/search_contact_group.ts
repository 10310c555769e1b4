/** `recentcontact/search_contact_group`: look up groups and marks of given conversations (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { contactGroupSchema, contactItemSchema, contactMarkDataSchema } from '../../conversation';
import { boundedArray, userIdSchema } from '../../rules';

/** Most conversations per lookup (08 search_contact_group). */
export const SEARCH_CONTACTS_MAX = 300;

/** Request: the owner and up to 300 conversations. */
export const searchContactGroupRequestSchema = z.object({
  From_Account: userIdSchema,
  ContactItem: boundedArray(contactItemSchema, SEARCH_CONTACTS_MAX),
});

/** Response: group/mark data of the conversations that have any, and the user's group directory. */
export const searchContactGroupResponseSchema = imResponse({
  ContactResultItem: z.array(contactMarkDataSchema).optional(),
  GroupItem: z.array(contactGroupSchema).optional(),
});

/** Look up the groups and marks of chosen conversations. */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'search_contact_group',
  summary: 'Look up groups and marks of conversations',
  doc: '08-conversations.md',
  access: 'read',
  request: searchContactGroupRequestSchema,
  response: searchContactGroupResponseSchema,
  batch: [{ field: 'ContactItem', max: SEARCH_CONTACTS_MAX }],
  rate: DEFAULT_RATE,
  newer: true,
});

export type SearchContactGroupRequest = z.infer<typeof searchContactGroupRequestSchema>;
export type SearchContactGroupResponse = z.infer<typeof searchContactGroupResponseSchema>;
