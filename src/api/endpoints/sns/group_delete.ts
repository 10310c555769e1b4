/** `sns/group_delete`: delete friend lists (../shared/im-api/07-relationships.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { MAX_FRIEND_LISTS, friendListNameSchema } from '../../friend';
import { boundedArray, userIdSchema } from '../../rules';

/** Request: the owner and at most 32 list names to delete. */
export const groupDeleteRequestSchema = z.object({
  From_Account: userIdSchema,
  GroupName: boundedArray(friendListNameSchema, MAX_FRIEND_LISTS),
});

/** Response: the new list sequence (a success may carry `ErrorInfo: "0"`). */
export const groupDeleteResponseSchema = imResponse({ CurrentSequence: z.number().int() });

/** Delete friend lists; the friends in them stay friends. */
export const endpoint = defineEndpoint({
  service: 'sns',
  command: 'group_delete',
  summary: 'Delete friend lists',
  doc: '07-relationships.md',
  access: 'write',
  request: groupDeleteRequestSchema,
  response: groupDeleteResponseSchema,
  batch: [{ field: 'GroupName', max: MAX_FRIEND_LISTS }],
  rate: DEFAULT_RATE,
});

export type GroupDeleteRequest = z.infer<typeof groupDeleteRequestSchema>;
export type GroupDeleteResponse = z.infer<typeof groupDeleteResponseSchema>;
