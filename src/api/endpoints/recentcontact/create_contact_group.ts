/** `recentcontact/create_contact_group`: create a conversation group (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  contactGroupNameSchema,
  contactGroupSchema,
  contactItemSchema,
  contactResultItemSchema,
} from '../../conversation';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the owner and exactly one group to create (name ≤ 32 bytes) with the conversations to put in it. */
export const createContactGroupRequestSchema = z.object({
  From_Account: userIdSchema,
  GroupContactItem: boundedArray(
    z.object({ GroupName: contactGroupNameSchema, ContactItem: z.array(contactItemSchema) }),
    1,
  ),
});

/** Response: the new group (server-assigned integer `GroupId`) and per-conversation results (built from the field tables). */
export const createContactGroupResponseSchema = imResponse({
  GroupResultItem: z
    .array(
      z.looseObject({
        GroupItem: contactGroupSchema.optional(),
        ResultItem: z.array(contactResultItemSchema).optional(),
      }),
    )
    .optional(),
});

/** Create one conversation group ("folder") for a user; a user has at most 20 (51010). */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'create_contact_group',
  summary: 'Create a conversation group',
  doc: '08-conversations.md',
  access: 'write',
  request: createContactGroupRequestSchema,
  response: createContactGroupResponseSchema,
  batch: [{ field: 'GroupContactItem', max: 1 }],
  rate: DEFAULT_RATE,
  newer: true,
});

export type CreateContactGroupRequest = z.infer<typeof createContactGroupRequestSchema>;
export type CreateContactGroupResponse = z.infer<typeof createContactGroupResponseSchema>;
