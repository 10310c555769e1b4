/** `sns/friend_delete_all`: delete every friend of a user (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { deleteTypeSchema } from '../../friend';
import { userIdSchema } from '../../rules';

/** Request: the user whose list is wiped and `DeleteType` (default one-way; `Delete_Type_Both` also clears their side). */
export const friendDeleteAllRequestSchema = z.object({
  From_Account: userIdSchema,
  DeleteType: deleteTypeSchema.optional(),
});

/** Response: the envelope only. */
export const friendDeleteAllResponseSchema = imResponse({});

/** Wipe all standard and custom friend data of one user. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'friend_delete_all',
  summary: 'Delete all friends of a user',
  doc: '07-relationships.md',
  access: 'dangerous',
  request: friendDeleteAllRequestSchema,
  response: friendDeleteAllResponseSchema,
  rate: DEFAULT_RATE,
});

export type FriendDeleteAllRequest = z.infer<typeof friendDeleteAllRequestSchema>;
export type FriendDeleteAllResponse = z.infer<typeof friendDeleteAllResponseSchema>;
