/** `recentcontact/update_contact_group`: rename a conversation group or change its conversations (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { contactGroupNameSchema, contactItemSchema, contactResultItemSchema } from '../../conversation';
import { userIdSchema } from '../../rules';

/** One conversation change: `ContactOptType` 1 adds it to the group, 2 removes it. */
export const contactUpdateItemSchema = z.object({
  ContactOptType: z.union([z.literal(1), z.literal(2)], { message: 'must be 1 (add) or 2 (remove)' }),
  ContactItem: contactItemSchema,
});

/**
 * `UpdateGroup`: `UpdateGroupType` 1 renames `OldGroupName` to `NewGroupName`; 2 adds/removes the
 * conversations in `ContactUpdateItem`. The field each type needs is required.
 */
export const updateGroupSchema = z
  .object({
    UpdateGroupType: z.union([z.literal(1), z.literal(2)], {
      message: 'must be 1 (rename) or 2 (change conversations)',
    }),
    OldGroupName: contactGroupNameSchema,
    NewGroupName: contactGroupNameSchema.optional(),
    ContactUpdateItem: z.array(contactUpdateItemSchema).optional(),
  })
  .superRefine((g, ctx) => {
    if (g.UpdateGroupType === 1 && g.NewGroupName === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required when UpdateGroupType is 1 (rename)',
        path: ['NewGroupName'],
      });
    }
    if (g.UpdateGroupType === 2 && (g.ContactUpdateItem === undefined || g.ContactUpdateItem.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must list at least one item when UpdateGroupType is 2',
        path: ['ContactUpdateItem'],
      });
    }
  });

/** Request: the owner, `UpdateType` 1 (group-level update, the only value the docs describe) and the change. */
export const updateContactGroupRequestSchema = z.object({
  From_Account: userIdSchema,
  UpdateType: z.literal(1, { message: 'must be 1 (group-level update)' }),
  UpdateGroup: updateGroupSchema,
});

/** Response: the group's current name and id and per-conversation results (built from the field tables). */
export const updateContactGroupResponseSchema = imResponse({
  UpdateType: z.number().int().optional(),
  UpdateGroupResult: z
    .looseObject({
      UpdateGroupType: z.number().int().optional(),
      GroupName: z.string().optional(),
      GroupId: z.number().int().optional(),
      OldGroupName: z.string().optional(),
      ContactResultItem: z
        .array(contactResultItemSchema.extend({ ContactOptType: z.number().int().optional() }))
        .optional(),
    })
    .optional(),
});

/** Rename a conversation group, or add and remove conversations in it. */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'update_contact_group',
  summary: 'Rename a conversation group or change its conversations',
  doc: '08-conversations.md',
  access: 'write',
  request: updateContactGroupRequestSchema,
  response: updateContactGroupResponseSchema,
  rate: DEFAULT_RATE,
  newer: true,
});

export type UpdateContactGroupRequest = z.infer<typeof updateContactGroupRequestSchema>;
export type UpdateContactGroupResponse = z.infer<typeof updateContactGroupResponseSchema>;
