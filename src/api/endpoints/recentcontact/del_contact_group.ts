/** `recentcontact/del_contact_group`: delete a conversation group (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { contactGroupNameSchema, contactGroupSchema } from '../../conversation';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the owner and exactly one group name to delete (51009 when it does not exist). */
export const delContactGroupRequestSchema = z.object({
  From_Account: userIdSchema,
  GroupName: boundedArray(contactGroupNameSchema, 1),
});

/** Response: the deleted groups. */
export const delContactGroupResponseSchema = imResponse({ GroupItem: z.array(contactGroupSchema) });

/** Delete one of a user's conversation groups; the conversations themselves stay. */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'del_contact_group',
  summary: 'Delete a conversation group',
  doc: '08-conversations.md',
  access: 'write',
  request: delContactGroupRequestSchema,
  response: delContactGroupResponseSchema,
  batch: [{ field: 'GroupName', max: 1 }],
  rate: DEFAULT_RATE,
  newer: true,
});

export type DelContactGroupRequest = z.infer<typeof delContactGroupRequestSchema>;
export type DelContactGroupResponse = z.infer<typeof delContactGroupResponseSchema>;
