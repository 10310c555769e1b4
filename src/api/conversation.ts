/**
 * Conversation ("recent contact") building blocks shared by the `recentcontact/*` contracts, the
 * emulator and the console: conversation types, the `ContactItem` that names a conversation,
 * conversation-group names and marks. Source: ../shared/im-api/08-conversations.md §0 and the
 * "Newer endpoints" rules.
 */
import { z } from 'zod';
import { bytes, nonEmptyBytes, userIdSchema } from './rules';

/** Conversation type: 1 = C2C (one-to-one), 2 = group (08 §0). */
export const conversationTypeSchema = z.union([z.literal(1), z.literal(2)], {
  message: 'must be 1 (C2C) or 2 (group)',
});

/** A conversation type. */
export type ConversationType = z.infer<typeof conversationTypeSchema>;

/** Labels of conversation types, in English and Simplified Chinese. */
export const conversationTypeLabels: Record<ConversationType, { en: string; zh: string }> = {
  1: { en: 'One-to-one', zh: '单聊' },
  2: { en: 'Group', zh: '群聊' },
};

/** A chat group ID as conversations carry it: non-empty (its length rules belong to the group service). */
export const conversationGroupIdSchema = z.string().min(1, { message: 'must not be empty' });

/** Conversation groups ("folders") one user may have (08: 51010). */
export const MAX_CONTACT_GROUPS = 20;

/** Longest conversation-group name, in bytes (08: 51011). */
export const CONTACT_GROUP_NAME_MAX_BYTES = 32;

/** Conversations that may be grouped, and conversations that may be marked, per user (08: 51008). */
export const MAX_GROUPED_OR_MARKED = 1000;

/** Longest custom mark, in bytes (08 mark_contact). */
export const CUSTOM_MARK_MAX_BYTES = 256;

/** Highest standard-mark bit: the client SDK models marks as 64 bits, 32–63 app-defined (08 mark_contact). */
export const MAX_MARK_BIT = 63;

/** A conversation-group name: non-empty, at most 32 bytes (08: 51011). */
export const contactGroupNameSchema = nonEmptyBytes(CONTACT_GROUP_NAME_MAX_BYTES);

/** A custom conversation mark, at most 256 bytes (08 mark_contact). */
export const customMarkSchema = bytes(CUSTOM_MARK_MAX_BYTES);

/** A standard-mark bit position, 0–63. */
export const markBitSchema = z
  .number()
  .int({ message: 'must be a whole bit position' })
  .min(0, { message: 'must be 0 or more' })
  .max(MAX_MARK_BIT, { message: `must be at most ${MAX_MARK_BIT}` });

/**
 * `ContactItem`: a conversation, `{Type: 1, To_Account}` for C2C or `{Type: 2, ToGroupId}` for a
 * group (08 "Newer endpoints"). The id that matches `Type` is required.
 */
export const contactItemSchema = z
  .object({
    Type: conversationTypeSchema,
    To_Account: userIdSchema.optional(),
    ToGroupId: conversationGroupIdSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.Type === 1 && c.To_Account === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required when Type is 1 (C2C)', path: ['To_Account'] });
    }
    if (c.Type === 2 && c.ToGroupId === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required when Type is 2 (group)', path: ['ToGroupId'] });
    }
  });

/** A conversation reference. */
export type ContactItem = z.infer<typeof contactItemSchema>;

/** A conversation as answers echo it: loose, ids optional. */
export const responseContactItemSchema = z.looseObject({
  Type: z.number().int(),
  To_Account: z.string().optional(),
  ToGroupId: z.string().optional(),
});

/** A conversation's group/mark data as `search_contact_group` / `get_contact_group` return it. */
export const contactMarkDataSchema = responseContactItemSchema.extend({
  StandardMark: z.string().optional(),
  CustomMark: z.string().optional(),
  ContactGroupId: z.array(z.number().int()).optional(),
  Timestamp: z.number().int().optional(),
});

/** A conversation's group/mark data. */
export type ContactMarkData = z.infer<typeof contactMarkDataSchema>;

/** One entry of a user's conversation-group directory: `{GroupName, GroupId}`. */
export const contactGroupSchema = z.looseObject({ GroupName: z.string(), GroupId: z.number().int() });

/** A conversation group. */
export type ContactGroup = z.infer<typeof contactGroupSchema>;

/** A per-conversation result of the group/mark calls. */
export const contactResultItemSchema = z.looseObject({
  ContactItem: responseContactItemSchema,
  ResultCode: z.number().int(),
  ResultInfo: z.string().optional(),
});
