/** `sns/friend_add`: add friends, one-way or two-way (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  addSourceSchema,
  addTypeSchema,
  addWordingSchema,
  failAccountSchema,
  friendListNameSchema,
  remarkSchema,
  snsResultItemSchema,
} from '../../friend';
import { flag01Schema, userIdSchema } from '../../rules';

/** One friend to add: `GroupName` is a single list name here, unlike `friend_import`'s array (07 §1). */
export const addFriendItemSchema = z.object({
  To_Account: userIdSchema,
  Remark: remarkSchema.optional(),
  GroupName: friendListNameSchema.optional(),
  AddSource: addSourceSchema,
  AddWording: addWordingSchema.optional(),
});

/**
 * Request: the owner, the friends to add (no per-call cap is documented), `AddType` (default
 * two-way) and `ForceAddFlags` 1 to skip the target's verification setting.
 */
export const friendAddRequestSchema = z.object({
  From_Account: userIdSchema,
  AddFriendItem: z.array(addFriendItemSchema).min(1, { message: 'must list at least one item' }),
  AddType: addTypeSchema.optional(),
  ForceAddFlags: flag01Schema.optional(),
});

/** Response: one result per friend in request order; `Fail_Account` only when some failed (30539 = pending). */
export const friendAddResponseSchema = imResponse({
  ResultItem: z.array(snsResultItemSchema),
  Fail_Account: failAccountSchema,
});

/** Add friends to a user's list, subject to the targets' verification settings unless forced. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_add',
  summary: 'Add friends',
  doc: '07-relationships.md',
  access: 'write',
  request: friendAddRequestSchema,
  response: friendAddResponseSchema,
  rate: DEFAULT_RATE,
});

export type FriendAddRequest = z.infer<typeof friendAddRequestSchema>;
export type FriendAddResponse = z.infer<typeof friendAddResponseSchema>;
